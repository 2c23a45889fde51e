package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * A shape as moves, straight lines, cubic curves and closes: what every renderer can draw (SVG path data,
 * Java2D's Path2D, PDF's path operators). Made from a rectangle with round corners, points, or SVG path data
 * (the kinds' icons).
 */
public record Outline(List<Segment> segments) {
    /** One step of the outline; {@code points} holds x, y pairs (none for a close, three for a curve). */
    public record Segment(Step step, double[] points) {
    }

    public enum Step { MOVE, LINE, CUBIC, CLOSE }

    public Outline {
        segments = List.copyOf(segments);
    }

    /** The same outline moved by (dx, dy) after scaling by {@code scale} around the origin. */
    public Outline placed(double dx, double dy, double scale) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            double[] p = new double[s.points().length];
            for (int i = 0; i < p.length; i += 2) {
                p[i] = dx + s.points()[i] * scale;
                p[i + 1] = dy + s.points()[i + 1] * scale;
            }
            out.add(new Segment(s.step(), p));
        }
        return new Outline(out);
    }

    /** SVG path data for this outline, numbers to two decimals. */
    public String svg() {
        StringBuilder d = new StringBuilder(segments.size() * 16);
        for (Segment s : segments) {
            if (d.length() > 0) {
                d.append(' ');
            }
            d.append(switch (s.step()) {
                case MOVE -> 'M';
                case LINE -> 'L';
                case CUBIC -> 'C';
                case CLOSE -> 'Z';
            });
            for (double v : s.points()) {
                d.append(' ');
                number(d, v);
            }
        }
        return d.toString();
    }

    /** A number to two decimals without trailing zeros: {@code 12}, {@code 3.5}, {@code -0.25}. */
    public static String number(double v) {
        return number(new StringBuilder(), v).toString();
    }

    private static StringBuilder number(StringBuilder out, double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.');
            if (fraction < 10) {
                out.append('0').append(fraction);
            } else {
                out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
        return out;
    }

    /** A rectangle with corners rounded by {@code arc} (the stylesheets' {@code -fx-arc-width}, a diameter). */
    public static Outline roundRect(Rect r, double arc) {
        double k = Math.min(arc / 2, Math.min(r.width(), r.height()) / 2);
        if (k <= 0) {
            return polygon(r.x(), r.y(), r.maxX(), r.y(), r.maxX(), r.maxY(), r.x(), r.maxY());
        }
        double c = k * 0.5523;
        double x0 = r.x();
        double y0 = r.y();
        double x1 = r.maxX();
        double y1 = r.maxY();
        List<Segment> s = new ArrayList<>();
        s.add(new Segment(Step.MOVE, new double[] {x0 + k, y0}));
        s.add(new Segment(Step.LINE, new double[] {x1 - k, y0}));
        s.add(new Segment(Step.CUBIC, new double[] {x1 - k + c, y0, x1, y0 + k - c, x1, y0 + k}));
        s.add(new Segment(Step.LINE, new double[] {x1, y1 - k}));
        s.add(new Segment(Step.CUBIC, new double[] {x1, y1 - k + c, x1 - k + c, y1, x1 - k, y1}));
        s.add(new Segment(Step.LINE, new double[] {x0 + k, y1}));
        s.add(new Segment(Step.CUBIC, new double[] {x0 + k - c, y1, x0, y1 - k + c, x0, y1 - k}));
        s.add(new Segment(Step.LINE, new double[] {x0, y0 + k}));
        s.add(new Segment(Step.CUBIC, new double[] {x0, y0 + k - c, x0 + k - c, y0, x0 + k, y0}));
        s.add(new Segment(Step.CLOSE, new double[0]));
        return new Outline(s);
    }

    /** A closed polygon through x, y pairs. */
    public static Outline polygon(double... points) {
        Outline open = polyline(points);
        List<Segment> s = new ArrayList<>(open.segments);
        s.add(new Segment(Step.CLOSE, new double[0]));
        return new Outline(s);
    }

    /** An open line through x, y pairs. */
    public static Outline polyline(double... points) {
        List<Segment> s = new ArrayList<>();
        for (int i = 0; i + 1 < points.length; i += 2) {
            s.add(new Segment(i == 0 ? Step.MOVE : Step.LINE, new double[] {points[i], points[i + 1]}));
        }
        return new Outline(s);
    }

    /** A quadratic curve from a through control to b, as the cubic that draws the same curve. */
    public static Outline quadratic(double ax, double ay, double cx, double cy, double bx, double by) {
        return new Outline(List.of(new Segment(Step.MOVE, new double[] {ax, ay}),
                new Segment(Step.CUBIC, new double[] {ax + 2.0 / 3 * (cx - ax), ay + 2.0 / 3 * (cy - ay),
                    bx + 2.0 / 3 * (cx - bx), by + 2.0 / 3 * (cy - by), bx, by})));
    }

    /** SVG path data (M, L, H, V, C, Q, A, Z, absolute or relative), with arcs turned into cubic curves. */
    public static Outline ofSvg(String data) {
        return new SvgPathData(data).outline();
    }
}
