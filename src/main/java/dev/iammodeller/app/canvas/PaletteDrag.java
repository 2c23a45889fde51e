package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.PaletteItem;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Makes a palette entry draggable onto the canvas: press, drag (a ghost shows where it will land), release
 * over the canvas to create. A plain mouse gesture, so it behaves the same everywhere (and in tests).
 */
final class PaletteDrag {
    private PaletteDrag() {
    }

    static void install(Node entry, Supplier<PaletteItem> item, CanvasEditor canvas) {
        entry.setCursor(Cursor.OPEN_HAND);
        entry.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown() && item.get() != null) {
                entry.setCursor(Cursor.CLOSED_HAND);
                canvas.previewDrop(e.getSceneX(), e.getSceneY());
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            entry.setCursor(Cursor.OPEN_HAND);
            canvas.clearDropPreview();
            PaletteItem chosen = item.get();
            if (e.getButton() == MouseButton.PRIMARY && chosen != null && canvas.isOverCanvas(e.getSceneX(), e.getSceneY())) {
                canvas.drop(chosen, e.getSceneX(), e.getSceneY());
            }
        });
    }
}
