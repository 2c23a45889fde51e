package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecidedOnceTest {
    @Test
    void anAnswerIsDecidedOnceAndRemembered() {
        DecidedOnce answers = new DecidedOnce();
        int[] asked = {0};
        assertTrue(answers.get(7, () -> {
            asked[0]++;
            return true;
        }));
        assertTrue(answers.get(7, () -> {
            asked[0]++;
            return false;
        }));
        assertEquals(1, asked[0]);
    }

    @Test
    void aKnownNoAnywhereInTheSetEndsTheLookUpBeforeAnyCheapTest() {
        DecidedOnce answers = new DecidedOnce();
        answers.get(9, () -> false);
        List<Integer> tested = new ArrayList<>();
        assertNull(answers.undecided(new int[] {1, 2, 9}, at -> {
            tested.add(at);
            return false;
        }));
        assertTrue(tested.isEmpty(), "no cheap test is needed when a known no is in the set");
    }

    @Test
    void theUndecidedPositionsAreReturnedAndKnownYesesSkipped() {
        DecidedOnce answers = new DecidedOnce();
        answers.get(2, () -> true);
        assertArrayEquals(new int[] {0, 2}, answers.undecided(new int[] {1, 2, 3}, at -> false));
        assertArrayEquals(new int[0], new DecidedOnce().undecided(new int[0], at -> false));
    }

    @Test
    void aSurelyNoIsRememberedAsNoAndAMaybeIsNotTestedAgain() {
        DecidedOnce answers = new DecidedOnce();
        List<Integer> tested = new ArrayList<>();
        // index 4 passes the cheap test ("maybe"), index 5 fails it (surely no)
        assertNull(answers.undecided(new int[] {4, 5}, at -> {
            tested.add(at);
            return at == 1;
        }));
        assertEquals(List.of(0, 1), tested);
        assertFalse(answers.get(5, () -> true), "the surely-no is remembered as the answer");
        tested.clear();
        assertArrayEquals(new int[] {0}, answers.undecided(new int[] {4}, at -> {
            tested.add(at);
            return true;
        }));
        assertTrue(tested.isEmpty(), "an index that passed the cheap test once is not tested again");
    }
}
