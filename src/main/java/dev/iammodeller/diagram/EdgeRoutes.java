package dev.iammodeller.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The course of each edge among the boxes of a drawing: straight from border to border ({@link Anchors#between}), unless
 * that line runs over a box it does not connect. Then it bends around the boxes in its way: past one of their corners,
 * or past two (along a side of one, or round two), whichever clear course is shortest. A line over a box reads as an edge to it (a policy's attachment
 * to a group drawn through the user under the group looks attached to the user). A line over more than
 * {@value #MOST_IN_THE_WAY} boxes, or with no clear course past them, stays straight: it crosses a crowd that no
 * bend clears. The boxes are kept in a grid of cells, so that a line looks only at the boxes of the cells it crosses.
 */
public final class EdgeRoutes {
    /** No boxes: every edge straight. */
    public static final EdgeRoutes STRAIGHT = new EdgeRoutes(Map.of());
    /** A line closer than this to a box counts as over it. */
    static final double CLEARANCE = 3;
    /** A bend keeps this far from the corner of the box it goes around. */
    static final double GAP = 14;
    static final int MOST_IN_THE_WAY = 3;
    private static final double CELL = 256;

    private record Box(String id, Rect rect) {
    }

    private final Map<Long, List<Box>> cells = new HashMap<>();

    /** The boxes edges keep off, by id (a drawing's nodes, not its frames, which edges cross by nature). */
    public EdgeRoutes(Map<String, Rect> boxes) {
        boxes.forEach((id, rect) -> {
            Rect zone = rect.grow(CLEARANCE);
            Box box = new Box(id, rect);
            for (long cx = cell(zone.x()); cx <= cell(zone.maxX()); cx++) {
                for (long cy = cell(zone.y()); cy <= cell(zone.maxY()); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(box);
                }
            }
        });
    }

    /**
     * The points of the edge from {@code from} (the shape with id {@code fromId}) to {@code to}: its start on the border
     * of {@code from}, the bends if any, its end on the border of {@code to}.
     */
    public List<Point> between(String fromId, Rect from, String toId, Rect to) {
        Point[] ends = Anchors.between(from, to);
        List<Point> straight = List.of(ends[0], ends[1]);
        boolean holds = from.contains(to) || to.contains(from);
        if (cells.isEmpty() || from.intersects(to) && !holds) {
            return straight; // between boxes that touch
        }
        Set<String> ends2 = Set.of(fromId, toId);
        // a box over a box end is left out (the edge leaves through it anyway), but not every box in a frame end
        Rect nearFrom = from.contains(to) ? null : from;
        Rect nearTo = to.contains(from) ? null : to;
        List<Rect> inTheWay = over(ends[0], ends[1], ends2, nearFrom, nearTo, MOST_IN_THE_WAY + 1);
        if (inTheWay.isEmpty() || inTheWay.size() > MOST_IN_THE_WAY) {
            return straight;
        }
        List<Point> corners = new ArrayList<>();
        for (Rect box : inTheWay) {
            Rect around = box.grow(GAP);
            corners.addAll(List.of(new Point(around.x(), around.y()), new Point(around.maxX(), around.y()),
                    new Point(around.maxX(), around.maxY()), new Point(around.x(), around.maxY())));
        }
        List<Point> best = null;
        double shortest = Double.MAX_VALUE;
        for (Point one : corners) { // past one corner, then past two (along a side, or round two boxes)
            for (Point two : corners) {
                List<Point> course = course(from, to, one.equals(two) ? List.of(one) : List.of(one, two));
                double length = clearLength(course, ends2, nearFrom, nearTo);
                if (length < shortest) {
                    shortest = length;
                    best = course;
                }
            }
        }
        return best == null ? straight : best;
    }

    /** The point halfway along a course. */
    public static Point middle(List<Point> course) {
        double length = 0;
        for (int at = 1; at < course.size(); at++) {
            length += course.get(at - 1).distance(course.get(at));
        }
        double left = length / 2;
        for (int at = 1; at < course.size(); at++) {
            Point a = course.get(at - 1);
            Point b = course.get(at);
            double leg = a.distance(b);
            if (left <= leg && leg > 0) {
                return new Point(a.x() + (b.x() - a.x()) * left / leg, a.y() + (b.y() - a.y()) * left / leg);
            }
            left -= leg;
        }
        return course.get(course.size() - 1);
    }

    /** How far a point is from a course: from the nearest point of its legs. */
    public static double distance(Point p, List<Point> course) {
        double nearest = Double.MAX_VALUE;
        for (int at = 1; at < course.size(); at++) {
            Point a = course.get(at - 1);
            Point b = course.get(at);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length));
            nearest = Math.min(nearest, p.distance(new Point(a.x() + t * dx, a.y() + t * dy)));
        }
        return nearest;
    }

    /**
     * The rectangle the course of an edge between these shapes keeps to, straight or bent: the span of its straight
     * line grown by a box and a bend's gap. A box moved outside it changes no course between them.
     */
    public static Rect reach(Rect from, Rect to) {
        Point[] ends = Anchors.between(from, to);
        return Rect.spanning(ends[0], ends[1]).grow(Drawing.NODE_WIDTH + 2 * GAP);
    }

    /**
     * From the border of {@code from} towards the first bend, through the bends, to the border of {@code to}; an end that
     * holds the other (a frame) is met at its top, straight above or below the bend next to it, as {@link Anchors} does.
     */
    private static List<Point> course(Rect from, Rect to, List<Point> bends) {
        List<Point> out = new ArrayList<>(bends.size() + 2);
        Point first = bends.get(0);
        Point last = bends.get(bends.size() - 1);
        out.add(from.contains(to) ? new Point(first.x(), from.y()) : from.anchorTowards(first));
        out.addAll(bends);
        out.add(to.contains(from) ? new Point(last.x(), to.y()) : to.anchorTowards(last));
        return out;
    }

    /**
     * The length of a course whose bends lie outside its box ends ({@code from} and {@code to}, null for a frame) and whose
     * every leg is clear of the boxes; else the largest double.
     */
    private double clearLength(List<Point> course, Set<String> ends, Rect from, Rect to) {
        double length = 0;
        for (int at = 1; at < course.size() - 1; at++) {
            Point bend = course.get(at);
            if (from != null && from.grow(GAP / 2).contains(bend) || to != null && to.grow(GAP / 2).contains(bend)) {
                return Double.MAX_VALUE;
            }
        }
        for (int at = 1; at < course.size(); at++) {
            Point a = course.get(at - 1);
            Point b = course.get(at);
            if (!over(a, b, ends, from, to, 1).isEmpty()) {
                return Double.MAX_VALUE;
            }
            length += a.distance(b);
        }
        return length;
    }

    /**
     * The boxes the segment runs over (within {@link #CLEARANCE}), nearest its start first, at most {@code most}: not
     * those of the edge's ends, nor a box that overlaps {@code from} or {@code to} (null: none).
     */
    private List<Rect> over(Point a, Point b, Set<String> ends, Rect from, Rect to, int most) {
        List<Rect> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Rect, Double> where = new HashMap<>();
        long cx = cell(a.x());
        long cy = cell(a.y());
        long ex = cell(b.x());
        long ey = cell(b.y());
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        int stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        double nextX = stepX == 0 ? Double.MAX_VALUE : ((stepX > 0 ? cx + 1 : cx) * CELL - a.x()) / dx;
        double nextY = stepY == 0 ? Double.MAX_VALUE : ((stepY > 0 ? cy + 1 : cy) * CELL - a.y()) / dy;
        double deltaX = stepX == 0 ? Double.MAX_VALUE : CELL / Math.abs(dx);
        double deltaY = stepY == 0 ? Double.MAX_VALUE : CELL / Math.abs(dy);
        long steps = Math.abs(ex - cx) + Math.abs(ey - cy);
        look(cx, cy, a, b, ends, from, to, seen, where, out);
        for (long step = 0; step < steps && out.size() < most; step++) {
            if (nextX < nextY) {
                cx += stepX;
                nextX += deltaX;
            } else if (nextY < nextX) {
                cy += stepY;
                nextY += deltaY;
            } else { // through a corner of four cells: the two beside it too
                look(cx + stepX, cy, a, b, ends, from, to, seen, where, out);
                look(cx, cy + stepY, a, b, ends, from, to, seen, where, out);
                cx += stepX;
                cy += stepY;
                nextX += deltaX;
                nextY += deltaY;
                step++;
            }
            look(cx, cy, a, b, ends, from, to, seen, where, out);
        }
        out.sort(Comparator.comparingDouble(where::get));
        return out.size() > most ? out.subList(0, most) : out;
    }

    private void look(long cx, long cy, Point a, Point b, Set<String> ends, Rect from, Rect to, Set<String> seen,
                      Map<Rect, Double> where, List<Rect> out) {
        for (Box box : cells.getOrDefault(key(cx, cy), List.of())) {
            if (ends.contains(box.id()) || !seen.add(box.id()) || from != null && box.rect().intersects(from)
                    || to != null && box.rect().intersects(to)) {
                continue;
            }
            double[] cut = box.rect().grow(CLEARANCE).cut(a, b);
            if (cut != null) {
                where.put(box.rect(), cut[0]);
                out.add(box.rect());
            }
        }
    }

    private static long cell(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    private static long key(long cx, long cy) {
        return cx << 32 ^ (cy & 0xffffffffL);
    }
}
