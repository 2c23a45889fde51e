package dev.iammodeller.analysis.escalation;

import java.util.BitSet;
import java.util.function.BooleanSupplier;

/**
 * Yes-or-no answers by number, each decided once and then remembered (two bitsets: known, and the answer).
 * Safe from several threads; two threads may both decide an answer not yet known, and agree.
 */
final class DecidedOnce {
    private final BitSet known = new BitSet();
    private final BitSet answers = new BitSet();
    /** Indexes not decided yet for which the cheap test of {@link #undecided(int[], java.util.function.IntPredicate)} said "maybe". */
    private final BitSet passed = new BitSet();

    /** The answer for {@code index}, deciding it with {@code decide} the first time it is asked. */
    boolean get(int index, BooleanSupplier decide) {
        synchronized (this) {
            if (known.get(index)) {
                return answers.get(index);
            }
        }
        boolean answer = decide.getAsBoolean();
        synchronized (this) {
            known.set(index);
            if (answer) {
                answers.set(index); // a no is the bit left clear (clearing makes BitSet look for its last word)
            }
        }
        return answer;
    }

    /**
     * Looked up together, under one lock: null when one of these answers is known to be no, else the
     * positions in {@code indexes} whose answers are not known yet.
     */
    synchronized int[] undecided(int[] indexes) {
        return undecided(indexes, index -> false);
    }

    /**
     * As {@link #undecided(int[])}; {@code surelyNo} may answer no at once for an index not decided yet (given
     * its position in {@code indexes}; a cheap test), which is then remembered and ends the look-up as a known no
     * would. A known no anywhere in {@code indexes} is looked for first, and an index that passed the cheap test
     * once is not tested again: a set is often looked up again and again while few of its answers are decided.
     */
    synchronized int[] undecided(int[] indexes, java.util.function.IntPredicate surelyNo) {
        int count = 0;
        for (int index : indexes) {
            if (!known.get(index)) {
                count++;
            } else if (!answers.get(index)) {
                return null;
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] out = new int[count];
        count = 0;
        for (int at = 0; at < indexes.length; at++) {
            int index = indexes[at];
            if (known.get(index)) {
                continue;
            }
            if (!passed.get(index)) {
                if (surelyNo.test(at)) {
                    known.set(index); // its answer bit is clear: an index not known was never answered yes
                    return null;
                }
                passed.set(index);
            }
            out[count++] = at;
        }
        return out;
    }

    private static final int[] NONE = new int[0];
}
