package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SameAnswersTest {
    @Test
    void anAnswerIsRememberedByItsNumberYesAndNoAlike() {
        SameAnswers answers = new SameAnswers(4);
        AtomicInteger decided = new AtomicInteger();
        assertTrue(answers.get(1, () -> decided.incrementAndGet() > 0));
        assertFalse(answers.get(2, () -> decided.incrementAndGet() < 0));
        assertTrue(answers.get(1, () -> false));
        assertFalse(answers.get(2, () -> true));
        assertEquals(2, decided.get());
    }

    @Test
    void numbersBeyondTheExpectedOnesGrowTheAnswersAndKeepTheEarlierOnes() {
        SameAnswers answers = new SameAnswers(1);
        assertTrue(answers.get(0, () -> true));
        assertFalse(answers.get(5_000, () -> false));
        assertTrue(answers.get(0, () -> false), "an answer given before the growth is kept");
        assertFalse(answers.get(5_000, () -> true));
    }

    @Test
    void answersAskedFromManyThreadsAreTheDecidedOnes() {
        SameAnswers answers = new SameAnswers(1);
        IntStream.range(0, 20_000).parallel().forEach(n -> answers.get(n, () -> n % 3 == 0));
        IntStream.range(0, 20_000).parallel().forEach(n -> assertEquals(n % 3 == 0, answers.get(n, () -> n % 3 == 0)));
        for (int n = 0; n < 20_000; n++) {
            int number = n;
            assertEquals(n % 3 == 0, answers.get(n, () -> number % 3 == 0));
        }
    }
}
