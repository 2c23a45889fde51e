package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.ModelEdge;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The edges: one path for the lines and one for the heads of each kind of edge, each edge a few elements
 * of them. Thousands of edges are then a dozen shapes to draw (separate shapes cost most of a frame), and
 * moving a node changes only the coordinates of its edges' elements.
 */
final class EdgeLayer {
    private static final double HEAD = 11;
    static final String DETAILED = "edges-detailed";
    private final Group group = new Group();
    private final Map<ModelEdge.Kind, Path> lines = new EnumMap<>(ModelEdge.Kind.class);
    private final Map<ModelEdge.Kind, Path> heads = new EnumMap<>(ModelEdge.Kind.class);
    private final Map<ModelEdge, Shape> shapes = new HashMap<>();

    /** The elements of one edge: its line and its head. */
    private record Shape(EdgeStyle style, MoveTo start, LineTo end, List<PathElement> head) {
    }

    EdgeLayer() {
        group.setId("layer-edges");
        group.setMouseTransparent(true);
        group.getStyleClass().add(DETAILED);
        for (EdgeStyle style : EdgeStyles.all()) {
            Path line = new Path();
            line.getStyleClass().add("edge-line");
            Path head = new Path();
            head.getStyleClass().addAll("edge-head", "edge-head-" + style.head().name().toLowerCase(Locale.ROOT));
            Group kind = new Group(line, head);
            kind.getStyleClass().addAll("edge", style.cssName());
            kind.setId("edges-" + style.cssName().substring("edge-".length()));
            lines.put(style.kind(), line);
            heads.put(style.kind(), head);
            group.getChildren().add(kind);
        }
    }

    /**
     * Zoomed out, edges are drawn plain: no dashes (a dash shorter than a pixel costs as much as a line) and no
     * heads (too small to see). The stylesheet dashes only edges under {@code .edges-detailed}.
     */
    void setDetailed(boolean detailed) {
        if (detailed) {
            group.getStyleClass().add(DETAILED);
        } else {
            group.getStyleClass().remove(DETAILED);
        }
        heads.values().forEach(head -> head.setVisible(detailed));
    }

    Group node() {
        return group;
    }

    int size() {
        return shapes.size();
    }

    boolean contains(ModelEdge edge) {
        return shapes.containsKey(edge);
    }

    void add(ModelEdge edge) {
        EdgeStyle style = EdgeStyles.of(edge.kind());
        int corners = style.head() == ArrowHead.DIAMOND ? 4 : style.head() == ArrowHead.BAR ? 2 : 3;
        List<PathElement> head = new ArrayList<>();
        head.add(new MoveTo());
        for (int i = 1; i < corners; i++) {
            head.add(new LineTo());
        }
        if (style.head() == ArrowHead.FILLED || style.head() == ArrowHead.DIAMOND) {
            head.add(new ClosePath());
        }
        Shape shape = new Shape(style, new MoveTo(), new LineTo(), head);
        shapes.put(edge, shape);
        lines.get(edge.kind()).getElements().addAll(shape.start(), shape.end());
        heads.get(edge.kind()).getElements().addAll(head);
    }

    void remove(ModelEdge edge) {
        Shape shape = shapes.remove(edge);
        if (shape != null) {
            lines.get(edge.kind()).getElements().removeAll(shape.start(), shape.end());
            heads.get(edge.kind()).getElements().removeAll(shape.head());
        }
    }

    /** Draws the edge between two shapes, or hides it (zero length) when one is missing. */
    void connect(ModelEdge edge, Rect from, Rect to) {
        Shape shape = shapes.get(edge);
        if (shape == null) {
            return;
        }
        if (from == null || to == null) {
            Point nowhere = new Point(0, 0);
            set(shape.start(), shape.end(), nowhere, nowhere);
            for (PathElement e : shape.head()) {
                move(e, 0, 0);
            }
            return;
        }
        Point[] ends = Anchors.between(from, to);
        set(shape.start(), shape.end(), ends[0], ends[1]);
        double[] points = Anchors.head(shape.style().head(), ends[0], ends[1], HEAD);
        for (int i = 0; i * 2 < points.length; i++) {
            move(shape.head().get(i), points[2 * i], points[2 * i + 1]);
        }
    }

    private static void set(MoveTo start, LineTo end, Point a, Point b) {
        start.setX(a.x());
        start.setY(a.y());
        end.setX(b.x());
        end.setY(b.y());
    }

    private static void move(PathElement element, double x, double y) {
        if (element instanceof MoveTo m) {
            m.setX(x);
            m.setY(y);
        } else if (element instanceof LineTo l) {
            l.setX(x);
            l.setY(y);
        }
    }
}
