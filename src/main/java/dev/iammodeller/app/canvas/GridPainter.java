package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.ViewTransform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The faint snapping grid, painted in screen space on one canvas: its cost depends on the window, not on
 * the model. When the grid would be denser than a few pixels it draws every fifth line only. The canvas is
 * one grid step larger than the window and painted only when the size, spacing or colour change; a pan
 * just moves it (a stroked line costs the software renderer as much as a shape, a moved picture a copy).
 */
final class GridPainter {
    private final Canvas canvas = new Canvas();
    private Color colour = Color.web("#eceef2");
    private String painted = "";

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
        double step = grid == null ? 0 : grid.spacing() * t.scale();
        while (grid != null && step < 14) {
            step *= 5;
        }
        String wanted = width + "x" + height + "/" + step + "/" + colour;
        if (!wanted.equals(painted)) {
            repaint(width, height, step);
            painted = wanted;
        }
        if (step > 0) {
            canvas.setTranslateX(Math.floor(mod(t.translateX(), step) - step));
            canvas.setTranslateY(Math.floor(mod(t.translateY(), step) - step));
        }
    }

    private void repaint(double width, double height, double step) {
        double w = width + step + 1;
        double h = height + step + 1;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (step <= 0) {
            return;
        }
        g.setFill(colour);
        for (double x = step; x < w; x += step) {
            g.fillRect(Math.floor(x), 0, 1, h);
        }
        for (double y = step; y < h; y += step) {
            g.fillRect(0, Math.floor(y), w, 1);
        }
    }

    private static double mod(double a, double b) {
        double r = a % b;
        return r < 0 ? r + b : r;
    }
}
