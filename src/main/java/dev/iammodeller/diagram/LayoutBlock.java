package dev.iammodeller.diagram;

import dev.iammodeller.model.Layout;
import java.util.HashMap;
import java.util.Map;

/**
 * A piece of a layout being built, in its own coordinates (its top-left corner is 0, 0): node positions,
 * frame bounds and its size. Blocks are placed inside bigger blocks until the canvas is one block.
 */
final class LayoutBlock {
    private final Map<String, Layout.Point> nodes = new HashMap<>();
    private final Map<String, Layout.Bounds> frames = new HashMap<>();
    private double width;
    private double height;

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    boolean isEmpty() {
        return nodes.isEmpty() && frames.isEmpty();
    }

    Map<String, Layout.Point> nodes() {
        return nodes;
    }

    Map<String, Layout.Bounds> frames() {
        return frames;
    }

    /** Grows the block to at least this size. */
    void extend(double atLeastWidth, double atLeastHeight) {
        width = Math.max(width, atLeastWidth);
        height = Math.max(height, atLeastHeight);
    }

    void node(String id, double x, double y) {
        nodes.put(id, new Layout.Point(x, y));
        extend(x + AutoLayout.NODE_WIDTH, y + AutoLayout.NODE_HEIGHT);
    }

    /** Copies another block's content into this one with its top-left corner at {@code dx, dy}. */
    void add(LayoutBlock other, double dx, double dy) {
        other.nodes.forEach((id, p) -> nodes.put(id, new Layout.Point(p.x() + dx, p.y() + dy)));
        other.frames.forEach((id, b) -> frames.put(id, new Layout.Bounds(b.x() + dx, b.y() + dy, b.width(), b.height())));
        extend(dx + other.width, dy + other.height);
    }

    /** This block as the content of frame {@code id}: a new block with the frame around it. */
    LayoutBlock framed(String id) {
        LayoutBlock frame = new LayoutBlock();
        double w = Math.max(width, AutoLayout.NODE_WIDTH) + 2 * AutoLayout.FRAME_PADDING;
        double h = AutoLayout.FRAME_HEADER + Math.max(height, AutoLayout.NODE_HEIGHT) + AutoLayout.FRAME_PADDING;
        frame.add(this, AutoLayout.FRAME_PADDING, AutoLayout.FRAME_HEADER);
        frame.frames.put(id, new Layout.Bounds(0, 0, w, h));
        frame.width = w;
        frame.height = h;
        return frame;
    }

    Layout toLayout() {
        return new Layout(nodes, frames);
    }
}
