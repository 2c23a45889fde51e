package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the principals of an analysis are shared among the cores: each once, whatever the number. */
class FarApartTest {
    @Test
    void everyIdIsDoneExactlyOnce() {
        for (int size : new int[] {0, 1, 7, 8, 9, 16, 17, 100, 1001, 3100}) {
            List<String> ids = IntStream.range(0, size).mapToObj(i -> "id-" + i).toList();
            Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
            EscalationAnalysis.Session.farApart(ids, id -> done.computeIfAbsent(id, x -> new AtomicInteger()).incrementAndGet());
            assertEquals(Set.copyOf(ids), done.keySet(), size + " ids");
            assertTrue(done.values().stream().allMatch(count -> count.get() == 1), size + " ids, each once");
        }
    }

    @Test
    void aCoreDoesItsOwnPartFromTheFrontThenTakesTheOthersFromTheBack() {
        // two cores, 40 ids: the second core comes first and finds the first core's part untouched (it is held up)
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "id-" + i).toList();
        EscalationAnalysis.Session.Part[] parts = EscalationAnalysis.Session.Part.split(ids.size(), 2);
        List<String> second = new java.util.ArrayList<>();
        EscalationAnalysis.Session.work(parts, 1, ids, second::add);
        List<String> expected = new java.util.ArrayList<>(ids.subList(20, 40)); // its own part, in order
        expected.addAll(ids.subList(12, 20)); // then the first part's last eight, the farthest from where that core is
        expected.addAll(ids.subList(4, 12));
        expected.addAll(ids.subList(0, 4));
        assertEquals(expected, second);
        List<String> first = new java.util.ArrayList<>();
        EscalationAnalysis.Session.work(parts, 0, ids, first::add);
        assertEquals(List.of(), first, "nothing is left for the core that was held up");
    }

    @Test
    void partsMeetWhereTheFrontAndTheBackAreTakenTogether() {
        EscalationAnalysis.Session.Part part = EscalationAnalysis.Session.Part.split(20, 1)[0];
        assertEquals(List.of(0, 8), java.util.Arrays.stream(part.takeFront()).boxed().toList());
        assertEquals(List.of(12, 20), java.util.Arrays.stream(part.takeBack()).boxed().toList());
        assertEquals(List.of(8, 12), java.util.Arrays.stream(part.takeFront()).boxed().toList(), "only what is left");
        assertEquals(null, part.takeBack());
        assertEquals(null, part.takeFront());
        assertEquals(0, part.left());
    }

    @Test
    void whatAnIdThrowsReachesTheCaller() {
        List<String> ids = IntStream.range(0, 100).mapToObj(i -> "id-" + i).toList();
        assertThrows(CancellationException.class, () -> EscalationAnalysis.Session.farApart(ids, id -> {
            if (id.equals("id-50")) {
                throw new CancellationException("another model replaced the one analysed");
            }
        }));
    }
}
