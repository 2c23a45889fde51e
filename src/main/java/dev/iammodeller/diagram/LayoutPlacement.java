package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Places what is new in one container for {@link IncrementalLayout}: a new node at the free place nearest its
 * {@link NodeAnchor} inside the container; what finds none (and every new frame, a block laid out from
 * scratch) in rows under the container's content, the container growing to hold them (see
 * {@link #placeInFrame}); on the canvas, under everything.
 */
final class LayoutPlacement {
    /** A node to place, or a new frame laid out from scratch ({@code block}). */
    record Item(Entity entity, LayoutBlock block) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparingInt((Item item) -> item.block() == null ? 0 : 1)
            .thenComparingInt(item -> AccountBands.bandOf(item.entity().kind()))
            .thenComparing(Item::entity, LayoutContainers.BY_NAME);

    private final LayoutContainers containers;
    private final Map<String, Point> nodes;
    private final Map<String, Bounds> frames;
    private final LayoutSpace space;
    private final NodeAnchor anchors;

    LayoutPlacement(LayoutContainers containers, Map<String, Point> nodes, Map<String, Bounds> frames) {
        this.containers = containers;
        this.nodes = nodes;
        this.frames = frames;
        this.space = new LayoutSpace(nodes, frames, containers);
        this.anchors = new NodeAnchor(containers, nodes, frames);
    }

    void place(String container, List<Item> items) {
        items.sort(ORDER);
        List<Item> rows = new ArrayList<>();
        boolean full = false;
        for (Item item : items) {
            Point at = null;
            if (item.block() == null && !full) {
                NodeAnchor.Anchor anchor = anchors.of(item.entity(), container);
                at = space.findFree(container, anchor.point(), anchor.side());
                full = at == null;
            }
            if (at == null) {
                rows.add(item);
            } else {
                space.addNode(item.entity().id(), at);
                anchors.placed(item.entity(), container);
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
            LayoutBlock block = item.block();
            if (block == null) {
                block = new LayoutBlock();
                block.node(item.entity().id(), 0, 0);
            }
            blocks.add(block);
        }
        if (!container.equals(LayoutContainers.CANVAS)) {
            placeInFrame(container, blocks);
            return;
        }
        LayoutBlock rows = FramePacking.packToShape(blocks, AutoLayout.VIEW_ASPECT);
        double[] all = everything();
        put(rows, all == null ? 0 : all[0], all == null ? 0 : all[3] + AutoLayout.FRAME_GAP);
    }

    /**
     * Blocks under a frame's content if the frame can grow down into free room, else in columns right of
     * its content (as few as its height holds) if it can grow right, else under its content with a strip of the canvas opened for them.
     */
    private void placeInFrame(String container, List<LayoutBlock> blocks) {
        Bounds frame = frames.get(container);
        Bounds inside = LayoutSpace.interior(frame);
        double[] box = contentBox(containers, nodes, frames, container, frame);
        double below = box == null ? inside.y() : box[3] + AutoLayout.BAND_GAP;
        LayoutBlock rows = FramePacking.pack(blocks, inside.width());
        double dy = below + rows.height() - (inside.y() + inside.height());
        if (rows.width() <= inside.width() && (dy <= 0 || space.growDown(container, dy))) {
            put(rows, inside.x(), below);
            return;
        }
        LayoutBlock column = columnsBeside(blocks, inside.height());
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

    /** The blocks in the fewest columns no taller than {@code height} (one column when even that is taller). */
    private static LayoutBlock columnsBeside(List<LayoutBlock> blocks, double height) {
        double widest = 0;
        for (LayoutBlock block : blocks) {
            widest = Math.max(widest, block.width());
        }
        LayoutBlock one = FramePacking.pack(blocks, 0);
        LayoutBlock packed = one;
        for (int columns = Math.max(2, (int) Math.ceil(one.height() / height)); packed.height() > height
                && columns <= blocks.size(); columns++) {
            packed = FramePacking.pack(blocks, columns * (widest + AutoLayout.FRAME_GAP));
        }
        return packed.height() > height ? one : packed;
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
    /**
     * Left, top, right, bottom of what a container holds and has a place for (only what lies inside
     * {@code within}, when given: an SCP drawn beside its unit is not its content); null when nothing.
     */
    static double[] contentBox(LayoutContainers containers, Map<String, Point> nodes, Map<String, Bounds> frames,
                               String container, Bounds within) {
        double[] box = null;
        for (Entity node : containers.nodes(container)) {
            Point p = nodes.get(node.id());
            if (p != null && (within == null || p.x() >= within.x() && p.y() >= within.y()
                    && p.x() + AutoLayout.NODE_WIDTH <= within.x() + within.width()
                    && p.y() + AutoLayout.NODE_HEIGHT <= within.y() + within.height())) {
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

}
