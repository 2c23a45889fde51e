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
}
