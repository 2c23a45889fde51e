package dev.iammodeller.policy.lint;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbered entries (actions or resources) kept by their head, the text before their first wildcard: an
 * entry can cover a text only when its head begins that text (a pattern's characters before its first
 * {@code *} or {@code ?} must match the text's first characters; an exact entry's head is all of it).
 * {@link #find} returns the entries whose head begins a text, in time linear in the text (the prefix
 * hashes of the text are looked up at the lengths heads have) plus the entries found: no entry is
 * compared with every other. Entries are added in increasing order of their number.
 */
final class WildcardHeads {
    private static final long BASE = 0x100000001B3L;

    /** The entries of one head, in increasing order. */
    private static final class Entries {
        int[] numbers = new int[2];
        int size;
    }

    private final Map<Long, Entries> byHead = new HashMap<>();
    private final BitSet lengths = new BitSet();

    /** The text of {@code text} before its first {@code *} or {@code ?}, or all of it. */
    static String head(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /**
     * The text with each character folded as {@link dev.iammodeller.catalog.WildcardPattern} compares
     * characters when it ignores case: two characters are the same when their folds are equal.
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    void add(String head, int entry) {
        Entries entries = byHead.computeIfAbsent(key(hash(head, head.length()), head.length()), k -> new Entries());
        if (entries.size > 0 && entries.numbers[entries.size - 1] == entry) {
            return;
        }
        if (entries.size == entries.numbers.length) {
            entries.numbers = Arrays.copyOf(entries.numbers, entries.size * 2);
        }
        entries.numbers[entries.size++] = entry;
        lengths.set(head.length());
    }

    /** The entries whose head begins {@code text} (and a few more, if two heads share a hash), for {@code into}. */
    void find(String text, EntryLists into) {
        long hash = 0;
        int length = 0;
        for (int at = lengths.nextSetBit(0); at >= 0 && at <= text.length(); at = lengths.nextSetBit(at + 1)) {
            for (; length < at; length++) {
                hash = hash * BASE + text.charAt(length);
            }
            Entries entries = byHead.get(key(hash, at));
            if (entries != null) {
                into.add(entries.numbers, entries.size);
            }
        }
    }

    /** The entries whose head is all of {@code text} (and a few more, if two heads share a hash), for {@code into}. */
    void findWhole(String text, EntryLists into) {
        Entries entries = byHead.get(key(hash(text, text.length()), text.length()));
        if (entries != null) {
            into.add(entries.numbers, entries.size);
        }
    }

    private static long hash(String text, int length) {
        long hash = 0;
        for (int i = 0; i < length; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }

    private static long key(long hash, int length) {
        return hash * 31 + length;
    }
}
