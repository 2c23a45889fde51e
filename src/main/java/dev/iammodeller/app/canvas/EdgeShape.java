package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.EdgeLook;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/**
 * The path elements of one edge: its line, cut to the region the canvas keeps drawn, and its head, drawn when
 * its tip is in that region. Cutting keeps the edge paths (and their cached picture) as small as the region
 * even when an edge runs across the whole world. A line bent around the boxes in its way ({@link EdgeRoutes}) is
 * kept whole while it crosses the region: such lines are few and short. Its course is worked out only once the edge
 * is to be drawn (a large model opens with most edges left out).
 */
final class EdgeShape {
    private static final double HEAD = EdgeLook.HEAD_SIZE;
    /** Lines are cut at a multiple of this length from their start, so dashes do not shift when the cut moves. */
    private static final double DASH_PERIOD = 24;
    final MoveTo start = new MoveTo();
    final LineTo end = new LineTo();
    /** The line's elements in the paths: {@link #start}, a bend each, {@link #end}. */
    private final List<PathElement> line = new ArrayList<>(List.of(start, end));
    final List<PathElement> head = new ArrayList<>();
    private final EdgeStyle style;
    /** The course's points once worked out (start, bends, end); null until then. */
    private List<Point> course;
    private Supplier<List<Point>> router = () -> List.of(new Point(0, 0), new Point(0, 0));
    /** The course's points worked out ahead by {@link #routeAhead} (on any thread), until {@link #course} takes them. */
    private volatile List<Point> routed;
    private double[] tip = {0, 0};
    private boolean wantLine;
    private boolean wantHead;
    /** The layer the edge is drawn in (faded when an end is, under the others). */
    dev.iammodeller.diagram.picture.EdgeTier tier = dev.iammodeller.diagram.picture.EdgeTier.PLAIN;
    /** Left out of the paths altogether: only the selection's connections are drawn, and this is not one of them. */
    boolean hidden;
    /** Whether the paths hold the line and the head now. */
    boolean lineDrawn;
    boolean headDrawn;
    /** The line's elements the paths hold (a bent line has elements of its own for its bends). */
    private List<PathElement> drawnLine = List.of();

    EdgeShape(EdgeStyle style) {
        this.style = style;
        int corners = style.head() == ArrowHead.DIAMOND ? 4 : style.head() == ArrowHead.BAR ? 2 : 3;
        head.add(new MoveTo());
        for (int i = 1; i < corners; i++) {
            head.add(new LineTo());
        }
        if (style.head() == ArrowHead.FILLED || style.head() == ArrowHead.DIAMOND) {
            head.add(new ClosePath());
        }
    }

    /**
     * Puts the edge between two shapes along the course {@code route} gives when it is first drawn, or at the origin with
     * no length when one is missing.
     */
    void place(Rect from, Rect to, Supplier<List<Point>> route) {
        router = route;
        course = null;
        routed = null;
        if (from == null || to == null) {
            tip = new double[2 * (int) head.stream().filter(e -> !(e instanceof ClosePath)).count()];
            course = List.of(new Point(0, 0), new Point(0, 0));
            line.clear();
            line.addAll(List.of(start, end));
            setHead();
        }
    }

    /** Whether drawing the edge now would work its course out first. */
    boolean needsCourse() {
        return !hidden && course == null && routed == null;
    }

    /**
     * Works the course's points out ahead, from any thread while the JavaFX thread waits (the points only: its elements
     * are made when it is drawn), so that the courses of thousands of edges drawn at once are found on every core.
     */
    void routeAhead() {
        routed = router.get();
    }

    /** The line's elements as the paths hold them. */
    List<PathElement> line() {
        return line;
    }

    /** The course, worked out the first time it is asked since the edge was placed, with the line's elements and head. */
    private List<Point> course() {
        if (course == null) {
            List<Point> ahead = routed;
            routed = null;
            course = ahead != null ? ahead : router.get();
            List<PathElement> elements = new ArrayList<>(course.size());
            elements.add(start);
            for (int at = 1; at < course.size() - 1; at++) {
                elements.add(new LineTo(course.get(at).x(), course.get(at).y()));
            }
            elements.add(end);
            line.clear();
            line.addAll(elements);
            tip = Anchors.head(style.head(), course.get(course.size() - 2), course.get(course.size() - 1), HEAD);
            setHead();
        }
        return course;
    }

    private void setHead() {
        for (int i = 0; i * 2 < tip.length; i++) {
            PathElement e = head.get(i);
            if (e instanceof MoveTo m) {
                m.setX(tip[2 * i]);
                m.setY(tip[2 * i + 1]);
            } else if (e instanceof LineTo l) {
                l.setX(tip[2 * i]);
                l.setY(tip[2 * i + 1]);
            }
        }
    }

    /**
     * Cuts the line to the region (null: the whole line) and decides whether line and head belong in the
     * paths (neither when {@link #hidden}); true when that differs from what the paths hold.
     */
    boolean fit(Rect keep) {
        wantLine = !hidden;
        wantHead = !hidden;
        if (hidden) {
            return changed();
        }
        List<Point> points = course();
        Point a = points.get(0);
        Point b = points.get(points.size() - 1);
        if (points.size() > 2) {
            wantLine = keep == null || Rect.around(points).intersects(keep);
            start.setX(a.x());
            start.setY(a.y());
            end.setX(b.x());
            end.setY(b.y());
        } else {
            double t0 = 0;
            double t1 = 1;
            if (keep != null) {
                double[] cut = keep.cut(a, b);
                wantLine = cut != null;
                if (wantLine) {
                    double length = a.distance(b);
                    t0 = length == 0 ? 0 : Math.floor(cut[0] * length / DASH_PERIOD) * DASH_PERIOD / length;
                    t1 = cut[1];
                }
            }
            start.setX(a.x() + t0 * (b.x() - a.x()));
            start.setY(a.y() + t0 * (b.y() - a.y()));
            end.setX(a.x() + t1 * (b.x() - a.x()));
            end.setY(a.y() + t1 * (b.y() - a.y()));
        }
        wantHead = keep == null || tip.length == 0 || keep.contains(new Point(tip[0], tip[1]));
        return changed();
    }

    /** Whether the paths must be rebuilt for this edge: it goes in or out of them, or its line has other elements. */
    private boolean changed() {
        return wantLine != lineDrawn || wantHead != headDrawn || wantLine && !drawnLine.equals(line);
    }

    /** Takes what {@link #fit} decided as what the paths hold. */
    void settle() {
        lineDrawn = wantLine;
        headDrawn = wantHead;
        drawnLine = wantLine ? List.copyOf(line) : List.of();
    }
}
