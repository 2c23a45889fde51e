package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.ViewTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * What is drawn over the canvas (the minimap, the legends) lets the selection and what it reaches show through: while
 * one of them lies under an overlay, the overlay is drawn faint, and whole again when the pointer comes over it (to use
 * it) or nothing lit is under it. In a small window the minimap hid the one policy that made a user administrator.
 */
final class SeeThroughOverlays {
    /** The opacity of an overlay over something lit: enough to see it is there. */
    static final double FAINT = 0.2;

    private final DiagramCanvas canvas;
    private final Supplier<Drawing> drawing;
    /** The selection and what it reaches (the live evaluator's highlights), asked when they change. */
    private final Supplier<Set<String>> litNow;
    private final List<Node> overlays = new ArrayList<>();
    private Set<String> lit = Set.of();
    private boolean asked;

    SeeThroughOverlays(DiagramCanvas canvas, Supplier<Drawing> drawing, Supplier<Set<String>> litNow) {
        this.canvas = canvas;
        this.drawing = drawing;
        this.litNow = litNow;
    }

    /** Lets what is lit show through {@code overlay} from now on. */
    void add(Node overlay) {
        overlays.add(overlay);
        overlay.hoverProperty().addListener((o, was, now) -> refresh());
        overlay.visibleProperty().addListener((o, was, now) -> refresh());
        overlay.boundsInParentProperty().addListener((o, was, now) -> refresh());
    }

    /**
     * The selection or the highlights changed: what is lit is asked again once, after the events of this change (select
     * all on a large model changes the selection once per node).
     */
    void litChanged() {
        if (!asked) {
            asked = true;
            javafx.application.Platform.runLater(() -> {
                asked = false;
                lit = litNow.get();
                refresh();
            });
        }
    }

    /** Draws each overlay faint or whole, as what lies under it now says (after a pan, a zoom, a new drawing). */
    void refresh() {
        for (Node overlay : overlays) {
            boolean faint = overlay.isVisible() && !overlay.isHover() && !lit.isEmpty() && coversLit(overlay);
            overlay.setOpacity(faint ? FAINT : 1);
        }
    }

    private boolean coversLit(Node overlay) {
        Bounds over = canvas.sceneToLocal(overlay.localToScene(overlay.getBoundsInLocal()));
        if (over == null) {
            return false;
        }
        ViewTransform view = canvas.transform();
        Drawing drawn = drawing.get();
        for (String id : lit) {
            Rect node = drawn.nodes().get(id);
            if (node == null) {
                continue;
            }
            Rect on = view.toScreen(node);
            if (over.intersects(on.x(), on.y(), on.width(), on.height())) {
                return true;
            }
        }
        return false;
    }
}
