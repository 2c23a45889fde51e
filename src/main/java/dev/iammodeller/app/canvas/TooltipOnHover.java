package dev.iammodeller.app.canvas;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A node's tooltip made when the pointer comes over the node, and made again there once {@link #stale}: for nodes by
 * the thousand (badges, explained views of a large model), where a tooltip each, a popup with a scene of its own,
 * would cost the window seconds.
 */
final class TooltipOnHover {
    private boolean stale = true;

    TooltipOnHover(Node node, Supplier<Tooltip> make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (stale) {
                stale = false;
                Tooltip.install(node, make.get());
            }
        });
    }

    /** What the tooltip says has changed: it is made again when the pointer next comes over the node. */
    void stale() {
        stale = true;
    }
}
