package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names cut in the middle keep what tells look-alikes apart: their start and their end. */
class SubtitlesTest {
    @Test
    void aShortNameIsShownWhole() {
        assertEquals("alice", Subtitles.shortenMiddle("alice", 18));
        assertEquals("exactly-eighteen18", Subtitles.shortenMiddle("exactly-eighteen18", 18));
    }

    @Test
    void aLongNameKeepsItsStartAndItsLastWords() {
        String east = Subtitles.shortenMiddle("AWS-QuickSetup-EnableExplorer-us-east-1", 18);
        String west = Subtitles.shortenMiddle("AWS-QuickSetup-EnableExplorer-us-west-2", 18);
        assertEquals(18, east.length(), east);
        assertTrue(east.startsWith("AWS-Quic") && east.endsWith("us-east-1") && east.contains("…"), east);
        assertNotEquals(east, west);
    }

    @Test
    void theEndStartsAfterASeparatorWhenOneIsNear() {
        assertEquals("payment…production", Subtitles.shortenMiddle("payments-api-handler-production", 18));
        assertEquals("AWS-Quic…us-east-1", Subtitles.shortenMiddle("AWS-QuickSetup-EnableExplorer-us-east-1", 18));
        assertEquals("abcdefghi…rstuvwxy", Subtitles.shortenMiddle("abcdefghijklmnopqrstuvwxy", 18));
    }
}
