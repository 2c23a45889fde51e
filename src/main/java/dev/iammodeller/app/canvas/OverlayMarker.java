package dev.iammodeller.app.canvas;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * What a marker drawn over the canvas (an escalation badge, a comment's number) does: its tooltip, wrapped; a
 * press on it kept from the canvas, so it starts no drag; a primary click runs its action.
 */
public final class OverlayMarker {
    private OverlayMarker() {
    }

    public static void install(Node marker, String tooltip, Runnable clicked) {
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(marker, tip);
        marker.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        marker.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        marker.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                clicked.run();
            }
            event.consume();
        });
    }
}
