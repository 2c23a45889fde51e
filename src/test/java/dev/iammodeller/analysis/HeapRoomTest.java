package dev.iammodeller.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapRoomTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void nearlyFullOnceTheCollectionsKeepNinetyTwoPercentOfTheHeap() {
        assertFalse(new HeapRoom(() -> (long) (0.91 * 2 * GIB), 2 * GIB).nearlyFull());
        assertTrue(new HeapRoom(() -> (long) (0.92 * 2 * GIB) + 1, 2 * GIB).nearlyFull());
        assertTrue(new HeapRoom(() -> 2 * GIB, 2 * GIB).nearlyFull());
        assertFalse(new HeapRoom(() -> 5 * GIB, Long.MAX_VALUE).nearlyFull(), "a heap without a known limit is never full");
    }

    @Test
    void theRefusalSaysWhatHowMuchMemoryAndHowToGiveMore() {
        HeapRoom.NotEnoughMemory refused = assertThrows(HeapRoom.NotEnoughMemory.class,
                () -> new HeapRoom(() -> 2 * GIB, 2 * GIB).check("work out the escalations of 31,000 principals"));
        assertEquals("not enough memory to work out the escalations of 31,000 principals: the model and its analysis"
                + " fill the 2.0 GB Java was given; start IAM Modeller with more (java -Xmx4g -jar iam-modeller.jar …,"
                + " or JAVA_TOOL_OPTIONS=-Xmx4g for the installed application)", refused.getMessage());
        HeapRoom.NotEnoughMemory larger = assertThrows(HeapRoom.NotEnoughMemory.class,
                () -> new HeapRoom(() -> 6 * GIB, 6 * GIB).check("work out the findings"));
        assertTrue(larger.getMessage().contains("fill the 6.0 GB Java was given"), larger.getMessage());
        assertTrue(larger.getMessage().contains("-Xmx12g"), "twice as much: " + larger.getMessage());
    }
}
