package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.OverlayMarker;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.model.IamModel;
import java.util.function.BiConsumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A red badge at the top right corner of every principal that has an escalation path ({@code #badge-<id>}),
 * following its node; its tooltip says what the principal can gain, and clicking it asks for the path to
 * be drawn. A press on a badge is kept from the canvas, so it starts no drag.
 */
final class EscalationBadges {
    private static final double SIZE = NodeFace.BADGE_SIZE;
    private final Group group = new Group();
    private final CanvasEditor canvas;
    private final BiConsumer<String, Node> clicked;
    private double textScale = 1;

    /** {@code clicked} gets the principal and the badge clicked. */
    EscalationBadges(CanvasEditor canvas, BiConsumer<String, Node> clicked) {
        this.canvas = canvas;
        this.clicked = clicked;
        group.setId("escalation-badges");
    }

    Group node() {
        return group;
    }

    /** Scales the badges (visible when zoomed out). */
    void setTextScale(double scale) {
        textScale = scale;
        group.getChildren().forEach(badge -> {
            badge.setScaleX(scale);
            badge.setScaleY(scale);
        });
    }

    /** Puts a badge on every principal of the model drawn on the canvas that has an escalation path. */
    void show(IamModel model, Escalations escalations) {
        group.getChildren().clear();
        for (String id : escalations.byPrincipal().keySet()) {
            ShapeView view = canvas.view(id);
            if (view != null && model.entities().containsKey(id)) {
                group.getChildren().add(badge(id, view.node(), () -> escalations.badgeText(model, id)));
            }
        }
    }

    /** A badge whose tooltip is written when the pointer first comes over it: a large model has a thousand badges. */
    private Label badge(String id, Node view, java.util.function.Supplier<String> text) {
        Label badge = new Label("!");
        badge.setId("badge-" + id);
        badge.getStyleClass().add("escalation-badge");
        badge.setMinSize(SIZE, SIZE);
        badge.setPrefSize(SIZE, SIZE);
        badge.setMaxSize(SIZE, SIZE);
        badge.layoutXProperty().bind(view.layoutXProperty().add(Drawing.NODE_WIDTH - SIZE / 2 - 2));
        badge.layoutYProperty().bind(view.layoutYProperty().subtract(SIZE / 2 - 2));
        badge.visibleProperty().bind(view.visibleProperty());
        badge.setScaleX(textScale);
        badge.setScaleY(textScale);
        OverlayMarker.installLazily(badge, () -> text.get() + "\nClick to draw the path step by step.",
                () -> clicked.accept(id, badge));
        return badge;
    }
}
