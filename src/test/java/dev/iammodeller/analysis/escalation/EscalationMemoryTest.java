package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.HeapRoom;
import dev.iammodeller.analysis.PretendHeap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An escalation analysis that fills the heap stops between principals, saying so, instead of thrashing. */
class EscalationMemoryTest {
    /** u can write a policy into itself (a path to admin); v only reads objects. */
    private static TestEstate estate() {
        return new TestEstate().user("u", allow("iam:PutUserPolicy", "*")).user("v", allow("s3:GetObject", "*"));
    }

    @Test
    void aFullHeapStopsTheAnalysisWhichLetsGoOfWhatItFound() {
        AccessCheck check = estate().check();
        try (PretendHeap heap = PretendHeap.fullFrom(2)) {
            HeapRoom.NotEnoughMemory refused = assertThrows(HeapRoom.NotEnoughMemory.class,
                    () -> EscalationAnalysis.grouped(check));
            assertTrue(refused.getMessage().startsWith("not enough memory to work out the escalations of 2 users and roles: "),
                    refused.getMessage());
            assertEquals(2, heap.asked(), "asked before each principal: stopped at the second");
            assertEquals(Optional.empty(), EscalationAnalysis.settled(check), "no half answer is kept");
        }
        List<EscalationGain> again = EscalationAnalysis.grouped(check);
        assertFalse(again.isEmpty());
        assertEquals(EscalationAnalysis.grouped(estate().check()), again,
                "with room again, the same model's analysis answers whole, as a fresh one");
    }

    @Test
    void theCountStopsToo() {
        AccessCheck check = estate().check();
        try (PretendHeap heap = PretendHeap.fullFrom(1)) {
            assertThrows(HeapRoom.NotEnoughMemory.class, () -> EscalationAnalysis.count(check));
        }
        assertEquals(EscalationAnalysis.count(estate().check()), EscalationAnalysis.count(check));
    }
}
