package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class SparseBitsTest {
    private static BitSet set(int... bits) {
        BitSet out = new BitSet();
        for (int bit : bits) {
            out.set(bit);
        }
        return out;
    }

    @Test
    void keepsOnlyTheWordsFromTheFirstBitToTheLast() {
        SparseBits bits = SparseBits.of(set(130, 200, 255));
        assertEquals(2, bits.first, "bit 130 is in word 2: words 0 and 1 are not kept");
        assertEquals(2, bits.words.length, "words 2 and 3");
        assertEquals(4, bits.end());
        assertTrue(bits.has(130));
        assertTrue(bits.has(200));
        assertTrue(bits.has(255));
        assertFalse(bits.has(131));
        assertFalse(bits.has(3), "a bit before the words kept");
        assertFalse(bits.has(256), "a bit after them");
        assertFalse(bits.has(100_000));
        assertEquals(0, bits.word(0));
        assertEquals(1L << (130 - 128), bits.word(2));
        assertEquals(3, bits.count());
    }

    @Test
    void anEmptySetKeepsNoWord() {
        SparseBits none = SparseBits.of(new BitSet());
        assertEquals(0, none.words.length);
        assertEquals(0, none.count());
        assertFalse(none.has(0));
        assertEquals(0, none.word(0));
    }

    @Test
    void theFirstBitOfAWordAndTheLastAreKept() {
        SparseBits bits = SparseBits.of(set(64, 127));
        assertEquals(1, bits.first);
        assertEquals(1, bits.words.length);
        assertTrue(bits.has(64));
        assertTrue(bits.has(127));
        assertFalse(bits.has(63));
        assertFalse(bits.has(128));
        assertEquals(2, bits.count());
    }
}
