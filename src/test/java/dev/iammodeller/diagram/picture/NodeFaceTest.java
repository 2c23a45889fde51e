package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A node's name and subtitle are shortened to what fits their line in the font they are drawn in, not to a number of
 * characters: wide letters take more room. Measured here with a font in which every character is half its size wide
 * and {@code m} and {@code w} as wide as their size; the line is 180 − 46 − 8 = 126 units.
 */
class NodeFaceTest {
    private static final TextWidth HALF_BUT_M_AND_W = (text, size, bold) -> text.chars()
            .mapToDouble(c -> c == 'm' || c == 'w' ? size : size / 2).sum();

    @Test
    void aNameThatFitsItsLineStaysWhole() {
        assertEquals(126, NodeFace.TEXT_ROOM);
        assertEquals("vendor-engineer", NodeFace.name("vendor-engineer", 1, HALF_BUT_M_AND_W)); // 15 × 6.5 = 97.5
    }

    @Test
    void aLongNameKeepsAsManyCharactersAsItsWidthAllows() {
        // 19 characters of 6.5 would fit, but "abcdefghij…uvwxyz12" holds a w (13): 130; 18 characters make 123.5
        assertEquals("abcdefghi…uvwxyz12", NodeFace.name("abcdefghij-klmnopqrst-uvwxyz12", 1, HALF_BUT_M_AND_W));
    }

    @Test
    void aNameDrawnLargerZoomedOutKeepsFewer() {
        // drawn twice as large the line holds 63 units of 13 px text: "vend…neer" is 58.5, "vendo…neer" 65
        assertEquals("vend…neer", NodeFace.name("vendor-engineer", 2, HALF_BUT_M_AND_W));
    }

    @Test
    void aLongSubtitleIsCutAtItsEndToWhatFits() {
        // 11 px: 5.5 a character, 11 for each m; "customer managed pol…" (21 characters) is 126.5, "customer managed po…" 121
        assertEquals("customer managed po…", NodeFace.subtitle("customer managed policy", HALF_BUT_M_AND_W));
        assertEquals("inline policy", NodeFace.subtitle("inline policy", HALF_BUT_M_AND_W));
    }

    @Test
    void aShorteningOfMoreCharactersThatFitsIsFoundPastOneOfFewerThatDoesNot() {
        // AWSConfigUser: in 10 characters "AWSCo…User" (its m-less letters 6.5 each: 65), in 11 "…ConfigUser" (71.5); with
        // a line of 70 units (drawn 1.8 times larger) 10 fit and 11 do not; in 9, "AWSC…User" (58.5)
        assertEquals("AWSCo…User", NodeFace.name("AWSConfigUser", NodeFace.TEXT_ROOM / 70, HALF_BUT_M_AND_W));
        // with 72 units, 11 fit: "…ConfigUser", though "AWSCo…User" (10) fits too
        assertEquals("…ConfigUser", NodeFace.name("AWSConfigUser", NodeFace.TEXT_ROOM / 72, HALF_BUT_M_AND_W));
    }
}
