package dev.iammodeller.analysis.escalation;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Yes-or-no answers by number, each decided once and remembered, read and written without a lock: for answers
 * that are the same whoever decides them, asked millions of times on a large estate. A byte is written whole, so
 * a reader sees either no answer (and decides it again) or the answer; an answer lost to a concurrent growth of
 * the array is only decided again. Where an answer must be decided only once, {@link DecidedOnce} is the one.
 */
final class SameAnswers {
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;
    private volatile byte[] answers;

    SameAnswers(int expected) {
        answers = new byte[Math.max(16, expected)];
    }

    /** The answer for {@code index}, deciding it with {@code decide} the first time it is asked. */
    boolean get(int index, BooleanSupplier decide) {
        byte[] known = answers;
        byte answer = index < known.length ? known[index] : UNKNOWN;
        if (answer != UNKNOWN) {
            return answer == YES;
        }
        boolean decided = decide.getAsBoolean();
        if (index >= known.length) {
            synchronized (this) {
                known = answers;
                if (index >= known.length) {
                    known = Arrays.copyOf(known, Math.max(index + 1, known.length * 2));
                    answers = known;
                }
            }
        }
        known[index] = decided ? YES : NO;
        return decided;
    }
}
