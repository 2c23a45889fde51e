package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.EdgeLook;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/**
 * The path elements of one edge: its line, cut to the region the canvas keeps drawn, and its head, drawn when
 * its tip is in that region. Cutting keeps the edge paths (and their cached picture) as small as the region
 * even when an edge runs across the whole world.
 */
final class EdgeShape {
    private static final double HEAD = EdgeLook.HEAD_SIZE;
    /** Lines are cut at a multiple of this length from their start, so dashes do not shift when the cut moves. */
    private static final double DASH_PERIOD = 24;
    final MoveTo start = new MoveTo();
    final LineTo end = new LineTo();
    final List<PathElement> head = new ArrayList<>();
    private final EdgeStyle style;
    private double ax;
    private double ay;
    private double bx;
    private double by;
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

    /** Puts the edge between two shapes, or at the origin with no length when one is missing. */
    void place(Rect from, Rect to) {
        if (from == null || to == null) {
            ax = ay = bx = by = 0;
            tip = new double[2 * (int) head.stream().filter(e -> !(e instanceof ClosePath)).count()];
        } else {
            Point[] ends = Anchors.between(from, to);
            ax = ends[0].x();
            ay = ends[0].y();
            bx = ends[1].x();
            by = ends[1].y();
            tip = Anchors.head(style.head(), ends[0], ends[1], HEAD);
        }
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
        double t0 = 0;
        double t1 = 1;
        wantLine = !hidden;
        if (keep != null && wantLine) {
            double[] cut = cut(keep);
            wantLine = cut != null;
            if (wantLine) {
                double length = Math.hypot(bx - ax, by - ay);
                t0 = length == 0 ? 0 : Math.floor(cut[0] * length / DASH_PERIOD) * DASH_PERIOD / length;
                t1 = cut[1];
            }
        }
        start.setX(ax + t0 * (bx - ax));
        start.setY(ay + t0 * (by - ay));
        end.setX(ax + t1 * (bx - ax));
        end.setY(ay + t1 * (by - ay));
        wantHead = !hidden && (keep == null || tip.length == 0 || keep.contains(new Point(tip[0], tip[1])));
        return wantLine != lineDrawn || wantHead != headDrawn;
    }

    /** Takes what {@link #fit} decided as what the paths hold. */
    void settle() {
        lineDrawn = wantLine;
        headDrawn = wantHead;
    }

    /** The part [t0, t1] of the line inside the region (Liang-Barsky), or null when it misses it. */
    private double[] cut(Rect r) {
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - r.x(), r.maxX() - ax, ay - r.y(), r.maxY() - ay};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 > t1 ? null : new double[] {t0, t1};
    }
}
