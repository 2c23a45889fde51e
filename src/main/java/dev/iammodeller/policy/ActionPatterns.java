package dev.iammodeller.policy;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The Action (or NotAction) entries of one statement, as an unmodifiable list that also answers "does
 * any entry match this action" without trying each of them: a statement that lists 600 actions is asked
 * that for every request. Entries whose service prefix is plain ASCII with no wildcard ({@code s3:Get*})
 * are kept by that prefix, lower-cased; the others ({@code *}, {@code s3*:Get*}, {@code *:Describe*}, a
 * prefix with other characters) are tried for every action. An entry with a plain prefix matches only an
 * action that starts with that prefix and a colon (any case), so the index never leaves out an entry that
 * could match. Entries must come from {@link ActionPattern#of}, where every {@code *} and {@code ?} is a
 * wildcard.
 */
final class ActionPatterns extends AbstractList<ActionPattern> implements RandomAccess {
    /** Shorter lists are scanned: the index would cost more than it saves. */
    static final int MINIMUM_ENTRIES = 8;
    private static final ActionPattern[] NONE = new ActionPattern[0];

    private final ActionPattern[] entries;
    private final Map<String, ActionPattern[]> byPrefix;
    private final ActionPattern[] anyService;

    private ActionPatterns(ActionPattern[] entries, Map<String, ActionPattern[]> byPrefix, ActionPattern[] anyService) {
        this.entries = entries;
        this.byPrefix = byPrefix;
        this.anyService = anyService;
    }

    /** These entries as an unmodifiable list, indexed when there are enough of them. */
    static List<ActionPattern> of(List<ActionPattern> entries) {
        return of(entries.toArray(NONE));
    }

    /** These entries (the array is kept, not copied) as an unmodifiable list, indexed when there are enough. */
    static List<ActionPattern> of(ActionPattern[] all) {
        if (all.length < MINIMUM_ENTRIES) {
            return new ActionPatterns(all, null, null);
        }
        Map<String, List<ActionPattern>> lists = new HashMap<>();
        List<ActionPattern> any = new ArrayList<>();
        for (ActionPattern entry : all) {
            String prefix = plainPrefix(entry.text());
            if (prefix == null) {
                any.add(entry);
            } else {
                lists.computeIfAbsent(prefix, p -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, ActionPattern[]> byPrefix = new HashMap<>();
        lists.forEach((prefix, list) -> byPrefix.put(prefix, list.toArray(NONE)));
        return new ActionPatterns(all, byPrefix, any.toArray(NONE));
    }

    /** True when some entry matches the action. */
    boolean anyMatches(String action) {
        if (byPrefix == null) {
            return anyOf(entries, action);
        }
        int colon = action.indexOf(':');
        if (colon < 0) {
            return anyOf(anyService, action); // an entry with a plain prefix needs "prefix:" in the action
        }
        String prefix = asciiLowerCase(action, colon);
        if (prefix == null) {
            return anyOf(entries, action); // other characters: case folding is not plain ASCII, try everything
        }
        ActionPattern[] candidates = byPrefix.get(prefix);
        return candidates != null && anyOf(candidates, action) || anyOf(anyService, action);
    }

    private static boolean anyOf(ActionPattern[] patterns, String action) {
        for (ActionPattern pattern : patterns) {
            if (pattern.matches(action)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased text before the first colon when it is plain ASCII without wildcards, else null. */
    static String plainPrefix(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return null;
            }
        }
        return asciiLowerCase(text, colon);
    }

    /** The first {@code length} characters lower-cased, or null when one of them is not ASCII. */
    private static String asciiLowerCase(String text, int length) {
        char[] out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = text.substring(0, length).toCharArray();
                }
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? text.substring(0, length) : new String(out);
    }

    @Override
    public ActionPattern get(int index) {
        return entries[index];
    }

    @Override
    public int size() {
        return entries.length;
    }
}
