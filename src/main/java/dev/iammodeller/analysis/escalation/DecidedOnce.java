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
            answers.set(index, answer);
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
     * its position in {@code indexes}; a cheap test), which is then remembered and ends the look-up as a known no would.
     */
    synchronized int[] undecided(int[] indexes, java.util.function.IntPredicate surelyNo) {
        int[] out = null;
        int count = 0;
        for (int at = 0; at < indexes.length; at++) {
            int index = indexes[at];
            if (!known.get(index)) {
                if (surelyNo.test(at)) {
                    known.set(index);
                    answers.clear(index);
                    return null;
                }
                if (out == null) {
                    out = new int[indexes.length - at];
                }
                out[count++] = at;
            } else if (!answers.get(index)) {
                return null;
            }
        }
        return out == null ? NONE : java.util.Arrays.copyOf(out, count);
    }

    private static final int[] NONE = new int[0];
}
