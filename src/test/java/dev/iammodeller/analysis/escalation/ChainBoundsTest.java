package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainBoundsTest {
    /** Principals 0-2 are one account, 3-4 another; 5 stands for admin. */
    private static final int PRINCIPALS = 5;
    private static final int ADMIN = PRINCIPALS;

    private static SparseBits bits(int... set) {
        BitSet out = new BitSet();
        for (int bit : set) {
            out.set(bit);
        }
        return SparseBits.of(out);
    }

    @Test
    void aChainCanFindAtMostWhatItsComponentGainsLessWhatItHasAlready() {
        // 0 gains 1; 1 gains 2 and admin; 2 gains nothing; 3 can assume 4 (next, no gain); 4 gains 3
        List<SparseBits> gained = List.of(bits(1), bits(2, ADMIN), bits(), bits(), bits(3));
        List<SparseBits> next = List.of(bits(1), bits(2), bits(), bits(4), bits(3));
        ChainBounds bounds = new ChainBounds(PRINCIPALS, gained::get, next::get);
        // component {0,1,2} gains 1, 2 and admin: 3
        assertEquals(2, bounds.unsettled(0, gained.get(0)), "0 has 1; 2 and admin are left");
        assertEquals(0, bounds.unsettled(1, gained.get(1)), "1 has 2 and admin, and is itself the third");
        assertEquals(2, bounds.unsettled(2, gained.get(2)), "2 is itself gained by 1; 1 and admin are left");
        // component {3,4} gains 3 only
        assertEquals(0, bounds.unsettled(3, gained.get(3)), "3 is itself the one gain of its component");
        assertEquals(0, bounds.unsettled(4, gained.get(4)));
    }

    @Test
    void linksJoinComponentsWhicheverWayTheyPoint() {
        // 2 moves on to 0 and 4 moves on to 2: one component, although nothing reaches 4
        List<SparseBits> gained = List.of(bits(ADMIN), bits(), bits(), bits(), bits());
        List<SparseBits> next = List.of(bits(), bits(), bits(0), bits(), bits(2));
        ChainBounds bounds = new ChainBounds(PRINCIPALS, gained::get, next::get);
        assertEquals(1, bounds.unsettled(4, gained.get(4)), "admin, gained by 0, is in 4's component");
        assertEquals(0, bounds.unsettled(1, gained.get(1)), "1 is alone and nobody gains anything there");
        assertEquals(0, bounds.unsettled(0, gained.get(0)));
    }
}
