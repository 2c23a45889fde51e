package dev.iammodeller.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds a run of pattern characters in which {@code ?} stands for any one character, at its first place in
 * a text, with the bit-parallel Shift-And search: one pass over the text, {@code ceil(m / 64)} word
 * operations per character for a run of {@code m} characters, whatever the text holds (no backtracking).
 * Characters compare as {@link WildcardPattern} compares them: when case is ignored, two characters are
 * the same when their upper cases lower-cased are equal.
 */
final class ShiftAndSearch {
    private final int length;
    private final int words;
    /** The positions any character matches (the {@code ?}s). */
    private final long[] any;
    /** Per character (folded) below 128, the positions it matches; null: only the {@code ?}s. */
    private final long[][] ascii = new long[128][];
    private final Map<Character, long[]> others = new HashMap<>();
    private final boolean ignoreCase;

    /** A search for {@code run}, where {@code question[i]} says that its character {@code i} is a {@code ?} wildcard. */
    ShiftAndSearch(String run, boolean[] question, boolean ignoreCase) {
        this.length = run.length();
        this.words = (length + 63) >>> 6;
        this.ignoreCase = ignoreCase;
        this.any = new long[words];
        for (int i = 0; i < length; i++) {
            if (question[i]) {
                any[i >>> 6] |= 1L << i;
            }
        }
        for (int i = 0; i < length; i++) {
            if (!question[i]) {
                char key = key(run.charAt(i));
                long[] mask = key < 128 ? ascii[key] : others.get(key);
                if (mask == null) {
                    mask = any.clone();
                    if (key < 128) {
                        ascii[key] = mask;
                    } else {
                        others.put(key, mask);
                    }
                }
                mask[i >>> 6] |= 1L << i;
            }
        }
    }

    private char key(char c) {
        return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    private long[] mask(char c) {
        char key = key(c);
        long[] mask = key < 128 ? ascii[key] : others.get(key);
        return mask == null ? any : mask;
    }

    /** The first place at or after {@code from} where the run matches and ends by {@code limit}, or -1. */
    int find(String text, int from, int limit) {
        if (length == 0) {
            return from <= limit ? from : -1;
        }
        long last = 1L << ((length - 1) & 63);
        if (words == 1) {
            long state = 0;
            long[] one;
            for (int j = from; j < limit; j++) {
                one = mask(text.charAt(j));
                state = ((state << 1) | 1) & one[0];
                if ((state & last) != 0) {
                    return j - length + 1;
                }
            }
            return -1;
        }
        long[] state = new long[words];
        for (int j = from; j < limit; j++) {
            long[] mask = mask(text.charAt(j));
            long carry = 1;
            for (int w = 0; w < words; w++) {
                long word = state[w];
                state[w] = ((word << 1) | carry) & mask[w];
                carry = word >>> 63;
            }
            if ((state[words - 1] & last) != 0) {
                return j - length + 1;
            }
        }
        return -1;
    }
}
