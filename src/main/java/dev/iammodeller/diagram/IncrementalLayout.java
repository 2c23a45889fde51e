package dev.iammodeller.diagram;

import static dev.iammodeller.diagram.AutoLayout.FRAME_HEADER;
import static dev.iammodeller.diagram.AutoLayout.FRAME_PADDING;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link AutoLayout#arrange}: keeps what a previous layout placed, fits each frame around what it kept
 * (growing it, never shrinking it), and places what is new: a new frame whose content is all new is laid
 * out from scratch as one block; a new node goes to the free place nearest what it is related to (a user
 * under its group, an inline policy right of its owner, compute left of its role, a policy under what it
 * is attached to, else beside a node of its kind) inside its container. What finds no free place goes in
 * rows under the container's content, the container growing to hold them.
 */
final class IncrementalLayout {
    private static final Comparator<Item> ORDER = Comparator.comparingInt((Item item) -> item.block == null ? 0 : 1)
            .thenComparingInt(item -> AccountBands.bandOf(item.entity.kind()))
            .thenComparing(item -> item.entity, LayoutContainers.BY_NAME);

    private final LayoutContainers containers;
    private final Map<String, Point> nodes = new HashMap<>();
    private final Map<String, Bounds> frames = new HashMap<>();
    private final Set<String> kept = new HashSet<>();
    private final Map<String, List<Item>> pending = new HashMap<>();
    private LayoutSpace space;
    private NodeAnchor anchors;

    /** A node to place, or a new frame laid out from scratch ({@code block}). */
    private record Item(Entity entity, LayoutBlock block) {
    }

    IncrementalLayout(LayoutContainers containers) {
        this.containers = containers;
    }

    Layout arrange(Layout previous) {
        for (Entity entity : containers.model().entities().values()) {
            if (AutoLayout.isFrame(entity.kind())) {
                Bounds bounds = previous.frames().get(entity.id());
                if (bounds != null) {
                    frames.put(entity.id(), bounds);
                }
            } else {
                Point point = previous.nodes().get(entity.id());
                if (point != null) {
                    nodes.put(entity.id(), point);
                }
            }
        }
        if (nodes.isEmpty() && frames.isEmpty()) {
            return new LayoutFromScratch(containers).layout();
        }
        LayoutFromScratch scratch = new LayoutFromScratch(containers);
        for (String frame : containers.postOrder()) {
            if (keepsSomething(frame)) {
                kept.add(frame);
            }
        }
        for (String frame : containers.postOrder()) {
            if (kept.contains(frame)) {
                fit(frame);
            } else if (isKept(containers.parent(frame))) {
                pending(containers.parent(frame)).add(new Item(containers.entity(frame), scratch.frame(frame)));
            }
        }
        for (Entity entity : containers.model().entities().values()) {
            String home = AutoLayout.isFrame(entity.kind()) ? null : containers.home(entity.id());
            if (home != null && !nodes.containsKey(entity.id()) && isKept(home)) {
                pending(home).add(new Item(entity, null));
            }
        }
        space = new LayoutSpace(nodes, frames, containers);
        anchors = new NodeAnchor(containers, nodes, frames);
        List<String> order = new ArrayList<>(containers.postOrder());
        order.add(LayoutContainers.CANVAS);
        for (String container : order) {
            List<Item> items = pending.get(container);
            if (items != null) {
                items.sort(ORDER);
                place(container, items);
            }
        }
        return new Layout(nodes, frames);
    }

    private boolean isKept(String container) {
        return container.equals(LayoutContainers.CANVAS) || kept.contains(container);
    }

    private List<Item> pending(String container) {
        return pending.computeIfAbsent(container, k -> new ArrayList<>());
    }

    private boolean keepsSomething(String frame) {
        if (frames.containsKey(frame)) {
            return true;
        }
        for (Entity node : containers.nodes(frame)) {
            if (nodes.containsKey(node.id())) {
                return true;
            }
        }
        for (String inner : containers.frames(frame)) {
            if (kept.contains(inner)) {
                return true;
            }
        }
        return false;
    }

    /** The frame grown (or, new, made) to hold what it kept, with room for its title and padding. */
    private void fit(String frame) {
        double[] box = contentBox(frame);
        if (box == null) {
            return;
        }
        Bounds need = new Bounds(box[0] - FRAME_PADDING, box[1] - FRAME_HEADER, box[2] - box[0] + 2 * FRAME_PADDING,
                box[3] - box[1] + FRAME_HEADER + FRAME_PADDING);
        Bounds had = frames.get(frame);
        if (had == null) {
            frames.put(frame, need);
        } else {
            double x = Math.min(had.x(), need.x());
            double y = Math.min(had.y(), need.y());
            frames.put(frame, new Bounds(x, y, Math.max(had.x() + had.width(), need.x() + need.width()) - x,
                    Math.max(had.y() + had.height(), need.y() + need.height()) - y));
        }
    }

