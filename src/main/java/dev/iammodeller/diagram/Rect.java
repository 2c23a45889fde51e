package dev.iammodeller.diagram;

import dev.iammodeller.model.Layout;

/** An axis-aligned rectangle of the drawing: a node's box, a frame, a rubber band, a viewport. */
public record Rect(double x, double y, double width, double height) {
    public static Rect of(Layout.Bounds bounds) {
        return new Rect(bounds.x(), bounds.y(), bounds.width(), bounds.height());
    }

    /** The rectangle spanned by two corners, in any order (a rubber band dragged up and left). */
    public static Rect spanning(Point a, Point b) {
        return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public boolean intersects(Rect other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** The smallest rectangle holding every one of {@code rects} (nulls among them left out); null when there is none. */
    public static Rect enclosing(Iterable<Rect> rects) {
        Rect all = null;
        for (Rect r : rects) {
            all = r == null ? all : all == null ? r : all.union(r);
        }
        return all;
    }

    /** The smallest rectangle holding these points (at least one). */
    public static Rect around(java.util.List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    public Rect grow(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** This box at a zoom of {@code scale}: every coordinate times it (a box of the world on the screen). */
    public Rect scaled(double scale) {
        return new Rect(x * scale, y * scale, width * scale, height * scale);
    }

    /** This box of the screen in the world at a zoom of {@code scale}: every coordinate divided by it. */
    public Rect unscaled(double scale) {
        return new Rect(x / scale, y / scale, width / scale, height / scale);
    }

    public Rect moved(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public Layout.Bounds bounds() {
        return new Layout.Bounds(x, y, width, height);
    }

    public Layout.Point topLeft() {
        return new Layout.Point(x, y);
    }

    /**
     * The part of the segment from {@code a} to {@code b} inside this rectangle, as the fractions {@code [t0, t1]} of
     * its length where it enters and leaves (Liang-Barsky); null when the segment misses the rectangle.
     */
    public double[] cut(Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x, maxX() - a.x(), a.y() - y, maxY() - a.y()};
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

    /**
     * Where the line from this rectangle's centre towards {@code target} leaves the rectangle: the anchor an
     * edge starts or ends at, so edges meet boxes at their border rather than their middle.
     */
    public Point anchorTowards(Point target) {
        Point c = centre();
        double dx = target.x() - c.x();
        double dy = target.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point(c.x() + dx * s, c.y() + dy * s);
    }
}
