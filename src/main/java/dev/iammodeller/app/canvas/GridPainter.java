package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.ViewTransform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The faint snapping grid, painted in screen space on one canvas: its cost depends on the window, not on
 * the model. When the grid would be denser than a few pixels it draws every fifth line only.
 */
final class GridPainter {
    private final Canvas canvas = new Canvas();
    private Color colour = Color.web("#eceef2");

    GridPainter() {
        canvas.setId("canvas-grid");
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
    }

    Node node() {
        return canvas;
    }

    void setColour(Color colour) {
        this.colour = colour;
    }

    void paint(double width, double height, ViewTransform t, Grid grid) {
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (grid == null) {
            return;
        }
        double step = grid.spacing() * t.scale();
        while (step < 14) {
            step *= 5;
        }
        g.setStroke(colour);
        g.setLineWidth(1);
        double startX = mod(t.translateX(), step);
        double startY = mod(t.translateY(), step);
        for (double x = startX; x < width; x += step) {
            g.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, height);
        }
        for (double y = startY; y < height; y += step) {
            g.strokeLine(0, Math.floor(y) + 0.5, width, Math.floor(y) + 0.5);
        }
    }

    private static double mod(double a, double b) {
        double r = a % b;
        return r < 0 ? r + b : r;
    }
}
