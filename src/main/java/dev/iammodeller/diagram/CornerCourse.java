package dev.iammodeller.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiPredicate;

/**
 * The shortest course from one point to another that passes only corners of a crowd of boxes (each grown by a gap) and
 * keeps every leg clear: an A* search over the corners, each leg tested only when the search reaches its start. A bend
 * costs as much as {@link #BEND} of length, so that of two courses about as long the straighter is taken. Gives up
 * after {@link #MOST_STEPS} corners reached.
 */
final class CornerCourse {
    static final double BEND = 40;
    static final int MOST_STEPS = 300;

    private record Step(int corner, double cost, double estimate, Step before) {
    }

    private CornerCourse() {
    }

    /** The corners of a box grown by {@code gap}, clockwise from the top left: where a course may bend around it. */
    static List<Point> corners(Rect box, double gap) {
        Rect around = box.grow(gap);
        return List.of(new Point(around.x(), around.y()), new Point(around.maxX(), around.y()),
                new Point(around.maxX(), around.maxY()), new Point(around.x(), around.maxY()));
    }

    /**
     * The bends of the course from {@code start} to {@code goal} past the corners of {@code boxes} grown by {@code gap},
     * in order; empty when the straight leg is clear; null when no course was found. {@code clear} says whether a leg
     * touches no box; {@code usable} whether a corner may be a bend.
     */
    static List<Point> between(Point start, Point goal, List<Rect> boxes, double gap, BiPredicate<Point, Point> clear,
                               java.util.function.Predicate<Point> usable) {
        List<Point> corners = new ArrayList<>();
        for (Rect box : boxes) {
            for (Point corner : corners(box, gap)) {
                if (usable.test(corner)) {
                    corners.add(corner);
                }
            }
        }
        int goalAt = corners.size();
        corners.add(goal);
        double[] best = new double[corners.size()];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        boolean[] done = new boolean[corners.size()];
        PriorityQueue<Step> open = new PriorityQueue<>((a, b) -> Double.compare(a.estimate(), b.estimate()));
        for (int at = 0; at < corners.size(); at++) {
            Point corner = corners.get(at);
            double cost = start.distance(corner) + (at == goalAt ? 0 : BEND);
            if (clear.test(start, corner)) {
                best[at] = cost;
                open.add(new Step(at, cost, cost + corner.distance(goal), null));
            }
        }
        int steps = 0;
        while (!open.isEmpty() && steps < MOST_STEPS) {
            Step step = open.poll();
            if (done[step.corner()]) {
                continue;
            }
            if (step.corner() == goalAt) {
                List<Point> bends = new ArrayList<>();
                for (Step back = step.before(); back != null; back = back.before()) {
                    bends.add(corners.get(back.corner()));
                }
                Collections.reverse(bends);
                return bends;
            }
            done[step.corner()] = true;
            steps++;
            Point from = corners.get(step.corner());
            for (int at = 0; at < corners.size(); at++) {
                if (done[at]) {
                    continue;
                }
                Point to = corners.get(at);
                double cost = step.cost() + from.distance(to) + (at == goalAt ? 0 : BEND);
                if (cost < best[at] && clear.test(from, to)) {
                    best[at] = cost;
                    open.add(new Step(at, cost, cost + to.distance(goal), step));
                }
            }
        }
        return null;
    }
}
