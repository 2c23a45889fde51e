package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every entity of a model is drawn: a box per node and a rectangle per frame (account, unit, root).
 * Positions come from the model's layout; what has none gets a place from {@link FallbackPlacement}; a frame
 * always grows to hold its content. A value: recomputed for each model, compared to see what moved.
 */
public final class Drawing {
    public static final double NODE_WIDTH = AutoLayout.NODE_WIDTH;
    public static final double NODE_HEIGHT = AutoLayout.NODE_HEIGHT;
    /** Room inside a frame's sides and bottom (one geometry for layout and drawing: {@link AutoLayout}'s). */
    public static final double FRAME_PADDING = AutoLayout.FRAME_PADDING;
    /** From a frame's top to its content: its title band and the padding below it. */
    public static final double FRAME_HEADER = AutoLayout.FRAME_HEADER;

    private final Map<String, Rect> nodes;
    private final Map<String, Rect> frames;
    private final Containment containment;
    /** How its edges keep off its boxes: indexed when first asked (a value, so the same for whoever asks). */
    private volatile EdgeRoutes routes;

    Drawing(Map<String, Rect> nodes, Map<String, Rect> frames, Containment containment) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.frames = Collections.unmodifiableMap(frames);
        this.containment = containment;
    }

    public static Drawing of(IamModel model) {
        Containment containment = Containment.of(model);
        Map<String, Rect> nodes = new LinkedHashMap<>();
        Map<String, Rect> stored = new HashMap<>();
        Layout layout = model.layout();
        for (Entity entity : model.entities().values()) {
            if (KindLooks.isFrame(entity.kind())) {
                Layout.Bounds b = layout.frames().get(entity.id());
                if (b != null) {
                    stored.put(entity.id(), Rect.of(b));
                }
            } else {
                Layout.Point p = layout.nodes().get(entity.id());
                if (p != null) {
                    nodes.put(entity.id(), new Rect(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT));
                }
            }
        }
        Map<String, Rect> frames = new FallbackPlacement(model, containment, nodes, stored).place();
        return new Drawing(nodes, frames, containment);
    }

    /** The rectangle a frame needs around its content ({@code header} on top, padding on the other sides). */
    static Rect around(Rect content) {
        return new Rect(content.x() - FRAME_PADDING, content.y() - FRAME_HEADER,
                content.width() + 2 * FRAME_PADDING, content.height() + FRAME_HEADER + FRAME_PADDING);
    }

    public Map<String, Rect> nodes() {
        return nodes;
    }

    public Map<String, Rect> frames() {
        return frames;
    }

    public Containment containment() {
        return containment;
    }

    /** The courses of edges among this drawing's boxes, each edge kept off the boxes it does not connect. */
    public EdgeRoutes routes() {
        EdgeRoutes known = routes;
        if (known == null) {
            known = new EdgeRoutes(nodes);
            routes = known;
        }
        return known;
    }

    /** The course of an edge between two shapes of this drawing ({@link #routes}); null when one is not drawn. */
    public java.util.List<Point> course(String fromId, String toId) {
        Rect from = shape(fromId);
        Rect to = shape(toId);
        return from == null || to == null ? null : routes().between(fromId, from, toId, to);
    }

    /**
     * The course of each edge, in order (null where an end is not drawn), worked out on every core: a picture of a large
     * model draws thousands.
     */
    public java.util.List<java.util.List<Point>> courses(java.util.List<dev.iammodeller.model.ModelEdge> edges) {
        routes(); // made once, before the threads ask for it
        return edges.parallelStream().map(edge -> course(edge.from(), edge.to()))
                .collect(java.util.stream.Collectors.toList());
    }

    /**
     * The box of a node with the boxes of the nodes these edges connect it to, nearest first, as many as fit together
     * within nine tenths of a view this wide and high: what revealing the node (`--select`) brings into view with
     * it. Frames are left out; the node alone when nothing fits with it.
     */
    public Rect withNeighbours(String id, java.util.Collection<dev.iammodeller.model.ModelEdge> edges, double width,
                               double height) {
        Rect node = nodes.get(id);
        if (node == null) {
            return shape(id);
        }
        java.util.List<Rect> near = new java.util.ArrayList<>();
        for (dev.iammodeller.model.ModelEdge edge : edges) {
            String other = edge.from().equals(id) ? edge.to() : edge.to().equals(id) ? edge.from() : null;
            Rect box = other == null ? null : nodes.get(other);
            if (box != null) {
                near.add(box);
            }
        }
        near.sort(java.util.Comparator.comparingDouble(box -> box.centre().distance(node.centre())));
        Rect around = node;
        for (Rect box : near) {
            Rect with = around.union(box);
            if (with.width() <= 0.9 * width && with.height() <= 0.9 * height) {
                around = with;
            }
        }
        return around;
    }

    /** The box of a node or the rectangle of a frame, or null. */
    public Rect shape(String id) {
        Rect r = nodes.get(id);
        return r != null ? r : frames.get(id);
    }

    /** Everything drawn, or an empty rectangle at the origin. */
    public Rect extent() {
        Rect extent = Rect.enclosing(java.util.Arrays.asList(Rect.enclosing(nodes.values()), Rect.enclosing(frames.values())));
        return extent == null ? new Rect(0, 0, 0, 0) : extent;
    }

    /** The node under a point, or null. */
    public String nodeAt(Point p) {
        String hit = null;
        for (Map.Entry<String, Rect> e : nodes.entrySet()) {
            if (e.getValue().contains(p)) {
                hit = e.getKey();
            }
        }
        return hit;
    }

    /** The innermost frame under a point, or null. */
    public String frameAt(Point p) {
        return frames.entrySet().stream().filter(e -> e.getValue().contains(p))
                .max(Comparator.comparingInt(e -> containment.depthOf(e.getKey())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The node, or else the innermost frame, under a point, or null. */
    public String shapeAt(Point p) {
        String node = nodeAt(p);
        return node != null ? node : frameAt(p);
    }

    /**
     * What a rubber band selects: the nodes it touches, and the frames it holds whole (touching a frame's
     * edge while sweeping over its content should not select the frame).
     */
    public List<String> hits(Rect band) {
        List<String> out = new java.util.ArrayList<>();
        nodes.forEach((id, r) -> {
            if (band.intersects(r)) {
                out.add(id);
            }
        });
        frames.forEach((id, r) -> {
            if (band.contains(r)) {
                out.add(id);
            }
        });
        return out;
    }
}
