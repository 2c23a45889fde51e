package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Family;
import dev.iammodeller.diagram.Point;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** What the colours and lines mean: each edge style with its words, and the four families. */
final class Legend extends VBox {
    Legend() {
        super(3);
        setId("legend");
        getStyleClass().addAll("canvas-overlay", "legend", EdgeLayer.DETAILED);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label("Legend");
        title.getStyleClass().add("legend-title");
        getChildren().add(title);
        for (EdgeStyle style : EdgeStyles.all()) {
            Label text = new Label(style.label());
            text.setTooltip(new Tooltip(style.explanation()));
            HBox row = new HBox(8, sample(style), text);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        for (Family family : Family.values()) {
            Rectangle swatch = new Rectangle(12, 12);
            swatch.getStyleClass().addAll("legend-swatch", "family-" + family.cssName());
            HBox row = new HBox(8, swatch, new Label(family.name().charAt(0) + family.name().substring(1).toLowerCase()));
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }

    private static Group sample(EdgeStyle style) {
        Point tail = new Point(0, 6);
        Point tip = new Point(40, 6);
        Line line = new Line(tail.x(), tail.y(), tip.x(), tip.y());
        line.getStyleClass().add("edge-line");
        double[] points = Anchors.head(style.head(), tail, tip, 9);
        Shape head = style.head() == ArrowHead.FILLED || style.head() == ArrowHead.DIAMOND
                ? new Polygon(points) : new Polyline(points);
        head.getStyleClass().addAll("edge-head", "edge-head-" + style.head().name().toLowerCase(java.util.Locale.ROOT));
        Group g = new Group(line, head);
        g.getStyleClass().addAll("edge", style.cssName());
        return g;
    }
}
