package dev.iammodeller.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * The escalation progress handed to the window: a percentage only when it grows and a few times a second, the principals
 * found with it, the first found at once (not after the next whole percentage: a large model's first badges), and the
 * job stopped once its answer is no longer wanted.
 */
class ProgressReportsTest {
    private final List<Integer> shown = new ArrayList<>();
    private final List<List<String>> found = new ArrayList<>();
    private boolean wanted = true;
    /** Reports a minute apart at most: none falls due during a test but for the first found and the end. */
    private ProgressReports reports = new ProgressReports(TestWork.NOW, shown::add, found::add, () -> wanted, 60_000);

    @Test
    void theFirstPrincipalsFoundAreHandedOverAtOnceAndTheRestWithTheNextReport() {
        reports.accept(0);
        assertEquals(List.of(0), shown, "the start");
        reports.accept(0.001);
        assertEquals(List.of(0), shown, "not a whole percentage more");

        reports.escalates("alice");
        assertEquals(List.of(List.of("alice")), found, "the first found at once, as it is told, before 1 %");
        reports.accept(0.002);
        assertEquals(List.of(0), shown, "no new share to show");

        reports.escalates("bob");
        reports.accept(0.003);
        assertEquals(1, found.size(), "the next ones wait their turn (a few times a second)");
        reports.accept(0.5);
        assertEquals(1, found.size(), "even with a higher share: too soon after the last report");

        reports.accept(1);
        assertEquals(List.of(List.of("alice"), List.of("bob")), found, "the end at once, with what is left");
        assertEquals(100, shown.get(shown.size() - 1));
    }

    @Test
    void aJobThatStopsHandsOverWhatItFoundAtOnce() {
        reports.accept(0);
        reports.escalates("alice");
        reports.accept(0.1);
        reports.escalates("bob");
        reports.escalates("carol");
        reports.accept(0.2);
        assertEquals(List.of(List.of("alice")), found, "bob and carol wait their turn");
        reports.handOver();
        assertEquals(List.of(List.of("alice"), List.of("bob", "carol")), found, "the job stops: handed over at once");
        reports.handOver();
        assertEquals(2, found.size(), "nothing more to hand over, nothing said");
    }

    @Test
    void principalsFoundAreHandedOverOnceTheirTimeHasComeEvenWithoutAHigherShare() throws InterruptedException {
        reports = new ProgressReports(TestWork.NOW, shown::add, found::add, () -> wanted, 20);
        reports.accept(0);
        reports.escalates("alice");
        reports.accept(0.001);
        reports.escalates("bob");
        reports.accept(0.002);
        Thread.sleep(40);
        reports.accept(0.003);
        assertEquals(List.of(List.of("alice"), List.of("bob")), found);
        assertEquals(List.of(0, 0), shown, "the share shown never goes down and says 0 % until 1 % is done (alice, the first"
                + " found, went at once, without a share)");
    }

    @Test
    void aJobWhoseAnswerIsNoLongerWantedStopsAtItsNextReport() {
        reports.accept(0.1);
        wanted = false;
        assertThrows(CancellationException.class, () -> reports.accept(0.2));
    }
}
