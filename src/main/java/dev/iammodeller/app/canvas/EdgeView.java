package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.ModelEdge;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;

/** One edge: a line between two shapes' borders and the head its kind ends with, styled by the stylesheet. */
final class EdgeView extends Group {
    private static final double HEAD = 11;
    private final ModelEdge edge;
    private final EdgeStyle style;
    private final Line line = new Line();
    private final Shape head;

    EdgeView(ModelEdge edge) {
        this.edge = edge;
        this.style = EdgeStyles.of(edge.kind());
        getStyleClass().addAll("edge", style.cssName());
        line.getStyleClass().add("edge-line");
        head = style.head() == ArrowHead.FILLED || style.head() == ArrowHead.DIAMOND ? new Polygon() : new Polyline();
        head.getStyleClass().addAll("edge-head", "edge-head-" + style.head().name().toLowerCase(java.util.Locale.ROOT));
        getChildren().addAll(line, head);
        setMouseTransparent(true);
    }

    ModelEdge edge() {
        return edge;
    }

    /** Draws the edge between these two shapes. */
    void connect(Rect from, Rect to) {
        Point[] ends = Anchors.between(from, to);
        line.setStartX(ends[0].x());
        line.setStartY(ends[0].y());
        line.setEndX(ends[1].x());
        line.setEndY(ends[1].y());
        double[] points = Anchors.head(style.head(), ends[0], ends[1], HEAD);
        Double[] boxed = new Double[points.length];
        for (int i = 0; i < points.length; i++) {
            boxed[i] = points[i];
        }
        if (head instanceof Polygon polygon) {
            polygon.getPoints().setAll(boxed);
        } else {
            ((Polyline) head).getPoints().setAll(boxed);
        }
    }
}
