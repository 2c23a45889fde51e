package dev.iammodeller.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The boxes a vertical or a horizontal line crosses, each line worked out once when first asked (from the boxes of the
 * 256-px strip it lies in) and kept sorted along it, so that whether a stretch of the line is clear is a binary search,
 * not a walk: the courses along a drawing's gaps ({@link EdgeRoutes}) ask the same few hundred lines (a gap and its
 * lanes) for thousands of edges.
 */
final class BoxesAlongLines {
    /** A box: its id and the zone around it that a line must keep out of. */
    record Box(String id, Rect rect, Rect zone) {
    }

    /** The boxes a line crosses, by where their zones start along it; where each ends, and the furthest end reached so far. */
    private record Line(Box[] boxes, double[] starts, double[] ends, double[] furthestEnds) {
    }

    /** Strips of the world this wide: a line looks only at the boxes of the strip it lies in. */
    private static final double STRIP = 256;
    /** The boxes whose zones reach into each vertical strip, and each horizontal one, by the strip's number. */
    private final Map<Long, List<Box>> columns = new HashMap<>();
    private final Map<Long, List<Box>> rows = new HashMap<>();
    private final Map<Double, Line> verticals = new ConcurrentHashMap<>();
    private final Map<Double, Line> horizontals = new ConcurrentHashMap<>();

    BoxesAlongLines(List<Box> boxes) {
        for (Box box : boxes) {
            Rect zone = box.zone();
            for (long strip = strip(zone.x()); strip <= strip(zone.maxX()); strip++) {
                columns.computeIfAbsent(strip, k -> new ArrayList<>()).add(box);
            }
            for (long strip = strip(zone.y()); strip <= strip(zone.maxY()); strip++) {
                rows.computeIfAbsent(strip, k -> new ArrayList<>()).add(box);
            }
        }
    }

    private static long strip(double coordinate) {
        return (long) Math.floor(coordinate / STRIP);
    }

    /**
     * Whether the axis-parallel segment from {@code a} to {@code b} runs over a box that {@code counts}; a segment that is
     * neither vertical nor horizontal is not asked here.
     */
    boolean blocked(Point a, Point b, Predicate<Box> counts) {
        if (a.x() == b.x()) {
            return blocked(verticals.computeIfAbsent(a.x(), x -> line(x, true)), Math.min(a.y(), b.y()),
                    Math.max(a.y(), b.y()), counts);
        }
        if (a.y() == b.y()) {
            return blocked(horizontals.computeIfAbsent(a.y(), y -> line(y, false)), Math.min(a.x(), b.x()),
                    Math.max(a.x(), b.x()), counts);
        }
        throw new IllegalArgumentException("not along an axis: " + a + " to " + b);
    }

    private static boolean blocked(Line line, double from, double to, Predicate<Box> counts) {
        double[] starts = line.starts();
        int low = 0;
        int high = starts.length; // the first box starting after the stretch's end
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= to) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int at = low - 1; at >= 0 && line.furthestEnds()[at] >= from; at--) {
            if (line.ends()[at] >= from && counts.test(line.boxes()[at])) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far the vertical (or horizontal) line at {@code at} is clear from {@code start} on, going towards larger
     * coordinates ({@code increasing}) or smaller: where the first box that {@code counts} begins; {@code start} itself
     * when such a box covers it; infinity when none is met.
     */
    double clearUntil(double at, boolean vertical, double start, boolean increasing, Predicate<Box> counts) {
        Line line = (vertical ? verticals : horizontals).computeIfAbsent(at, x -> line(x, vertical));
        double reached = increasing ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < line.boxes().length; i++) {
            double low = line.starts()[i];
            double high = line.ends()[i];
            if (increasing && low > start && low >= reached) {
                break; // sorted by start: every later box begins further on
            }
            boolean behind = increasing ? high < start : low > start;
            boolean pastWhatIsMet = increasing ? low >= reached : high <= reached;
            if (behind || pastWhatIsMet) {
                continue;
            }
            if (counts.test(line.boxes()[i])) {
                if (low <= start && start <= high) {
                    return start;
                }
                reached = increasing ? Math.min(reached, low) : Math.max(reached, high);
            }
        }
        return reached;
    }

    private Line line(double at, boolean vertical) {
        List<Box> crossed = new ArrayList<>();
        for (Box box : (vertical ? columns : rows).getOrDefault(strip(at), List.of())) {
            Rect zone = box.zone();
            double low = vertical ? zone.x() : zone.y();
            double high = vertical ? zone.maxX() : zone.maxY();
            if (low <= at && at <= high) {
                crossed.add(box);
            }
        }
        Comparator<Box> along = Comparator.comparingDouble(box -> vertical ? box.zone().y() : box.zone().x());
        crossed.sort(along);
        Box[] boxes = crossed.toArray(Box[]::new);
        double[] starts = new double[boxes.length];
        double[] ends = new double[boxes.length];
        double[] furthest = new double[boxes.length];
        double reached = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < boxes.length; i++) {
            Rect zone = boxes[i].zone();
            starts[i] = vertical ? zone.y() : zone.x();
            ends[i] = vertical ? zone.maxY() : zone.maxX();
            reached = Math.max(reached, ends[i]);
            furthest[i] = reached;
        }
        return new Line(boxes, starts, ends, furthest);
    }
}
