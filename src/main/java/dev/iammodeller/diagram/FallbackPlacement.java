package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places what the layout does not: a node without a position goes to a free cell of the frame that holds
 * it (or to a block beside the drawing); a frame without bounds and without placed content is packed below
 * the drawing. Every frame then grows to hold its content. A stand-in until automatic layout runs.
 */
final class FallbackPlacement {
    static final double CELL_WIDTH = 220;
    static final double CELL_HEIGHT = 96;
    private static final double GAP = 60;

    private final IamModel model;
    private final Containment containment;
    private final Map<String, Rect> nodes;
    private final Map<String, Rect> stored;
    private final Map<String, Rect> frames = new HashMap<>();
    private final Map<String, Boolean> anchored = new HashMap<>();
    /** The organizations, units and accounts: asked of every child of every frame (a model's map is sorted, not hashed). */
    private final Set<String> frameIds = new HashSet<>();

    FallbackPlacement(IamModel model, Containment containment, Map<String, Rect> nodes, Map<String, Rect> stored) {
        this.model = model;
        this.containment = containment;
        this.nodes = nodes;
        this.stored = stored;
    }

    Map<String, Rect> place() {
        List<String> deepestFirst = new ArrayList<>();
        for (Entity e : model.entities().values()) {
            if (KindLooks.isFrame(e.kind())) {
                deepestFirst.add(e.id());
            }
        }
        frameIds.addAll(deepestFirst);
        deepestFirst.sort(Comparator.comparingInt(containment::depthOf).reversed());
        for (String frame : deepestFirst) {
            if (isAnchored(frame, new HashSet<>())) {
                fitAnchored(frame);
            }
        }
        Rect drawn = extent();
        double x = drawn == null ? 40 : drawn.x();
        double y = drawn == null ? 40 : drawn.maxY() + GAP;
        for (String frame : deepestFirst) {
            if (containment.parentOf(frame) == null && !frames.containsKey(frame)) {
                Rect packed = pack(frame, x, y);
                x = packed.maxX() + GAP;
            }
        }
        List<String> loose = new ArrayList<>();
        for (Entity e : model.entities().values()) {
            if (!KindLooks.isFrame(e.kind()) && !nodes.containsKey(e.id()) && containment.parentOf(e.id()) == null) {
                loose.add(e.id());
            }
        }
        if (!loose.isEmpty()) {
            drawn = extent();
            double left = drawn == null ? 40 : drawn.maxX() + GAP;
            double top = drawn == null ? 40 : drawn.y();
            grid(loose, left, top, Math.max(1, (int) Math.ceil(Math.sqrt(loose.size() / 2.0))));
        }
        return frames;
    }

    private boolean isAnchored(String frame, Set<String> seen) {
        Boolean known = anchored.get(frame);
        if (known != null) {
            return known;
        }
        boolean result = stored.containsKey(frame);
        if (seen.add(frame)) {
            for (String child : containment.childrenOf(frame)) {
                result |= nodes.containsKey(child) || (isFrameId(child) && isAnchored(child, seen));
            }
        }
        anchored.put(frame, result);
        return result;
    }

    /** A frame with a place: its loose nodes go to free cells inside it, its loose frames below its content. */
    private void fitAnchored(String frame) {
        Rect before = contentOf(frame);
        Rect area = stored.getOrDefault(frame, before == null ? null : Drawing.around(before));
        double originX = area.x() + Drawing.FRAME_PADDING;
        double originY = area.y() + Drawing.FRAME_HEADER;
        int columns = Math.max(1, (int) ((area.width() - 2 * Drawing.FRAME_PADDING + CELL_WIDTH - Drawing.NODE_WIDTH) / CELL_WIDTH));
        int cell = 0;
        for (String child : containment.childrenOf(frame)) {
            if (isFrameId(child) || nodes.containsKey(child)) {
                continue;
            }
            Rect box;
            do {
                box = new Rect(originX + (cell % columns) * CELL_WIDTH, originY + (cell / columns) * CELL_HEIGHT,
                        Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
                cell++;
            } while (overlapsChild(frame, box));
            nodes.put(child, box);
        }
        for (String child : containment.childrenOf(frame)) {
            if (isFrameId(child) && !frames.containsKey(child)) {
                Rect now = contentOf(frame);
                pack(child, originX, (now == null ? originY : now.maxY()) + GAP);
            }
        }
        // an empty frame keeps its stored bounds (growing them around themselves would inflate it at every drawing)
        Rect content = contentOf(frame);
        Rect fitted = content == null ? area : Drawing.around(content);
        frames.put(frame, stored.containsKey(frame) ? fitted.union(stored.get(frame)) : fitted);
    }

    /** A frame with nothing placed: its nodes in a grid under its title, its frames in a row below. */
    private Rect pack(String frame, double x, double y) {
        List<String> loose = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        for (String child : containment.childrenOf(frame)) {
            (isFrameId(child) ? inner : loose).add(child);
        }
        double top = y + Drawing.FRAME_HEADER;
        double left = x + Drawing.FRAME_PADDING;
        double bottom = grid(loose, left, top, loose.size() > 16 ? (int) Math.ceil(Math.sqrt(loose.size())) : 4);
        double innerX = left;
        double innerY = loose.isEmpty() ? top : bottom + GAP / 2;
        for (String child : inner) {
            if (!frames.containsKey(child)) {
                innerX = pack(child, innerX, innerY).maxX() + GAP / 2;
            }
        }
        Rect content = contentOf(frame);
        Rect result = content == null
                ? new Rect(x, y, Drawing.NODE_WIDTH + 2 * Drawing.FRAME_PADDING,
                        Drawing.FRAME_HEADER + Drawing.NODE_HEIGHT + Drawing.FRAME_PADDING)
                : Drawing.around(content);
        frames.put(frame, result);
        return result;
    }

    /** Places ids in a grid from (x, y); returns the bottom of the last row. */
    private double grid(List<String> ids, double x, double y, int columns) {
        double bottom = y;
        for (int i = 0; i < ids.size(); i++) {
            Rect box = new Rect(x + (i % columns) * CELL_WIDTH, y + (i / columns) * CELL_HEIGHT,
                    Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
            nodes.put(ids.get(i), box);
            bottom = box.maxY();
        }
        return bottom;
    }

    private boolean overlapsChild(String frame, Rect box) {
        for (String child : containment.childrenOf(frame)) {
            Rect r = nodes.containsKey(child) ? nodes.get(child) : frames.get(child);
            if (r != null && r.intersects(box.grow(4))) {
                return true;
            }
        }
        return false;
    }

    private Rect contentOf(String frame) {
        Rect all = null;
        for (String child : containment.childrenOf(frame)) {
            Rect r = nodes.containsKey(child) ? nodes.get(child) : frames.get(child);
            if (r != null) {
                all = all == null ? r : all.union(r);
            }
        }
        return all;
    }

    private Rect extent() {
        Rect all = null;
        for (Rect r : nodes.values()) {
            all = all == null ? r : all.union(r);
        }
        for (Rect r : frames.values()) {
            all = all == null ? r : all.union(r);
        }
        return all;
    }

    private boolean isFrameId(String id) {
        return frameIds.contains(id);
    }
}
