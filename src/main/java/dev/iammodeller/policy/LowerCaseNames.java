package dev.iammodeller.policy;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lower-cased forms of the names policies repeat (condition keys, operators), kept so that reading
 * the same policy again neither lower-cases nor hashes the name again. A pure function with a bounded
 * memo: once the memo is full, names are lower-cased as usual.
 */
public final class LowerCaseNames {
    private static final int LIMIT = 8192;
    private static final ConcurrentHashMap<String, String> MEMO = new ConcurrentHashMap<>();

    private LowerCaseNames() {
    }

    public static String of(String name) {
        String lower = MEMO.get(name);
        if (lower != null) {
            return lower;
        }
        lower = name.toLowerCase(Locale.ROOT);
        if (MEMO.size() < LIMIT) {
            String canonical = MEMO.putIfAbsent(lower, lower);
            lower = canonical != null ? canonical : lower;
            MEMO.putIfAbsent(name, lower);
        }
        return lower;
    }
}
