package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.model.Words;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The count badge on every holder whose policies are collapsed into it ("3 policies", {@code #folded-<id>}), at
 * its box's bottom left, following it and fading with it; clicking it expands the holder's policies again.
 */
final class FoldedBadges {
    private static final double HEIGHT = 14;
    private static final javafx.scene.text.Font FONT = javafx.scene.text.Font.font(null,
            javafx.scene.text.FontWeight.BOLD, 10);
    private final Group group = new Group();
    private final Function<String, ShapeView> views;
    private final Consumer<String> expand;
    private double textScale = 1;
    /** How many policies are folded into each holder drawn: its badge's count. */
    private final Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    /**
     * The badges made so far by their holder, in the group or not (only those on views in the scene are: {@link #cull}).
     * A badge is made when its holder's view first joins the scene: a large model has thousands, most far out of view.
     */
    private final Map<String, Group> badges = new java.util.LinkedHashMap<>();
    /** The width of each badge text ("3 policies"), measured once: there are a handful, on thousands of badges. */
    private static final Map<String, Double> WIDTHS = new java.util.HashMap<>();

    FoldedBadges(Function<String, ShapeView> views, Consumer<String> expand) {
        this.views = views;
        this.expand = expand;
        group.setId("folded-badges");
    }

    Node node() {
        return group;
    }

    /** One badge per holder drawn, with the number of its policies folded into it. */
    void show(Map<String, Integer> folded) {
        group.getChildren().clear();
        badges.clear();
        java.util.Set<String> before = new java.util.HashSet<>(counts.keySet());
        counts.clear();
        folded.forEach((holder, count) -> {
            if (views.apply(holder) != null) {
                counts.put(holder, count);
                foldedBelow(holder, true);
                before.remove(holder);
            }
        });
        before.forEach(holder -> foldedBelow(holder, false)); // only those no longer folded into: a redraw keeps the rest
        cull();
    }

    /** Tells a holder's view that its count sits over its bottom left (its name then keeps to one line), or no longer. */
    private void foldedBelow(String holder, boolean folded) {
        if (views.apply(holder) instanceof NodeView view) {
            view.setFoldedBelow(folded);
        }
    }

    /**
     * Keeps in the scene only the badges of the views in it (the canvas keeps the views far out of view out of
     * the scene, and a large model has thousands of badges to style).
     */
    void cull() {
        LayerMembership membership = new LayerMembership(group);
        counts.forEach((holder, count) -> {
            ShapeView view = views.apply(holder);
            boolean shown = view != null && view.node().isVisible();
            Group badge = badges.get(holder);
            if (badge == null && shown) {
                badge = badge(holder, view.node(), count);
                badges.put(holder, badge);
            }
            if (badge != null) {
                membership.keep(badge, shown);
            }
        });
        membership.apply();
    }

    /** The text of the badge on a holder, or null when it has none (for tests). */
    String textOf(String holder) {
        Integer count = counts.get(holder);
        return count == null ? null : text(count);
    }

    /** Zoomed out, the badges grow (up to 1.8 times) so they stay readable, as the escalation badges do. */
    void setZoom(double zoom) {
        textScale = Math.max(1, Math.min(1.8, 1 / zoom));
        badges.values().forEach(this::scaled);
    }

    private void scaled(Node badge) {
        badge.setScaleX(textScale);
        badge.setScaleY(textScale);
    }

    /** What the badge of a holder of {@code count} folded policies says ("3 policies"). */
    private static String text(int count) {
        return Words.count(count, "policy", "policies");
    }

    /** A pill with the count: a shape and a text, no control (a large model has thousands, each would need a skin). */
    private Group badge(String holder, Node view, int count) {
        String text = text(count);
        Text label = new Text(text);
        label.setFont(FONT);
        label.getStyleClass().add("folded-badge-text");
        label.setTextOrigin(javafx.geometry.VPos.CENTER);
        double width = WIDTHS.computeIfAbsent(text, t -> label.getLayoutBounds().getWidth()) + 10;
        label.setX(5);
        label.setY(HEIGHT / 2);
        Rectangle pill = new Rectangle(width, HEIGHT);
        pill.setArcWidth(HEIGHT);
        pill.setArcHeight(HEIGHT);
        pill.getStyleClass().add("folded-badge");
        Group badge = new Group(pill, label);
        badge.setId("folded-" + holder);
        badge.setCursor(javafx.scene.Cursor.HAND);
        badge.layoutXProperty().bind(view.layoutXProperty().add(8));
        badge.layoutYProperty().bind(view.layoutYProperty().add(Drawing.NODE_HEIGHT - HEIGHT / 2));
        badge.visibleProperty().bind(view.visibleProperty());
        badge.opacityProperty().bind(view.opacityProperty()); // faded with its holder when a selection fades it
        scaled(badge);
        OverlayMarker.installLazily(badge, () -> text + " collapsed into this node, hidden from the canvas."
                + "\nClick to draw them again (or right-click › Expand Policies).", () -> expand.accept(holder));
        return badge;
    }
}
