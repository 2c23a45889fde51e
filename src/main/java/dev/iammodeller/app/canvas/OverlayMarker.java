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
        Tooltip.install(marker, tooltip(tooltip));
        clicks(marker, clicked);
    }

    /**
     * The same, with the tooltip made when the pointer first comes over the marker: for markers by the thousand
     * (the count badges of a large model), where a tooltip each would cost seconds at open. Returns what to run when
     * what the tooltip says has changed: it is made again when the pointer next comes over the marker.
     */
    public static Runnable installLazily(Node marker, java.util.function.Supplier<String> tooltip, Runnable clicked) {
        TooltipOnHover hover = new TooltipOnHover(marker, () -> tooltip(tooltip.get()));
        clicks(marker, clicked);
        return hover::stale;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    private static void clicks(Node marker, Runnable clicked) {
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
