package dev.iammodeller.app.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.app.live.TestWork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The newest request wins: an answer that arrives after a newer run started, or after forget, is dropped. */
class NewestAnswerTest {
    @Test
    void anOlderAnswerArrivingLateIsDropped() {
        TestWork.Held held = new TestWork.Held();
        NewestAnswer answers = new NewestAnswer(held);
        List<String> shown = new ArrayList<>();
        answers.run(() -> "first", shown::add, failure -> shown.add("failed"));
        answers.run(() -> "second", shown::add, failure -> shown.add("failed"));
        held.jobs.get(1).run();
        held.jobs.get(0).run();
        assertEquals(List.of("second"), shown);
    }

    @Test
    void forgettingDropsWhatIsRunning() {
        TestWork.Held held = new TestWork.Held();
        NewestAnswer answers = new NewestAnswer(held);
        List<String> shown = new ArrayList<>();
        answers.run(() -> "forgotten", shown::add, failure -> shown.add("failed"));
        answers.forget();
        held.jobs.get(0).run();
        assertEquals(List.of(), shown);
    }

    @Test
    void theNewestRunsFailureIsHandedOver() {
        NewestAnswer answers = new NewestAnswer(new CurrentThreadWork());
        List<String> shown = new ArrayList<>();
        answers.<String>run(() -> {
            throw new IllegalStateException("no catalogue");
        }, shown::add, failure -> shown.add("failed: " + failure.getMessage()));
        assertEquals(List.of("failed: no catalogue"), shown);
    }
}
