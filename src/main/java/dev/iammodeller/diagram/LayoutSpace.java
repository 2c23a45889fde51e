package dev.iammodeller.diagram;

import static dev.iammodeller.diagram.AutoLayout.NODE_HEIGHT;
import static dev.iammodeller.diagram.AutoLayout.NODE_WIDTH;

import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canvas while new things are fitted in: which places are taken (nodes in a grid of buckets, frames
 * in a list), a search for a free place near an anchor, and the two ways to make room: growing a frame
 * into free space below it, or opening a strip across the whole canvas (everything past the strip moves,
 * whatever the strip crosses grows), which keeps every frame around its members and nothing overlapping.
 */
final class LayoutSpace {
    /** Which side of its anchor a node would rather go. */
    enum Side { BELOW, ABOVE, RIGHT, LEFT }

    /** The least room kept between a new node and anything else. */
    static final double CLEARANCE = 12;
    private static final double BUCKET = 256;
    private static final int MAX_RING = 24;
    private static final Map<Side, List<List<int[]>>> RINGS = new HashMap<>();

    private final Map<String, Point> nodes;
    private final Map<String, Bounds> frames;
    private final LayoutContainers containers;
    private final Map<Long, List<String>> buckets = new HashMap<>();

    LayoutSpace(Map<String, Point> nodes, Map<String, Bounds> frames, LayoutContainers containers) {
        this.nodes = nodes;
        this.frames = frames;
        this.containers = containers;
        rebuild();
    }

    /** Where a frame's members may go. */
    static Bounds interior(Bounds frame) {
        return new Bounds(frame.x() + AutoLayout.FRAME_PADDING, frame.y() + AutoLayout.FRAME_HEADER,
                frame.width() - 2 * AutoLayout.FRAME_PADDING,
                frame.height() - AutoLayout.FRAME_HEADER - AutoLayout.FRAME_PADDING);
    }

    /** Indexes the nodes again after positions changed. */
    void rebuild() {
        buckets.clear();
        nodes.keySet().forEach(this::index);
    }

    void addNode(String id, Point at) {
        nodes.put(id, at);
        index(id);
    }

    /**
     * The free place for a node nearest {@code anchor} (on a lattice of cells around it, nearer rings
     * first, the preferred side first within a ring), inside {@code container}'s interior; null when there
     * is none near.
     */
    Point findFree(String container, Point anchor, Side side) {
        Set<String> allowed = containers.withAncestors(container);
        Bounds inside = container.equals(LayoutContainers.CANVAS) ? null : interior(frames.get(container));
        for (int r = 0; r <= MAX_RING; r++) {
            boolean any = false;
            for (int[] cell : ring(side, r)) {
                double x = Math.rint(anchor.x() + cell[0] * AutoLayout.CELL_WIDTH);
                double y = Math.rint(anchor.y() + cell[1] * AutoLayout.CELL_HEIGHT);
                if (inside != null && (x < inside.x() || y < inside.y() || x + NODE_WIDTH > inside.x() + inside.width()
                        || y + NODE_HEIGHT > inside.y() + inside.height())) {
                    continue;
                }
                any = true;
                if (clear(x, y, NODE_WIDTH, NODE_HEIGHT, allowed)) {
                    return new Point(x, y);
                }
            }
            if (inside != null && !any && r > 0) {
                return null;
            }
        }
        return null;
    }

    /** Whether a rectangle (with {@link #CLEARANCE} around it) touches no node and no frame but {@code allowed}. */
    boolean clear(double x, double y, double w, double h, Set<String> allowed) {
        double x0 = x - CLEARANCE;
        double y0 = y - CLEARANCE;
        double x1 = x + w + CLEARANCE;
        double y1 = y + h + CLEARANCE;
        for (long bx = bucket(x0 - NODE_WIDTH); bx <= bucket(x1); bx++) {
            for (long by = bucket(y0 - NODE_HEIGHT); by <= bucket(y1); by++) {
                for (String id : buckets.getOrDefault(key(bx, by), List.of())) {
                    Point p = nodes.get(id);
                    if (p.x() < x1 && p.x() + NODE_WIDTH > x0 && p.y() < y1 && p.y() + NODE_HEIGHT > y0) {
                        return false;
                    }
                }
            }
        }
        for (Map.Entry<String, Bounds> frame : frames.entrySet()) {
            Bounds b = frame.getValue();
            if (b.x() < x1 && b.x() + b.width() > x0 && b.y() < y1 && b.y() + b.height() > y0
                    && !allowed.contains(frame.getKey())) {
                return false;
            }
        }
        return true;
    }

