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

    /** True when the answer for {@code index} is known to be no. */
    synchronized boolean knownNo(int index) {
        return known.get(index) && !answers.get(index);
    }
}
