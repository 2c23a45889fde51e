package dev.iammodeller.diagram;

import dev.iammodeller.diagram.BoxesAlongLines.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The course of each edge among the boxes of a drawing: straight from border to border ({@link Anchors#between}), unless
 * that line runs over a box it does not connect, which reads as an edge to that box (a policy's attachment to a group
 * drawn through the user under the group looks attached to the user). Then, in a drawing of a few boxes, it takes the
 * shortest clear course past the corners of the boxes around it ({@link CornerCourse}); else, or when there is none, it
 * bends around the boxes in its way: past one of their corners, or past two (along a side of one, or round two),
 * whichever clear course is shortest. A line over more than {@value #MOST_IN_THE_WAY} boxes, or with no such course, runs
 * along the gaps between the columns and rows of boxes when one of a few such courses is clear (a laid-out account is a
 * grid); an edge between a box and the frame that holds it, up the gap beside the box's column. With no clear course at
 * all it stays straight: it crosses a crowd that nothing clears. The boxes are kept in a grid of cells, so that a line
 * looks only at the boxes of the cells it crosses, and along the lines of the gaps ({@link BoxesAlongLines}).
 */
public final class EdgeRoutes {
    /** No boxes: every edge straight. */
    public static final EdgeRoutes STRAIGHT = new EdgeRoutes(Map.of());
    /** A line closer than this to a box counts as over it. */
    static final double CLEARANCE = 3;
    /** A bend keeps this far from the corner of the box it goes around. */
    static final double GAP = 14;
    static final int MOST_IN_THE_WAY = 3;
    /** The lanes an edge along the gaps may take, {@link #LANE_WIDTH} apart about a gap's middle. */
    private static final int LANES = 5;
    private static final double LANE_WIDTH = 4;
    /**
     * In a drawing of at most {@value #FEW_BOXES} boxes, around at most this many boxes, in at most this many cells, a
     * course may bend at any of their corners; in a larger one that search costs seconds for little (its edges cross a
     * dense grid), and only the corners of the boxes in the way are tried.
     */
    static final int MOST_IN_A_CROWD = 60;
    private static final int MOST_CELLS = 64;
    static final int FEW_BOXES = 200;
    private static final double CELL = 256;
    static final int MOST_CELLS_WALKED = 4096;

    private final Map<Long, List<Box>> cells = new HashMap<>();
    private final List<Box> all = new ArrayList<>();
    private final boolean few;
    /** The boxes along the lines courses through the gaps run on, made when first asked. */
    private volatile BoxesAlongLines lines;

    /** The boxes edges keep off, by id (a drawing's nodes, not its frames, which edges cross by nature). */
    public EdgeRoutes(Map<String, Rect> boxes) {
        few = boxes.size() <= FEW_BOXES;
        boxes.forEach((id, rect) -> {
            Rect zone = rect.grow(CLEARANCE);
            Box box = new Box(id, rect, zone);
            all.add(box);
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
        if (cells.isEmpty() || fromId.equals(toId) || from.intersects(to) && !holds || tooLong(ends[0], ends[1])) {
            return straight; // from a box to itself (a role that trusts itself), between boxes that touch, or across the world
        }
        Set<String> endIds = Set.of(fromId, toId);
        // a box over a box end is left out (the edge leaves through it anyway), but not every box in a frame end
        Rect nearFrom = from.contains(to) ? null : from;
        Rect nearTo = to.contains(from) ? null : to;
        List<Rect> inTheWay = over(ends[0], ends[1], endIds, nearFrom, nearTo, MOST_IN_THE_WAY + 1);
        if (inTheWay.isEmpty()) {
            return straight;
        }
        List<Point> round = holds || !few ? null : aroundTheCrowd(from, to, endIds);
        if (round != null) {
            return round;
        }
        if (holds) {
            List<Point> beside = besideTheColumn(from, to, endIds, nearFrom, nearTo);
            if (beside != null) {
                return beside;
            }
        }
        if (inTheWay.size() > MOST_IN_THE_WAY) {
            List<Point> gaps = holds ? null : alongTheGaps(fromId, from, toId, to, endIds);
            return gaps != null ? gaps : straight;
        }
        List<Point> corners = new ArrayList<>();
        for (Rect box : inTheWay) {
            corners.addAll(CornerCourse.corners(box, GAP));
        }
        List<List<Point>> courses = new ArrayList<>();
        for (Point one : corners) { // past one corner, then past two (along a side, or round two boxes)
            for (Point two : corners) {
                courses.add(course(from, to, one.equals(two) ? List.of(one) : List.of(one, two)));
            }
        }
        List<Point> best = shortestClear(courses, nearFrom, nearTo, (a, b) -> clear(a, b, endIds, nearFrom, nearTo));
        if (best == null) {
            best = holds ? null : alongTheGaps(fromId, from, toId, to, endIds);
        }
        return best == null ? straight : best;
    }

    /**
     * Through a grid of boxes (a laid-out account) by its gaps: out of the side of one end into the column gap beside
     * it, along that gap to the row gap beside the other end, along the row gap to the other end (or the same the other
     * way round); between boxes of one row, over it by the row gap above or below. The shortest of those that is clear,
     * or null. Each edge keeps its own lane, a few pixels off the middle of a gap (by its ends' names), so that the edges
     * sharing a gap read as a bundle of lines rather than one.
     */
    private List<Point> alongTheGaps(String fromId, Rect from, String toId, Rect to, Set<String> endIds) {
        double lane = (Math.floorMod((fromId + "\u0000" + toId).hashCode(), LANES) - LANES / 2) * LANE_WIDTH;
        Point a = from.centre();
        Point b = to.centre();
        List<List<Point>> tries = new ArrayList<>();
        if (Math.abs(b.y() - a.y()) < Drawing.NODE_HEIGHT) { // one row: over it, or under it
            for (double y : new double[] {Math.min(from.y(), to.y()) - AutoLayout.ROW_GAP / 2 + lane,
                Math.max(from.maxY(), to.maxY()) + AutoLayout.ROW_GAP / 2 + lane}) {
                tries.add(List.of(new Point(a.x(), y), new Point(b.x(), y)));
            }
        } else {
            boolean down = b.y() > a.y();
            double intoTo = down ? to.y() - AutoLayout.ROW_GAP / 2 + lane : to.maxY() + AutoLayout.ROW_GAP / 2 + lane;
            double outOfFrom = down ? from.maxY() + AutoLayout.ROW_GAP / 2 + lane : from.y() - AutoLayout.ROW_GAP / 2 + lane;
            for (double x : besideColumns(from, lane)) { // down the column gap beside from, across to to
                tries.add(List.of(new Point(x, a.y()), new Point(x, intoTo), new Point(b.x(), intoTo)));
            }
            for (double x : besideColumns(to, lane)) { // across from from, down the column gap beside to
                tries.add(List.of(new Point(a.x(), outOfFrom), new Point(x, outOfFrom), new Point(x, b.y())));
            }
            tries.addAll(betweenTwoGrids(from, to, endIds, lane));
        }
        List<List<Point>> courses = new ArrayList<>(tries.size());
        for (List<Point> bends : tries) {
            courses.add(course(from, to, bends));
        }
        // a leg along an axis (a course along the gaps has no other) is looked up in BoxesAlongLines, not walked
        BoxesAlongLines along = lines();
        java.util.function.Predicate<Box> counts = inTheWay(endIds, from, to);
        return shortestClear(courses, from, to, (p, q) -> p.x() == q.x() || p.y() == q.y()
                ? !tooLong(p, q) && !along.blocked(p, q, counts) : clear(p, q, endIds, from, to));
    }

    /**
     * The shortest of these courses whose bends lie outside its box ends ({@code from} and {@code to}, null for a frame)
     * and whose every leg {@code clearLeg} says is clear (the first of the shortest, when several are as short); null when
     * none is. The shortest are tried first, so that the longer are not walked.
     */
    private static List<Point> shortestClear(List<List<Point>> courses, Rect from, Rect to,
                                             java.util.function.BiPredicate<Point, Point> clearLeg) {
        List<List<Point>> byLength = new ArrayList<>(courses);
        byLength.sort(Comparator.comparingDouble(EdgeRoutes::length)); // stable: among equals, the first given
        for (List<Point> course : byLength) {
            if (bendsOutside(course, from, to) && legsClear(course, clearLeg)) {
                return course;
            }
        }
        return null;
    }

    private static boolean bendsOutside(List<Point> course, Rect from, Rect to) {
        for (int at = 1; at < course.size() - 1; at++) {
            if (!outside(course.get(at), from, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean legsClear(List<Point> course, java.util.function.BiPredicate<Point, Point> clearLeg) {
        for (int at = 1; at < course.size(); at++) {
            if (!clearLeg.test(course.get(at - 1), course.get(at))) {
                return false;
            }
        }
        return true;
    }

    private BoxesAlongLines lines() {
        BoxesAlongLines known = lines;
        if (known == null) {
            known = new BoxesAlongLines(all);
            lines = known;
        }
        return known;
    }

    private static double length(List<Point> course) {
        double length = 0;
        for (int at = 1; at < course.size(); at++) {
            length += course.get(at - 1).distance(course.get(at));
        }
        return length;
    }

    /**
     * Between boxes of two grids whose columns do not line up (an account's principals and the AWS managed policies under
     * the account): down the column gap beside one end as far as it is clear, across where the column gap beside the
     * other end is clear too (the space between the grids), and along that gap to the other end's side.
     */
    private List<List<Point>> betweenTwoGrids(Rect from, Rect to, Set<String> endIds, double lane) {
        Point a = from.centre();
        Point b = to.centre();
        boolean down = b.y() > a.y();
        BoxesAlongLines along = lines();
        java.util.function.Predicate<Box> counts = inTheWay(endIds, from, to);
        List<List<Point>> out = new ArrayList<>();
        for (double x : besideColumns(from, lane)) {
            double fromReaches = along.clearUntil(x, true, a.y(), down, counts);
            for (double otherX : besideColumns(to, lane)) {
                double toReaches = along.clearUntil(otherX, true, b.y(), !down, counts);
                double low = down ? Math.max(a.y(), toReaches) : Math.max(b.y(), fromReaches);
                double high = down ? Math.min(b.y(), fromReaches) : Math.min(a.y(), toReaches);
                double across = (low + high) / 2 + lane;
                if (high - low > 2 * (CLEARANCE + LANES * LANE_WIDTH) && Double.isFinite(across)) {
                    out.add(List.of(new Point(x, a.y()), new Point(x, across), new Point(otherX, across),
                            new Point(otherX, b.y())));
                }
            }
        }
        return out;
    }

    /** The middles of the column gaps left and right of a box (a layout's gap), moved by a lane. */
    private static double[] besideColumns(Rect box, double lane) {
        return new double[] {box.x() - AutoLayout.COLUMN_GAP / 2 + lane, box.maxX() + AutoLayout.COLUMN_GAP / 2 + lane};
    }

    /**
     * Between a box and the frame that holds it (a role and the account it trusts), up the gap beside the box's column:
     * out of the middle of its left or right side into the middle of a layout's column gap, then straight to the frame's
     * top; the shorter of the two that is clear, else null. A laid-out account is a grid of boxes, and the straight line
     * up ran over every box above.
     */
    private List<Point> besideTheColumn(Rect from, Rect to, Set<String> endIds, Rect nearFrom, Rect nearTo) {
        Rect inner = to.contains(from) ? from : to;
        double y = inner.centre().y();
        List<List<Point>> courses = new ArrayList<>();
        for (double x : besideColumns(inner, 0)) {
            courses.add(course(from, to, List.of(new Point(x, y))));
        }
        return shortestClear(courses, nearFrom, nearTo, (a, b) -> clear(a, b, endIds, nearFrom, nearTo));
    }

    /**
     * The shortest clear course between two boxes past the corners of the boxes around them ({@link CornerCourse}), when
     * those are few: the boxes within {@link #reach}, at most {@value #MOST_IN_A_CROWD}; null when there are more, or no
     * such course.
     */
    private List<Point> aroundTheCrowd(Rect from, Rect to, Set<String> ends) {
        Rect reach = reach(from, to);
        long columns = cell(reach.maxX()) - cell(reach.x()) + 1;
        long rows = cell(reach.maxY()) - cell(reach.y()) + 1;
        if (columns * rows > MOST_CELLS) {
            return null;
        }
        Set<String> seen = new HashSet<>(ends);
        List<Rect> crowd = new ArrayList<>();
        for (long cx = cell(reach.x()); cx <= cell(reach.maxX()); cx++) {
            for (long cy = cell(reach.y()); cy <= cell(reach.maxY()); cy++) {
                for (Box box : cells.getOrDefault(key(cx, cy), List.of())) {
                    if (seen.add(box.id()) && box.rect().intersects(reach) && apart(box, from, to)) {
                        crowd.add(box.rect());
                    }
                }
            }
        }
        if (crowd.size() > MOST_IN_A_CROWD) {
            return null;
        }
        crowd.sort(Comparator.comparingDouble(Rect::y).thenComparingDouble(Rect::x)); // the same course for the same boxes
        List<Point> bends = CornerCourse.between(from.centre(), to.centre(), crowd, GAP,
                (a, b) -> clear(a, b, ends, from, to),
                bend -> outside(bend, from, to));
        return bends == null || bends.isEmpty() ? null : course(from, to, bends);
    }

    /** The point halfway along a course. */
    public static Point middle(List<Point> course) {
        double left = length(course) / 2;
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
     * Where the boxes a course between these shapes may go around lie: within a box and a bend's gap of its straight
     * line (the boxes in its way, and those of the crowd a search looks at).
     */
    private static Rect reach(Rect from, Rect to) {
        Point[] ends = Anchors.between(from, to);
        return Rect.spanning(ends[0], ends[1]).grow(Drawing.NODE_WIDTH + 2 * GAP);
    }

    /**
     * The rectangle the course of an edge between these shapes keeps to, straight or bent: its bends are corners of the
     * boxes within {@link #reach}, so within another box and gap of it. A box moved outside it changes no course between
     * them.
     */
    public static Rect keepsTo(Rect from, Rect to) {
        return reach(from, to).grow(Drawing.NODE_WIDTH + GAP);
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
     * The boxes the segment runs over (within {@link #CLEARANCE}), nearest its start first, at most {@code most}: not
     * those of the edge's ends, nor a box that overlaps {@code from} or {@code to} (null: none).
     */
    private List<Rect> over(Point a, Point b, Set<String> ends, Rect from, Rect to, int most) {
        List<Rect> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Rect, Double> where = new HashMap<>();
        walk(a, b, box -> {
            if (!ends.contains(box.id()) && seen.add(box.id()) && apart(box, from, to)) {
                double[] cut = box.zone().cut(a, b);
                if (cut != null) {
                    where.put(box.rect(), cut[0]);
                    out.add(box.rect());
                }
            }
            return out.size() >= most;
        });
        out.sort(Comparator.comparingDouble(where::get));
        return out.size() > most ? out.subList(0, most) : out;
    }

    /** Whether the segment runs over no box (but those {@link #over} leaves out); a segment {@link #tooLong} is not. */
    private boolean clear(Point a, Point b, Set<String> ends, Rect from, Rect to) {
        java.util.function.Predicate<Box> counts = inTheWay(ends, from, to);
        return !tooLong(a, b) && !walk(a, b, box -> counts.test(box) && box.zone().cut(a, b) != null);
    }

    /** Whether a box can be in an edge's way: not one of its ends, nor a box overlapping an end box (null: none). */
    private static java.util.function.Predicate<Box> inTheWay(Set<String> ends, Rect from, Rect to) {
        return box -> !ends.contains(box.id()) && apart(box, from, to);
    }

    /**
     * Whether a segment crosses more than {@value #MOST_CELLS_WALKED} cells (a million units of the world, far beyond any
     * drawing; a model file may hold such coordinates): it is not walked, and its edge stays straight.
     */
    private static boolean tooLong(Point a, Point b) {
        double cells = (Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y())) / CELL;
        return !(cells <= MOST_CELLS_WALKED);
    }

    /** Whether a bend keeps half a gap off both end boxes (null: a frame, which a course may bend inside). */
    private static boolean outside(Point bend, Rect from, Rect to) {
        return (from == null || !from.grow(GAP / 2).contains(bend)) && (to == null || !to.grow(GAP / 2).contains(bend));
    }

    /** Whether the box overlaps neither end box (null: a frame, or none). */
    private static boolean apart(Box box, Rect from, Rect to) {
        return (from == null || !box.rect().intersects(from)) && (to == null || !box.rect().intersects(to));
    }

    /**
     * Shows {@code stop} the boxes of every cell the segment crosses, in order from {@code a} (a box may come more than
     * once), until it says stop; true when it did.
     */
    private boolean walk(Point a, Point b, java.util.function.Predicate<Box> stop) {
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
        if (look(cx, cy, stop)) {
            return true;
        }
        for (long step = 0; step < steps; step++) {
            if (nextX < nextY) {
                cx += stepX;
                nextX += deltaX;
            } else if (nextY < nextX) {
                cy += stepY;
                nextY += deltaY;
            } else { // through a corner of four cells: the two beside it too
                if (look(cx + stepX, cy, stop) || look(cx, cy + stepY, stop)) {
                    return true;
                }
                cx += stepX;
                cy += stepY;
                nextX += deltaX;
                nextY += deltaY;
                step++;
            }
            if (look(cx, cy, stop)) {
                return true;
            }
        }
        return false;
    }

    private boolean look(long cx, long cy, java.util.function.Predicate<Box> stop) {
        List<Box> boxes = cells.get(key(cx, cy));
        if (boxes != null) {
            for (Box box : boxes) {
                if (stop.test(box)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long cell(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    private static long key(long cx, long cy) {
        return cx << 32 ^ (cy & 0xffffffffL);
    }
}