    /** Grows a frame (and the frames around it, as needed) downwards when the room below is free. */
    boolean growDown(String frame, double dy) {
        return grow(frame, dy, true);
    }

    /** Grows a frame (and the frames around it, as needed) to the right when the room there is free. */
    boolean growRight(String frame, double dx) {
        return grow(frame, dx, false);
    }

    private boolean grow(String frame, double by, boolean down) {
        if (!canGrow(frame, by, down)) {
            return false;
        }
        for (String at = frame; by > 0 && !at.equals(LayoutContainers.CANVAS); at = containers.parent(at)) {
            Bounds b = frames.get(at);
            frames.put(at, down ? new Bounds(b.x(), b.y(), b.width(), b.height() + by)
                    : new Bounds(b.x(), b.y(), b.width() + by, b.height()));
            String parent = containers.parent(at);
            if (!parent.equals(LayoutContainers.CANVAS)) {
                by = beyond(b, by, down, frames.get(parent));
            }
        }
        return true;
    }

    private boolean canGrow(String frame, double by, boolean down) {
        Bounds b = frames.get(frame);
        boolean free = down ? clear(b.x(), b.y() + b.height(), b.width(), by, containers.withAncestors(frame))
                : clear(b.x() + b.width(), b.y(), by, b.height(), containers.withAncestors(frame));
        if (!free) {
            return false;
        }
        String parent = containers.parent(frame);
        if (parent.equals(LayoutContainers.CANVAS)) {
            return true;
        }
        double need = beyond(b, by, down, frames.get(parent));
        return need <= 0 || canGrow(parent, need, down);
    }

    /** How far a frame grown by {@code by} would pass its parent's padding. */
    private static double beyond(Bounds b, double by, boolean down, Bounds parent) {
        return down ? b.y() + b.height() + by + AutoLayout.FRAME_PADDING - (parent.y() + parent.height())
                : b.x() + b.width() + by + AutoLayout.FRAME_PADDING - (parent.x() + parent.width());
    }

    /** Opens a strip {@code dy} high at {@code y}: what starts below moves down, what crosses it grows. */
    void insertRows(double y, double dy) {
        nodes.replaceAll((id, p) -> p.y() >= y ? new Point(p.x(), p.y() + dy) : p);
        frames.replaceAll((id, b) -> b.y() >= y ? new Bounds(b.x(), b.y() + dy, b.width(), b.height())
                : b.y() + b.height() > y ? new Bounds(b.x(), b.y(), b.width(), b.height() + dy) : b);
        rebuild();
    }

    /** Opens a strip {@code dx} wide at {@code x}: what starts right of it moves right, what crosses it widens. */
    void insertColumns(double x, double dx) {
        nodes.replaceAll((id, p) -> p.x() >= x ? new Point(p.x() + dx, p.y()) : p);
        frames.replaceAll((id, b) -> b.x() >= x ? new Bounds(b.x() + dx, b.y(), b.width(), b.height())
                : b.x() + b.width() > x ? new Bounds(b.x(), b.y(), b.width() + dx, b.height()) : b);
        rebuild();
    }

    private void index(String id) {
        Point p = nodes.get(id);
        buckets.computeIfAbsent(key(bucket(p.x()), bucket(p.y())), k -> new ArrayList<>()).add(id);
    }

    private static long bucket(double v) {
        return (long) Math.floor(v / BUCKET);
    }

    private static long key(long bx, long by) {
        return (bx << 32) ^ (by & 0xFFFFFFFFL);
    }

    /** The cells at ring {@code r} around an anchor, the preferred side first, then the nearer. */
    private static synchronized List<int[]> ring(Side side, int r) {
        List<List<int[]>> rings = RINGS.computeIfAbsent(side, s -> new ArrayList<>());
        while (rings.size() <= r) {
            int n = rings.size();
            List<int[]> cells = new ArrayList<>();
            for (int i = -n; i <= n; i++) {
                for (int j = -n; j <= n; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) == n) {
                        cells.add(new int[] {i, j});
                    }
                }
            }
            cells.sort(Comparator.comparingInt((int[] c) -> away(side, c)).thenComparingInt(c -> Math.abs(c[0]) + Math.abs(c[1]))
                    .thenComparingInt(c -> c[1]).thenComparingInt(c -> c[0]));
            rings.add(List.copyOf(cells));
        }
        return rings.get(r);
    }

    private static int away(Side side, int[] cell) {
        int along = switch (side) {
            case BELOW -> cell[1];
            case ABOVE -> -cell[1];
            case RIGHT -> cell[0];
            case LEFT -> -cell[0];
        };
        return along > 0 ? 0 : along == 0 ? 1 : 2;
    }
}
