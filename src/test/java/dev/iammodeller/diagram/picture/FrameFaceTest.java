package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A frame's header fits its width in the font it is drawn in: the title cut at its end, the subtitle after it cut to
 * what the title leaves (or left out), counts cut after a whole count. Measured with a font in which every character
 * is half its size wide and {@code m} and {@code w} as wide as their size; the header holds the width − 34 − 8.
 */
class FrameFaceTest {
    private static final TextWidth HALF_BUT_M_AND_W = (text, size, bold) -> text.chars()
            .mapToDouble(c -> c == 'm' || c == 'w' ? size : size / 2).sum();

    @Test
    void aHeaderThatFitsIsWholeWithItsSubtitleAfterTheTitle() {
        // room 358; "main" is 14 + 3 × 7 = 35 at 14 px; the subtitle starts at 34 + 35 + 12
        FrameFace.Header header = FrameFace.header("main", "account 111111111111", false, 400, 1, HALF_BUT_M_AND_W);
        assertEquals("main", header.title());
        assertEquals("account 111111111111", header.subtitle());
        assertEquals(81, header.subtitleX(), 1e-9);
    }

    @Test
    void aLongTitleIsCutToTheFramesWidthAndLeavesNoRoomForTheSubtitle() {
        // room 158: "production-workloads-…" is 161 (its w is 14), "production-workloads…" 154
        FrameFace.Header header = FrameFace.header("production-workloads-analytics", "account 222222222222", false, 200, 1,
                HALF_BUT_M_AND_W);
        assertEquals("production-workloads…", header.title());
        assertEquals("", header.subtitle());
    }

    @Test
    void countsAreCutAfterAWholeCount() {
        // room 258 − 28 − 12 = 218 holds the 29 characters of the counts (159.5); at width 200, 118: "2 units · …" (60.5)
        assertEquals("2 units · 3 accounts · 1 user",
                FrameFace.header("Root", "2 units · 3 accounts · 1 user", true, 300, 1, HALF_BUT_M_AND_W).subtitle());
        assertEquals("2 units · …",
                FrameFace.header("Root", "2 units · 3 accounts · 1 user", true, 200, 1, HALF_BUT_M_AND_W).subtitle());
    }

    @Test
    void drawnLargerTheHeaderHoldsLess() {
        // twice as large: room (400 − 42) / 2 = 179, left 179 − 35 − 12 = 132: the subtitle (110) still fits; at 300,
        // room 129, left 82: 14 characters of 5.5 (77)
        assertEquals("account 111111111111",
                FrameFace.header("main", "account 111111111111", false, 400, 2, HALF_BUT_M_AND_W).subtitle());
        assertEquals("account 11111…",
                FrameFace.header("main", "account 111111111111", false, 300, 2, HALF_BUT_M_AND_W).subtitle());
    }
}