    /** Left, top, right, bottom of what a container holds and has a place for; null when nothing. */
    private double[] contentBox(String container) {
        double[] box = null;
        for (Entity node : containers.nodes(container)) {
            Point p = nodes.get(node.id());
            if (p != null) {
                box = include(box, p.x(), p.y(), p.x() + AutoLayout.NODE_WIDTH, p.y() + AutoLayout.NODE_HEIGHT);
            }
        }
        for (String inner : containers.frames(container)) {
            Bounds b = frames.get(inner);
            if (b != null) {
                box = include(box, b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
            }
        }
        return box;
    }

    private static double[] include(double[] box, double left, double top, double right, double bottom) {
        if (box == null) {
            return new double[] {left, top, right, bottom};
        }
        box[0] = Math.min(box[0], left);
        box[1] = Math.min(box[1], top);
        box[2] = Math.max(box[2], right);
        box[3] = Math.max(box[3], bottom);
        return box;
    }

    private void place(String container, List<Item> items) {
        List<Item> rows = new ArrayList<>();
        boolean full = false;
        for (Item item : items) {
            Point at = null;
            if (item.block == null && !full) {
                NodeAnchor.Anchor anchor = anchors.of(item.entity, container);
                at = space.findFree(container, anchor.point(), anchor.side());
                full = at == null;
            }
            if (at == null) {
                rows.add(item);
            } else {
                space.addNode(item.entity.id(), at);
                anchors.placed(item.entity, container);
            }
        }
        if (!rows.isEmpty()) {
            placeInRows(container, rows);
        }
    }

    /** Items that found no free place: in rows under a frame's content (see below), or under everything on the canvas. */
    private void placeInRows(String container, List<Item> items) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Item item : items) {
            LayoutBlock block = item.block;
            if (block == null) {
                block = new LayoutBlock();
                block.node(item.entity.id(), 0, 0);
            }
            blocks.add(block);
        }
        if (!container.equals(LayoutContainers.CANVAS)) {
            placeInFrame(container, blocks);
            return;
        }
        LayoutBlock rows = FramePacking.pack(blocks, FramePacking.rowWidth(blocks));
        double[] all = everything();
        put(rows, all == null ? 0 : all[0], all == null ? 0 : all[3] + AutoLayout.FRAME_GAP);
    }

    /**
     * Blocks under a frame's content if the frame can grow down into free room, else in a column right of
     * its content if it can grow right, else under its content with a strip of the canvas opened for them.
     */
    private void placeInFrame(String container, List<LayoutBlock> blocks) {
        Bounds frame = frames.get(container);
        Bounds inside = LayoutSpace.interior(frame);
        double[] box = contentBox(container);
        double below = box == null ? inside.y() : box[3] + AutoLayout.BAND_GAP;
        LayoutBlock rows = FramePacking.pack(blocks, inside.width());
        double dy = below + rows.height() - (inside.y() + inside.height());
        if (rows.width() <= inside.width() && (dy <= 0 || space.growDown(container, dy))) {
            put(rows, inside.x(), below);
            return;
        }
        LayoutBlock column = FramePacking.pack(blocks, 0);
        if (box != null && column.height() <= inside.height()) {
            double right = box[2] + AutoLayout.FRAME_GAP;
            double dx = right + column.width() - (inside.x() + inside.width());
            if (dx <= 0 || space.growRight(container, dx)) {
                put(column, right, inside.y());
                return;
            }
        }
        if (rows.width() > inside.width()) {
            space.insertColumns(inside.x() + inside.width(), rows.width() - inside.width());
        }
        if (dy > 0) {
            space.insertRows(inside.y() + inside.height(), dy);
        }
        put(rows, inside.x(), below);
    }

    private void put(LayoutBlock block, double x, double y) {
        block.nodes().forEach((id, p) -> nodes.put(id, new Point(p.x() + x, p.y() + y)));
        block.frames().forEach((id, b) -> frames.put(id, new Bounds(b.x() + x, b.y() + y, b.width(), b.height())));
        space.rebuild();
    }

    private double[] everything() {
        double[] box = null;
        for (Point p : nodes.values()) {
            box = include(box, p.x(), p.y(), p.x() + AutoLayout.NODE_WIDTH, p.y() + AutoLayout.NODE_HEIGHT);
        }
        for (Bounds b : frames.values()) {
            box = include(box, b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
        }
        return box;
    }
}
