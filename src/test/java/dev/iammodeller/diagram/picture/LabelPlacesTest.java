package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a label goes when it would cover a box: the nearest free place, however narrow the gap it fits in. */
class LabelPlacesTest {
    private static final Rect ABOVE = new Rect(24, 40, 180, 56);
    private static final Rect BELOW = new Rect(24, 152, 180, 56);

    /**
     * Example 07 opened with onboard-dev selected at 1280 × 800: the label of its arrow down to onboard-fn, grown to 42
     * units, came 0.7 units over onboard-dev's bottom edge in a 56-unit gap; steps of 23 up or down cover one box or
     * the other, so it went 237 units to the left, out of the window. It moves down off the box instead.
     */
    @Test
    void aLabelABitOverABoxMovesOffItByThatBitIntoTheGap() {
        Rect label = new Rect(-13.7, 95.3, 229.4, 42.1);
        Rect at = LabelPlaces.clear(label, false, List.of(), List.of(ABOVE, BELOW));
        assertEquals(label.x(), at.x(), 1e-9, "no move across");
        assertTrue(at.y() > ABOVE.maxY() && at.maxY() < BELOW.y(), "in the gap: " + at);
        assertTrue(at.y() - label.y() < 6, "moved by what it covered and a few units more: " + at);
    }

    @Test
    void aLabelThatFitsNowhereNearStaysWhereItIs() {
        Rect label = new Rect(0, 0, 50, 20);
        Rect wall = new Rect(-10_000, -10_000, 20_000, 20_000);
        assertEquals(label, LabelPlaces.clear(label, true, List.of(), List.of(wall)));
        assertTrue(!LabelPlaces.free(label, List.of(), List.of(wall)));
    }

    @Test
    void aLabelOverNothingStays() {
        Rect label = new Rect(300, 300, 50, 20);
        assertEquals(label, LabelPlaces.clear(label, true, List.of(ABOVE), List.of(BELOW)));
        assertTrue(LabelPlaces.free(label, List.of(ABOVE), List.of(BELOW)));
    }
}
