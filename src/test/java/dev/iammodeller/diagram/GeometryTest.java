package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canvas's arithmetic: anchors, rubber bands, the grid, zoom around a point, fit. */
class GeometryTest {
    private static final double EPS = 1e-9;

    @Test
    void anEdgeLeavesABoxWhereTheLineToTheOtherCentreCrossesItsBorder() {
        Rect box = new Rect(0, 0, 100, 50);
        assertPoint(new Point(100, 25), box.anchorTowards(new Point(300, 25)));
        assertPoint(new Point(50, 0), box.anchorTowards(new Point(50, -200)));
        assertPoint(new Point(100, 50), box.anchorTowards(new Point(150, 75)), "the corner on the diagonal");
        assertPoint(new Point(50, 25), box.anchorTowards(new Point(50, 25)), "the centre itself");
    }

    @Test
    void anchorsBetweenTwoBoxesLieOnBothBorders() {
        Point[] ends = Anchors.between(new Rect(0, 0, 100, 50), new Rect(300, 0, 100, 50));
        assertPoint(new Point(100, 25), ends[0]);
        assertPoint(new Point(300, 25), ends[1]);
    }

    @Test
    void anEdgeToTheFrameThatHoldsItsSourceRunsUpToTheFrameTop() {
        Point[] ends = Anchors.between(new Rect(40, 100, 100, 50), new Rect(0, 0, 500, 300));
        assertPoint(new Point(90, 100), ends[0]);
        assertPoint(new Point(90, 0), ends[1]);
    }

    @Test
    void anArrowHeadEndsAtTheTip() {
        double[] head = Anchors.head(ArrowHead.FILLED, new Point(0, 0), new Point(100, 0), 10);
        assertEquals(6, head.length);
        assertEquals(100, head[2], EPS);
        assertEquals(0, head[3], EPS);
        assertEquals(90, head[0], EPS);
        assertEquals(5, Math.abs(head[1]), EPS);
    }

    @Test
    void aRubberBandSpansTwoCornersInAnyOrder() {
        assertEquals(new Rect(10, 20, 90, 60), Rect.spanning(new Point(100, 80), new Point(10, 20)));
    }

    @Test
    void aRubberBandSelectsTheNodesItTouchesAndTheFramesItHoldsWhole() {
        Drawing drawing = Drawing.of(Samples.twoInAnAccount());
        Rect alice = drawing.shape("alice");
        Rect touchingAlice = new Rect(alice.maxX() - 5, alice.maxY() - 5, 50, 50);
        assertEquals(java.util.List.of("alice"), drawing.hits(touchingAlice));
        Rect frame = drawing.shape("acct");
        assertTrue(drawing.hits(frame.grow(1)).contains("acct"));
        assertFalse(drawing.hits(frame.grow(-1)).contains("acct"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0, 0
            9.9, 0
            10, 20
            29.9, 20
            -10.1, -20
            """)
    void gridSnapsToTheNearestMultiple(double value, double snapped) {
        assertEquals(snapped, Grid.DEFAULT.snap(value), EPS);
    }

    @Test
    void zoomingKeepsThePointUnderThePointerStill() {
        ViewTransform t = new ViewTransform(0.8, 30, -40);
        Point pointer = new Point(400, 300);
        Point under = t.toWorld(pointer);
        ViewTransform zoomed = t.zoomAround(1.5, pointer);
        assertEquals(1.2, zoomed.scale(), EPS);
        assertPoint(pointer, zoomed.toScreen(under));
    }

    @Test
    void aRectangleOfTheWorldGoesToTheScreenCornerToCorner() {
        ViewTransform t = new ViewTransform(0.5, 30, -40);
        Rect world = new Rect(100, 200, 180, 56);
        Rect screen = t.toScreen(world);
        assertPoint(t.toScreen(new Point(100, 200)), new Point(screen.x(), screen.y()));
        assertPoint(t.toScreen(new Point(280, 256)), new Point(screen.maxX(), screen.maxY()));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        assertEquals(ViewTransform.MAX_SCALE, ViewTransform.IDENTITY.zoomAround(100, new Point(0, 0)).scale(), EPS);
        assertEquals(ViewTransform.MIN_SCALE, ViewTransform.IDENTITY.zoomAround(0.0001, new Point(0, 0)).scale(), EPS);
    }

    @Test
    void screenAndWorldAreInverse() {
        ViewTransform t = new ViewTransform(2, 10, 20);
        assertPoint(new Point(7, 9), t.toWorld(t.toScreen(new Point(7, 9))));
        assertEquals(new Rect(-5, -10, 50, 25), t.visibleWorld(100, 50));
    }

    @Test
    void fitShowsTheContentWholeAndCentred() {
        Rect content = new Rect(100, 100, 2000, 500);
        ViewTransform fit = ViewTransform.fit(content, 1000, 600, 20);
        assertEquals(960.0 / 2000, fit.scale(), EPS);
        assertPoint(new Point(500, 300), fit.toScreen(content.centre()));
        assertTrue(fit.visibleWorld(1000, 600).contains(content));
    }

    @Test
    void fitNeverEnlargesASmallModel() {
        ViewTransform fit = ViewTransform.fit(new Rect(0, 0, 100, 50), 1000, 600, 20);
        assertEquals(1, fit.scale(), EPS);
        assertPoint(new Point(500, 300), fit.toScreen(new Point(50, 25)));
    }

    @Test
    void aMoveSnapsTheLeadCornerAndMovesTheRestByTheSameOffset() {
        Drawing drawing = Drawing.of(Samples.twoInAnAccount());
        MovePlan plan = MovePlan.of(drawing, java.util.Set.of("alice", "dev"), "alice");
        Rect alice = drawing.shape("alice");
        Point offset = plan.offset(33, 47, Grid.DEFAULT);
        assertEquals(0, (alice.x() + offset.x()) % 20, EPS);
        assertEquals(0, (alice.y() + offset.y()) % 20, EPS);
        assertEquals(new Point(33, 47), plan.offset(33, 47, null));
    }

    private static void assertPoint(Point expected, Point actual) {
        assertPoint(expected, actual, "");
    }

    private static void assertPoint(Point expected, Point actual, String message) {
        assertEquals(expected.x(), actual.x(), 1e-6, message + " x");
        assertEquals(expected.y(), actual.y(), 1e-6, message + " y");
    }

    @org.junit.jupiter.api.Test
    void fitReadableFitsWhatFitsAndOtherwiseShowsTheLeftPartAtTheReadableScale() {
        Rect small = new Rect(100, 100, 400, 200);
        ViewTransform fitted = ViewTransform.fitReadable(small, 1000, 800, 24, 0.6);
        org.junit.jupiter.api.Assertions.assertEquals(ViewTransform.fit(small, 1000, 800, 24), fitted);

        Rect wide = new Rect(100, 100, 4000, 300);
        ViewTransform readable = ViewTransform.fitReadable(wide, 1000, 800, 24, 0.6);
        org.junit.jupiter.api.Assertions.assertEquals(0.6, readable.scale(), 1e-9);
        Point left = readable.toScreen(new Point(100, 250));
        org.junit.jupiter.api.Assertions.assertEquals(24, left.x(), 1e-9, "the content's left edge at the margin");
        org.junit.jupiter.api.Assertions.assertEquals(400, left.y(), 1e-9, "vertically centred");
    }
}
