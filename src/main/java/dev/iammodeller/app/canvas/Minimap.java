package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.ViewTransform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The whole drawing in small, with the part in view as a rectangle; dragging on it moves the view. The
 * picture is repainted when the model changes, the rectangle when the view moves.
 */
final class Minimap extends Pane {
    static final double WIDTH = 200;
    static final double HEIGHT = 140;
    private final Canvas picture = new Canvas(WIDTH, HEIGHT);
    private final Rectangle viewport = new Rectangle();
    private final DiagramCanvas canvas;
    private ViewTransform map = ViewTransform.IDENTITY;
    private Color nodeColour = Color.web("#94a3b8");
    private Color frameColour = Color.web("#c4b5fd");

    Minimap(DiagramCanvas canvas) {
        this.canvas = canvas;
        setId("minimap");
        getStyleClass().addAll("canvas-overlay", "minimap");
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        viewport.setId("minimap-viewport");
        viewport.getStyleClass().add("minimap-viewport");
        viewport.setMouseTransparent(true);
        getChildren().addAll(picture, viewport);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    void setColours(Color nodes, Color frames) {
        nodeColour = nodes;
        frameColour = frames;
    }

    /** Paints the drawing small. */
    void paint(Drawing drawing) {
        map = ViewTransform.fit(drawing.extent().grow(40), WIDTH, HEIGHT, 4);
        GraphicsContext g = picture.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(frameColour);
        for (Rect frame : drawing.frames().values()) {
            Rect r = map.toScreen(frame);
            g.strokeRect(r.x(), r.y(), r.width(), r.height());
        }
        g.setFill(nodeColour);
        for (Rect node : drawing.nodes().values()) {
            Rect r = map.toScreen(node);
            g.fillRect(r.x(), r.y(), Math.max(1, r.width()), Math.max(1, r.height()));
        }
        showViewport();
    }

    /** Moves the rectangle to the part of the world in view. */
    void showViewport() {
        Rect r = map.toScreen(canvas.visibleWorld());
        double x = Math.max(0, r.x());
        double y = Math.max(0, r.y());
        viewport.setX(x);
        viewport.setY(y);
        viewport.setWidth(Math.max(2, Math.min(WIDTH, r.maxX()) - x));
        viewport.setHeight(Math.max(2, Math.min(HEIGHT, r.maxY()) - y));
    }

    private void moveView(MouseEvent e) {
        canvas.centreOn(map.toWorld(new Point(e.getX(), e.getY())));
        e.consume();
    }
}
