package dev.iammodeller.policy;

import java.util.concurrent.ConcurrentHashMap;

/** A condition operator as written: set qualifier, operator, IfExists ({@code ForAnyValue:StringLikeIfExists}). */
record ParsedOperator(SetQualifier qualifier, ConditionOperator operator, boolean ifExists) {
    private static final ConcurrentHashMap<String, ParsedOperator> KNOWN = new ConcurrentHashMap<>();

    /** The parsed operator, or null when the text names no operator. */
    static ParsedOperator of(String text) {
        ParsedOperator known = KNOWN.get(text);
        if (known != null) {
            return known;
        }
        String name = text;
        SetQualifier qualifier = SetQualifier.NONE;
        for (SetQualifier candidate : new SetQualifier[] {SetQualifier.FOR_ANY_VALUE, SetQualifier.FOR_ALL_VALUES}) {
            if (name.regionMatches(true, 0, candidate.prefix(), 0, candidate.prefix().length())) {
                qualifier = candidate;
                name = name.substring(candidate.prefix().length());
            }
        }
        boolean ifExists = false;
        String suffix = "IfExists";
        if (name.length() > suffix.length()
                && name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length())) {
            ifExists = true;
            name = name.substring(0, name.length() - suffix.length());
        }
        ConditionOperator operator = ConditionOperator.byName(name);
        if (operator == null || (ifExists && operator == ConditionOperator.NULL)) {
            return null;
        }
        ParsedOperator parsed = new ParsedOperator(qualifier, operator, ifExists);
        if (KNOWN.size() < 4096) {
            KNOWN.put(text, parsed);
        }
        return parsed;
    }
}
