package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.BoxesAlongLines.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a stretch of a vertical or horizontal line runs over a box, looked up rather than walked. */
class BoxesAlongLinesTest {
    private static Box box(String id, double x, double y, double width, double height) {
        Rect rect = new Rect(x, y, width, height);
        return new Box(id, rect, rect);
    }

    // a column of boxes at x 0..100, rows at y 0..50, 100..150, 200..250, and a tall one at x 40..60 from y 400 to 900
    private final BoxesAlongLines lines = new BoxesAlongLines(List.of(box("a", 0, 0, 100, 50), box("b", 0, 100, 100, 50),
            box("c", 0, 200, 100, 50), box("tall", 40, 400, 20, 500), box("d", 0, 600, 100, 50)));

    @Test
    void aVerticalStretchIsBlockedOnlyWhereItMeetsABox() {
        assertTrue(lines.blocked(new Point(50, 60), new Point(50, 120), box -> true), "into b");
        assertFalse(lines.blocked(new Point(50, 55), new Point(50, 95), box -> true), "between a and b");
        assertFalse(lines.blocked(new Point(50, 95), new Point(50, 55), box -> true), "either way along it");
        assertTrue(lines.blocked(new Point(50, 300), new Point(50, 420), box -> true), "into the tall one");
        // the tall box starts before d and ends after it: a stretch inside it below d is still over it
        assertTrue(lines.blocked(new Point(50, 700), new Point(50, 800), box -> true), "inside the tall one, past d");
        assertFalse(lines.blocked(new Point(20, 700), new Point(20, 800), box -> true), "beside the tall one");
        assertFalse(lines.blocked(new Point(150, 0), new Point(150, 900), box -> true), "right of every box");
    }

    @Test
    void aHorizontalStretchAsksTheBoxesAcrossIt() {
        assertTrue(lines.blocked(new Point(-50, 25), new Point(150, 25), box -> true), "across a");
        assertFalse(lines.blocked(new Point(-50, 75), new Point(150, 75), box -> true), "in the gap under a");
        assertTrue(lines.blocked(new Point(-50, 500), new Point(150, 500), box -> true), "across the tall one");
    }

    @Test
    void theBoxesThatDoNotCountAreLeftOut() {
        assertFalse(lines.blocked(new Point(50, 60), new Point(50, 120), box -> !box.id().equals("b")), "b is an end");
        assertTrue(lines.blocked(new Point(50, 60), new Point(50, 220), box -> !box.id().equals("b")), "c is not");
    }

    @Test
    void onlyStretchesAlongAnAxisAreAsked() {
        assertThrows(IllegalArgumentException.class, () -> lines.blocked(new Point(0, 0), new Point(10, 10), box -> true));
    }
}
