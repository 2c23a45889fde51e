package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A node's name and a frame's title stay drawn at 11 px or more on the screen at any zoom down to the detail scale. */
class ReadableTextTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            1.0
            0.9
            0.85
            0.8
            0.75
            0.7
            0.62
            0.6
            0.5
            0.46
            0.45
            """)
    void namesAndTitlesAreDrawnAtElevenPixelsOrMore(double zoom) {
        assertTrue(NodeFace.NAME_FONT * ReadableText.nameScale(zoom) * zoom >= 11 - 1e-9, "name at " + zoom);
        assertTrue(FrameFace.TITLE_FONT * ReadableText.titleScale(zoom) * zoom >= 11 - 1e-9, "title at " + zoom);
    }

    /**
     * Past the details a box shows its name by itself down to a quarter of the size, and a frame its title, at 11 px and
     * at most 10 % more.
     */
    @ParameterizedTest
    @CsvSource(textBlock = """
            0.449
            0.42
            0.4
            0.37
            0.34
            0.3
            0.28
            0.26
            0.25
            """)
    void aNameShownByItselfIsDrawnAtElevenPixelsAndNotMuchMore(double zoom) {
        double drawn = NodeFace.NAME_FONT * ReadableText.nameScale(zoom) * zoom;
        assertTrue(drawn >= 11 - 1e-9 && drawn <= 12.1, "name at " + zoom + ": " + drawn + " px");
        double title = FrameFace.TITLE_FONT * ReadableText.titleScale(zoom) * zoom;
        assertTrue(title >= 11 - 1e-9 && title <= 12.1, "frame's title at " + zoom + ": " + title + " px");
    }

    @Test
    void aNameShownByItselfFitsItsBoxAndKeepsClearOfTheBadge() {
        TextWidth estimate = TextWidth.ESTIMATE;
        for (double zoom = NodeFace.NAMED_SCALE; zoom < NodeFace.DETAIL_SCALE; zoom += 0.01) {
            double scale = ReadableText.nameScale(zoom);
            for (String name : java.util.List.of("user00", "app-06-fn", "AWSReservedSSO_AdministratorAccess_0123abcd",
                    "OrganizationAccountAccessRole", "x")) {
                String shown = NodeFace.nameAlone(name, scale, true, estimate);
                double right = NodeFace.ALONE_X + estimate.of(shown, NodeFace.NAME_FONT, true) * scale;
                // the badge, grown at most 1.8 times when zoomed out, starts 160 world units in
                assertTrue(right <= 160, name + " at " + zoom + ": " + shown + " ends at " + right);
                assertTrue(!shown.isEmpty(), name);
                String plain = NodeFace.nameAlone(name, scale, false, estimate);
                assertTrue(NodeFace.ALONE_X + estimate.of(plain, NodeFace.NAME_FONT, true) * scale <= 180 - 4, plain);
            }
        }
        assertEquals("user00", NodeFace.nameAlone("user00", ReadableText.nameScale(0.34), true, estimate));
    }

    /** A box without an escalation badge lends its name the badge's room: most boxes of an account have none. */
    @Test
    void aNameShownByItselfTakesTheBadgesRoomWhenThereIsNone() {
        TextWidth estimate = TextWidth.ESTIMATE;
        int longer = 0;
        for (double zoom = NodeFace.NAMED_SCALE; zoom < NodeFace.DETAIL_SCALE; zoom += 0.01) {
            double scale = ReadableText.nameScale(zoom);
            for (String name : java.util.List.of("user-340", "deploy-onboarding-function", "oncall-28")) {
                String badged = NodeFace.nameAlone(name, scale, true, estimate);
                String plain = NodeFace.nameAlone(name, scale, false, estimate);
                assertTrue(plain.length() >= badged.length(), name + " at " + zoom + ": " + plain + " / " + badged);
                longer += plain.length() > badged.length() ? 1 : 0;
            }
        }
        assertTrue(longer >= 10, longer + " names longer without the badge");
    }

    @Test
    void atReadableZoomsNothingIsEnlarged() {
        assertEquals(1, ReadableText.nameScale(1));
        assertEquals(1, ReadableText.nameScale(0.85)); // 13 px × 0.85 = 11.05 px
        assertEquals(1, ReadableText.titleScale(0.79)); // 14 px × 0.79 = 11.06 px
    }

    @Test
    void anEnlargedNameKeepsFewerCharactersSoItStillFitsItsBox() {
        double scale = ReadableText.nameScale(0.5);
        assertTrue(scale > 1.6, "11 px at 50 % is 22 px of the world: " + scale);
        TextWidth estimate = TextWidth.ESTIMATE;
        String shown = NodeFace.name("deploy-onboarding-function", scale, estimate);
        assertTrue(estimate.of(shown, NodeFace.NAME_FONT, true) * scale <= NodeFace.TEXT_ROOM, shown);
        assertTrue(shown.length() < NodeFace.name("deploy-onboarding-function", 1, estimate).length(), shown);
    }

    @Test
    void theScaleChangesInFewSteps() {
        java.util.Set<Double> scales = new java.util.TreeSet<>();
        for (double zoom = 0.45; zoom <= 1.2; zoom += 0.001) {
            scales.add(ReadableText.nameScale(zoom));
        }
        assertTrue(scales.size() <= 6, scales.toString());
    }

    /** A path's label (12 px, grown up to 1.8 times) is kept where it is drawn at 11 px or more: from 51 % up. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            2.0, true
            1.0, true
            0.6, true
            0.52, true
            0.5, false
            0.45, false
            0.28, false
            """)
    void aPathLabelIsKeptWhereItIsElevenPixelsOrMore(double zoom, boolean kept) {
        assertEquals(kept, ReadableText.pathLabelsReadable(zoom), "at " + zoom);
    }

    /** A smaller text over the canvas (a collapsed holder's 10 px count) is kept as long as it can grow to its own size. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            1.0, true
            0.6, true
            0.56, true
            0.55, false
            0.3, false
            """)
    void aSmallerTextIsKeptAsLongAsItGrowsToItsOwnSize(double zoom, boolean kept) {
        assertEquals(kept, ReadableText.overlayReadable(10, zoom), "at " + zoom);
    }
}
