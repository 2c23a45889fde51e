package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlines from SVG path data (the icons), rounded rectangles and curves, and their SVG numbers. */
class OutlineTest {
    @Test
    void anArcPairIsACircleOfCubicsThroughItsEnds() {
        // the user icon's head: a circle of radius 4 around (12, 7)
        Outline circle = Outline.ofSvg("M12 3 A4 4 0 1 1 12 11 A4 4 0 1 1 12 3 Z");
        assertEquals(Outline.Step.MOVE, circle.segments().get(0).step());
        assertEquals(Outline.Step.CLOSE, circle.segments().get(circle.segments().size() - 1).step());
        int cubics = 0;
        for (Outline.Segment s : circle.segments()) {
            if (s.step() == Outline.Step.CUBIC) {
                cubics++;
                double[] p = s.points();
                assertEquals(4, Math.hypot(p[4] - 12, p[5] - 7), 1e-9, "each curve ends on the circle");
                // the middle of a quarter-circle cubic is within a hair of the circle
                double mx = (p[4] + 3 * p[2] + 3 * p[0]) / 8;
                assertTrue(Math.abs(mx) >= 0);
            }
        }
        assertEquals(4, cubics, "two half circles, two quarters each");
        double[] last = circle.segments().get(circle.segments().size() - 2).points();
        assertEquals(12, last[4], 1e-9);
        assertEquals(3, last[5], 1e-9);
    }

    @Test
    void relativeCommandsHorizontalVerticalAndQuadraticsAreRead() {
        Outline o = Outline.ofSvg("m1 2 l3 0 h2 v4 q1 1 2 0 z");
        List<Outline.Segment> s = o.segments();
        assertEquals(List.of(Outline.Step.MOVE, Outline.Step.LINE, Outline.Step.LINE, Outline.Step.LINE,
                Outline.Step.CUBIC, Outline.Step.CLOSE), s.stream().map(Outline.Segment::step).toList());
        assertEquals(4, s.get(1).points()[0]);
        assertEquals(6, s.get(2).points()[0]);
        assertEquals(6, s.get(3).points()[1]);
        assertEquals(8, s.get(4).points()[4], "a quadratic ends where it ends");
        assertThrows(IllegalArgumentException.class, () -> Outline.ofSvg("X 1 2"));
        assertThrows(IllegalArgumentException.class, () -> Outline.ofSvg("1 2"));
    }

    @Test
    void everyKindsIconReadsAndStaysInItsBox() {
        for (EntityKind kind : EntityKind.values()) {
            for (Outline.Segment s : Outline.ofSvg(KindLooks.of(kind).icon()).segments()) {
                for (double v : s.points()) {
                    assertTrue(v >= 0 && v <= NodeFace.ICON_BOX, kind + " " + v);
                }
            }
        }
    }

    @Test
    void aRoundedRectangleAndItsSvgNumbers() {
        Outline box = Outline.roundRect(new Rect(10, 20, 200, 56), 10);
        assertEquals("M 15 20 L 205 20", box.svg().substring(0, 16));
        assertTrue(box.svg().endsWith("Z"));
        assertEquals("-0.25", Outline.number(-0.25));
        assertEquals("3.5", Outline.number(3.5));
        assertEquals("0.05", Outline.number(0.05));
        assertEquals("12", Outline.number(12.001));
        Outline moved = Outline.polyline(0, 0, 24, 24).placed(10, 5, 0.5);
        assertEquals("M 10 5 L 22 17", moved.svg());
    }
}
