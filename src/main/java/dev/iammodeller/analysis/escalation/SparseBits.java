package dev.iammodeller.analysis.escalation;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A set of bits kept as 64-bit words from the first word that is not zero to the last: what one principal gains
 * or moves on to. Its gains are mostly principals of its own account, numbered together, so that in an
 * organization of many accounts the words before and after them, all zero, are not kept (a whole word array for
 * each of 31,000 principals took 430 MB).
 */
final class SparseBits {
    /** The number of the first word kept. */
    final int first;
    /** The words kept: word {@code first + i} at {@code i}. */
    final long[] words;

    private SparseBits(int first, long[] words) {
        this.first = first;
        this.words = words;
    }

    static SparseBits of(BitSet bits) {
        long[] all = bits.toLongArray(); // up to the last word that is not zero
        int first = bits.isEmpty() ? all.length : bits.nextSetBit(0) >> 6;
        return new SparseBits(first, Arrays.copyOfRange(all, first, all.length));
    }

    /** The number of the word after the last one kept. */
    int end() {
        return first + words.length;
    }

    /** Word {@code at}: 0 outside the words kept. */
    long word(int at) {
        return at < first || at >= end() ? 0 : words[at - first];
    }

    boolean has(int bit) {
        return (word(bit >> 6) & 1L << bit) != 0;
    }

    /** Sets these bits in {@code into}, a whole set's words. */
    void orInto(long[] into) {
        for (int at = 0; at < words.length; at++) {
            into[first + at] |= words[at];
        }
    }

    int count() {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }
}
