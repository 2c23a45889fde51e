package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void zoomedOutANameTooLongForOneLineTakesTwoBrokenBeforeAWord() {
        // drawn 1.3 times larger: the first line holds (178 − 13 − 4 − 46) / 1.3 = 88.5 units (clear of the grown badge),
        // the second 126 / 1.3 = 96.9; "vendor-engineer" is 97.5
        assertEquals(java.util.List.of("vendor-", "engineer"), NodeFace.nameLines("vendor-engineer", 1.3, true, HALF_BUT_M_AND_W));
        assertEquals(java.util.List.of("vendor"), NodeFace.nameLines("vendor", 1.3, true, HALF_BUT_M_AND_W));
    }

    @Test
    void zoomedOutANameTooLongForTwoWholeLinesKeepsItsStartAndItsEnd() {
        // 34 characters, none of them words AWS names share: the first line holds 13 (84.5 of 88.5) and ends at the last
        // word start in the last third of them ("QuickSetup"); the rest, 24 characters, is cut in its middle to the 14
        // that fit 96.9 (91), its end starting with a whole word
        assertEquals(java.util.List.of("QuickSetup", "EnableE…east-1"),
                NodeFace.nameLines("QuickSetupEnableExplorer-us-east-1", 1.3, true, HALF_BUT_M_AND_W));
    }

    @Test
    void zoomedOutANameTooLongForTwoWholeLinesLetsTheWordsAwsNamesShareGoFirst() {
        // 1.4 times larger a policy's lines hold 90 units: of the breaks of the 23 characters (m as wide as its size),
        // "AWSCode" leaves "CommitFullAccess" (117) and "AWSCodeCommit" is 97.5 itself, and as much of the start as fits
        // would break "Commit"; without "AWS", "…CodeCommit" (84.5) over "FullAccess" (65) fits, both whole words
        assertEquals(java.util.List.of("…CodeCommit", "FullAccess"),
                NodeFace.nameLines("AWSCodeCommitFullAccess", 1.4, false, HALF_BUT_M_AND_W));
        // its neighbour in the list stays told apart: "…CodeCommit" over "PowerUser" (65, its w as wide as its size)
        assertEquals(java.util.List.of("…CodeCommit", "PowerUser"),
                NodeFace.nameLines("AWSCodeCommitPowerUser", 1.4, false, HALF_BUT_M_AND_W));
        // a user's box at 1.3 (88.5 and 96.9 units, as above): no break of the 28 characters fits both lines; without
        // "AWS", "…CloudTrail_" (78) over "ReadOnlyAccess" (91) does, so the shared words at the end stay
        assertEquals(java.util.List.of("…CloudTrail_", "ReadOnlyAccess"),
                NodeFace.nameLines("AWSCloudTrail_ReadOnlyAccess", 1.3, true, HALF_BUT_M_AND_W));
    }

    @Test
    void aNameThatEndsInSharedWordsKeepsItsMiddleWordsWhenEvenTheyAreTooLongForTwoLines() {
        // a user's box 1.6 times larger: its first line holds (178 − 16 − 4 − 46) / 1.6 = 70 units, its second 78.75;
        // with every shared word gone "…ElasticLoadBalancing…" still breaks into no two lines that fit ("…ElasticLoad"
        // is 78, "LoadBalancing…" 91): its whole words that fit the first line, the rest cut at its end to 12 (78)
        assertEquals(java.util.List.of("…Elastic", "LoadBalanci…"),
                NodeFace.nameLines("AWSElasticLoadBalancingServiceRolePolicy", 1.6, true, HALF_BUT_M_AND_W));
    }

    @Test
    void drawnLargerStillTheBoxHasRoomForOneLineOnly() {
        // 1.88 times larger two lines would not fit the box's 56 units: one line of (178 − 18.8 − 4 − 46) / 1.88 = 58.1
        assertEquals(java.util.List.of("vend…eer"), NodeFace.nameLines("vendor-engineer", 1.88, true, HALF_BUT_M_AND_W));
        assertEquals(java.util.List.of("vendor-engineer"), NodeFace.nameLines("vendor-engineer", 1, true, HALF_BUT_M_AND_W));
    }

    @Test
    void aBoxThatCarriesNoBadgeGivesItsFirstLineTheWholeWidth() {
        // a policy's box carries no escalation badge: its first line holds 96.9 at 1.3, and "AWSCloudTrail_" (91) fits
        assertEquals(java.util.List.of("AWSCloudTrail_", "ReadOnlyAccess"),
                NodeFace.nameLines("AWSCloudTrail_ReadOnlyAccess", 1.3, false, HALF_BUT_M_AND_W));
    }

    @Test
    void aWordBrokenForLackOfRoomLeavesAtLeastThreeLettersForItsSecondLine() {
        // a policy's box at 1.3: 96.9 units hold 14 letters of "interpretations" (15: 97.5); "interpretation" over "s"
        // read as two words, the second a stray letter; the broken word's first part ends with a hyphen, as in print
        assertEquals(java.util.List.of("interpretati-", "ons"),
                NodeFace.nameLines("interpretations", 1.3, false, HALF_BUT_M_AND_W));
    }

    @Test
    void aWordBrokenForLackOfRoomEndsItsFirstLineWithAHyphenThatFitsThere() {
        // a role's box 1.6 times larger: its first line holds 70 units, its second 78.75; "Overprivileged" (91) fits no
        // line, so the word is broken: 10 characters and the hyphen would be 71.5, so 9 and the hyphen (65)
        assertEquals(java.util.List.of("Overprivi-", "legedEC2"),
                NodeFace.nameLines("OverprivilegedEC2", 1.6, true, HALF_BUT_M_AND_W));
        // a word starting in the second half of what fits the first line is carried whole instead: "BuildPipe-" (65) would
        // fit, but "Build" keeps its words whole, the rest (110.5) cut in its middle to the 12 characters that fit 78.75
        assertEquals(java.util.List.of("Build", "Pipeli…ators"),
                NodeFace.nameLines("BuildPipelineOperators", 1.6, true, HALF_BUT_M_AND_W));
        // broken before a word, no hyphen: "QuickSetup" is whole
        assertEquals("QuickSetup",
                NodeFace.nameLines("QuickSetupEnableExplorer-us-east-1", 1.3, true, HALF_BUT_M_AND_W).get(0));
    }

    @Test
    void atItsOwnSizeANameTooLongForItsLineTakesTwoOverTheSubtitle() {
        // "AWSLambda_FullAccess" is 20 characters and an m: 136.5 > 126; broken before "Full" the lines are 71.5 and 65,
        // more even than before "Lambda" (19.5, 117) or "Access" (97.5, 39)
        assertEquals(java.util.List.of("AWSLambda_", "FullAccess"),
                NodeFace.nameLines("AWSLambda_FullAccess", 1, false, HALF_BUT_M_AND_W));
        assertEquals(java.util.List.of("vendor-engineer"), NodeFace.nameLines("vendor-engineer", 1, true, HALF_BUT_M_AND_W));
    }

    @Test
    void aNameOfTwoLinesStandsHigherAndTheSubtitleUnderIt() {
        assertEquals(NodeFace.NAME_Y, NodeFace.nameY(0, 1));
        assertEquals(NodeFace.SUBTITLE_Y, NodeFace.subtitleY(1));
        double first = NodeFace.nameY(0, 2);
        double second = NodeFace.nameY(1, 2);
        assertEquals(NodeFace.NAME_LINE, second - first, 1e-9);
        // a 13 px line rises about 0.75 of its size over its baseline and falls 0.25 under it, an 11 px subtitle alike
        assertTrue(first - 0.75 * NodeFace.NAME_FONT >= 4, "the first line clear of the box's top");
        assertTrue(NodeFace.subtitleY(2) - 0.75 * NodeFace.SUBTITLE_FONT >= second + 0.25 * NodeFace.NAME_FONT + 2,
                "the subtitle clear of the second line");
        assertTrue(NodeFace.subtitleY(2) + 0.25 * NodeFace.SUBTITLE_FONT <= dev.iammodeller.diagram.Drawing.NODE_HEIGHT - 4,
                "and of the box's bottom");
    }
}
