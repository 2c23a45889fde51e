package dev.iammodeller.policy;

import dev.iammodeller.catalog.WildcardPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A Resource or condition value that may hold policy variables ({@code ${aws:username}},
 * {@code ${aws:PrincipalTag/team, 'none'}}, and the literal characters {@code ${*}}, {@code ${?}},
 * {@code ${$}}). Under Version 2008-10-17, or with no Version, variables are plain text.
 * Wildcards written in the policy text stay wildcards; characters a variable puts in are literal.
 */
public final class PolicyTemplate {
    private record Variable(String key, String lowerKey, String fallback) {
    }

    private final String text;
    /** The literal texts, characters and variables in order; null when the value has no variable. */
    private final List<Object> parts;
    private final boolean ignoreCase;
    /**
     * The pattern of a value without variables, compiled when first asked for (a condition value that
     * an operator compares as text, or a Resource of a statement whose actions never match, never is).
     * Written at most once per thread with an immutable value, so a race only compiles it twice.
     */
    private WildcardPattern fixed;

    private PolicyTemplate(String text, List<Object> parts, boolean ignoreCase) {
        this.text = text;
        this.parts = parts;
        this.ignoreCase = ignoreCase;
    }

    public static PolicyTemplate parse(String text, boolean variablesEnabled, boolean ignoreCase) {
        if (!variablesEnabled || !text.contains("${")) {
            return new PolicyTemplate(text, null, ignoreCase);
        }
        List<Object> parts = PARTS.get(text);
        if (parts == null) {
            parts = parts(text);
            if (PARTS.size() < PARTS_LIMIT) {
                PARTS.putIfAbsent(text, parts);
            }
        }
        return new PolicyTemplate(text, parts.isEmpty() ? null : parts, ignoreCase);
    }

    /**
     * The parts of texts with variables, by text: policies repeat the same few ({@code ${aws:username}}
     * in a home folder), so reading one mostly finds its parts here. Bounded: once full, texts are cut
     * into parts as usual.
     */
    private static final ConcurrentHashMap<String, List<Object>> PARTS = new ConcurrentHashMap<>();
    private static final int PARTS_LIMIT = 8192;

    /** The literal texts, characters and variables of the text in order; empty when none is a variable. */
    private static List<Object> parts(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            int end = start < 0 ? -1 : text.indexOf('}', start + 2);
            if (start < 0 || end < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, start);
            String inside = text.substring(start + 2, end).trim();
            Object part = variablePart(inside);
            if (part == null) {
                literal.append(text, start, end + 1);
            } else {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(part);
            }
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        if (parts.size() == 1 && parts.get(0) instanceof String) {
            return List.of(); // no variable after all, only text that looks like one: the text, as written, is the value
        }
        return List.copyOf(parts);
    }

    /** A Character for ${*}, ${?}, ${$}; a Variable for a key; null when the text is no variable. */
    private static Object variablePart(String inside) {
        if (inside.equals("*") || inside.equals("?") || inside.equals("$")) {
            return inside.charAt(0);
        }
        String key = inside;
        String fallback = null;
        int comma = inside.indexOf(',');
        if (comma >= 0) {
            key = inside.substring(0, comma).trim();
            String rest = inside.substring(comma + 1).trim();
            if (rest.length() >= 2 && rest.startsWith("'") && rest.endsWith("'")) {
                fallback = rest.substring(1, rest.length() - 1);
            } else {
                return null;
            }
        }
        if (key.isEmpty() || key.indexOf(' ') >= 0) {
            return null;
        }
        return new Variable(key, key.toLowerCase(Locale.ROOT), fallback);
    }

    public boolean hasVariables() {
        return parts != null;
    }

    /** The keys of the variables in this value, as written. */
    public List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        if (parts == null) {
            return keys;
        }
        for (Object part : parts) {
            if (part instanceof Variable v) {
                keys.add(v.key());
            }
        }
        return keys;
    }

    /**
     * The wildcard pattern for a request, or null when a variable has no value and no default (then the
     * value matches nothing). Keys of variables without a value are reported to {@code missing}.
     */
    public WildcardPattern pattern(VariableSource source, Consumer<String> missing) {
        if (parts == null) {
            WildcardPattern compiled = fixed;
            if (compiled == null) {
                compiled = WildcardPattern.compile(text, ignoreCase);
                fixed = compiled;
            }
            return compiled;
        }
        String[] values = new String[parts.size()];
        int length = 0;
        for (int k = 0; k < values.length; k++) {
            Object part = parts.get(k);
            if (part instanceof Variable variable) {
                values[k] = resolve(variable, source, missing);
                if (values[k] == null) {
                    return null;
                }
                length += values[k].length();
            } else {
                length += part instanceof String literal ? literal.length() : 1;
            }
        }
        char[] chars = new char[length];
        boolean[] wild = new boolean[length]; // only the * and ? written in the policy text are wildcards
        int at = 0;
        for (int k = 0; k < values.length; k++) {
            Object part = parts.get(k);
            if (part instanceof String literal) {
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    wild[at] = c == '*' || c == '?';
                    chars[at++] = c;
                }
            } else if (part instanceof Character c) {
                chars[at++] = c;
            } else {
                values[k].getChars(0, values[k].length(), chars, at);
                at += values[k].length();
            }
        }
        return WildcardPattern.of(new String(chars), wild, ignoreCase);
    }

    /** The value as plain text for a request (wildcards are ordinary characters), or null when unresolved. */
    public String literal(VariableSource source, Consumer<String> missing) {
        if (parts == null) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String literal) {
                out.append(literal);
            } else if (part instanceof Character c) {
                out.append(c.charValue());
            } else {
                String value = resolve((Variable) part, source, missing);
                if (value == null) {
                    return null;
                }
                out.append(value);
            }
        }
        return out.toString();
    }

    private static String resolve(Variable variable, VariableSource source, Consumer<String> missing) {
        String value = source.variable(variable.lowerKey());
        if (value == null) {
            missing.accept(variable.key());
            return variable.fallback();
        }
        return value;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
