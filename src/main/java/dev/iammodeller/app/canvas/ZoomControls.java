package dev.iammodeller.app.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The zoom buttons over the canvas: out, the current scale, in, and Fit. */
final class ZoomControls extends HBox {
    ZoomControls(DiagramCanvas canvas, Runnable fit) {
        super(4);
        setId("zoom-controls");
        getStyleClass().add("canvas-overlay");
        setAlignment(Pos.CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Button out = button("−", "zoom-out", "Zoom out (Ctrl+−)", () -> canvas.zoomBy(1 / 1.25));
        Button in = button("+", "zoom-in", "Zoom in (Ctrl++)", () -> canvas.zoomBy(1.25));
        Button all = button("Fit", "zoom-fit", "Show the whole model (Ctrl+0)", fit);
        Label scale = new Label();
        scale.setId("zoom-scale");
        scale.setMinWidth(44);
        scale.setAlignment(Pos.CENTER);
        scale.textProperty().bind(canvas.transformProperty().map(t -> Math.round(t.scale() * 100) + " %"));
        getChildren().addAll(out, scale, in, all);
    }

    /** A small button over (or above) the canvas that never takes the keyboard from it. */
    static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
