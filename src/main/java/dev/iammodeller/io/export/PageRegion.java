package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.Mark;
import dev.iammodeller.diagram.picture.Outline;
import dev.iammodeller.diagram.picture.PictureGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a picture one page of a tiled PDF shows: the groups whose box meets the page's region, each with
 * only the marks that can show there. A long edge's box covers many pages its line never crosses; drawing it
 * on each (clipped away) was most of a large model's PDF, and its label was text on pages it is not seen on.
 * Whatever may show is kept: filled shapes by their outline's box, strokes by each segment (its width and a
 * mitre's spike around it), text by its measured width with a letter's height and width to spare.
 */
final class PageRegion {
    private final Rect region;
    private final PdfFonts fonts;
    private Rect reached;
    private double reachedWidth;

    PageRegion(Rect region, PdfFonts fonts) {
        this.region = region;
        this.fonts = fonts;
    }

    /** The groups among {@code groups} whose box meets the region, with the marks that may show in it, in order. */
    List<PictureGroup> shown(List<PictureGroup> groups) throws IOException {
        List<PictureGroup> out = new ArrayList<>();
        for (PictureGroup group : groups) {
            if (!group.box().intersects(region)) {
                continue;
            }
            List<Mark> marks = new ArrayList<>(group.marks().size());
            for (Mark mark : group.marks()) {
                if (mayShow(mark)) {
                    marks.add(mark);
                }
            }
            out.add(marks.size() == group.marks().size() ? group
                    : new PictureGroup(group.role(), group.entityId(), group.title(), group.box(), marks));
        }
        return out;
    }

    boolean mayShow(Mark mark) throws IOException {
        if (mark instanceof Mark.Text text) {
            double width = fonts.width(text.bold(), text.text(), text.size());
            return new Rect(text.x() - text.size(), text.y() - 2 * text.size(), width + 2 * text.size(),
                    3 * text.size()).intersects(region);
        }
        Mark.Shape shape = (Mark.Shape) mark;
        Rect reached = reached(shape.stroke() == null ? 0 : shape.width());
        if (shape.fill() != null) {
            Rect box = box(shape.outline());
            return box != null && box.intersects(reached);
        }
        return strokeMeets(shape.outline(), reached);
    }

    /**
     * The region grown by what a stroke of this width reaches beside its line: half its width, a mitred corner up
     * to five widths (PDF's limit of 10); kept for the last width asked, as marks come in a handful of widths.
     */
    private Rect reached(double strokeWidth) {
        if (reached == null || reachedWidth != strokeWidth) {
            reached = region.grow(5 * strokeWidth + 1);
            reachedWidth = strokeWidth;
        }
        return reached;
    }

    private static Rect box(Outline outline) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Outline.Segment segment : outline.segments()) {
            double[] p = segment.points();
            for (int i = 0; i + 1 < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
        }
        return minX > maxX ? null : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** Whether any line or curve of the outline comes into the rectangle (a curve stays inside its control points). */
    private static boolean strokeMeets(Outline outline, Rect r) {
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (Outline.Segment segment : outline.segments()) {
            double[] p = segment.points();
            switch (segment.step()) {
                case MOVE -> {
                    x = startX = p[0];
                    y = startY = p[1];
                    if (r.contains(new Point(x, y))) {
                        return true; // a dot: round caps draw it
                    }
                }
                case LINE -> {
                    if (lineMeets(x, y, p[0], p[1], r)) {
                        return true;
                    }
                    x = p[0];
                    y = p[1];
                }
                case CUBIC -> {
                    double minX = Math.min(Math.min(x, p[0]), Math.min(p[2], p[4]));
                    double maxX = Math.max(Math.max(x, p[0]), Math.max(p[2], p[4]));
                    double minY = Math.min(Math.min(y, p[1]), Math.min(p[3], p[5]));
                    double maxY = Math.max(Math.max(y, p[1]), Math.max(p[3], p[5]));
                    if (new Rect(minX, minY, maxX - minX, maxY - minY).intersects(r)) {
                        return true;
                    }
                    x = p[4];
                    y = p[5];
                }
                case CLOSE -> {
                    if (lineMeets(x, y, startX, startY, r)) {
                        return true;
                    }
                    x = startX;
                    y = startY;
                }
            }
        }
        return false;
    }

    /** Whether the straight line from (ax, ay) to (bx, by) comes into the rectangle (its edges included). */
    static boolean lineMeets(double ax, double ay, double bx, double by, Rect r) {
        if (Math.max(ax, bx) < r.x() || Math.min(ax, bx) > r.maxX()
                || Math.max(ay, by) < r.y() || Math.min(ay, by) > r.maxY()) {
            return false;
        }
        // the boxes meet: the line misses the rectangle only when all four corners lie strictly on one side of it
        double s1 = side(ax, ay, bx, by, r.x(), r.y());
        double s2 = side(ax, ay, bx, by, r.maxX(), r.y());
        double s3 = side(ax, ay, bx, by, r.x(), r.maxY());
        double s4 = side(ax, ay, bx, by, r.maxX(), r.maxY());
        return !((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0));
    }

    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }
}
