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
 * The count badge on every holder whose policies are collapsed into it ("3 policies", {@code #folded-<id>}), hanging
 * from its box's bottom left (its top {@value #OVER_THE_BOX} units over the box's edge, under the name's second line and
 * the subtitle whatever the zoom), following it and fading with it; clicking it expands the holder's policies again.
 */
final class FoldedBadges {
    private static final double HEIGHT = 14;
    /** How far a badge's top comes over its box's bottom edge: so little that the lines of the name keep clear of it. */
    private static final double OVER_THE_BOX = 2;
    /** Where a badge starts from its box's left edge. */
    private static final double FROM_THE_LEFT = 8;
    private static final double FONT_SIZE = 10;
    private static final javafx.scene.text.Font FONT = javafx.scene.text.Font.font(null,
            javafx.scene.text.FontWeight.BOLD, FONT_SIZE);
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
        counts.clear();
        folded.forEach((holder, count) -> {
            if (views.apply(holder) != null) {
                counts.put(holder, count);
            }
        });
        cull();
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

    /**
     * Zoomed out, the badges grow (up to 1.8 times) so they stay readable, as the escalation badges do; where they
     * can grow no more (below about 56 %) and their count would shrink under its 10 px they are left out: the focus
     * bar still says how many policies are collapsed into how many holders, and a holder's menu expands them.
     */
    void setZoom(double zoom) {
        textScale = dev.iammodeller.diagram.picture.ReadableText.overlayScale(zoom);
        badges.values().forEach(this::scaled);
        group.setVisible(dev.iammodeller.diagram.picture.ReadableText.overlayReadable(FONT_SIZE, zoom));
    }

    /** Grown by {@link #textScale} from its top left, which stays where it hangs from its box. */
    private void scaled(Node badge) {
        badge.setScaleX(textScale);
        badge.setScaleY(textScale);
        javafx.geometry.Bounds own = badge.getLayoutBounds();
        badge.setTranslateX(own.getWidth() * (textScale - 1) / 2);
        badge.setTranslateY(own.getHeight() * (textScale - 1) / 2);
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
        badge.layoutXProperty().bind(view.layoutXProperty().add(FROM_THE_LEFT));
        badge.layoutYProperty().bind(view.layoutYProperty().add(Drawing.NODE_HEIGHT - OVER_THE_BOX));
        badge.visibleProperty().bind(view.visibleProperty());
        badge.opacityProperty().bind(view.opacityProperty()); // faded with its holder when a selection fades it
        scaled(badge);
        OverlayMarker.installLazily(badge, () -> text + " collapsed into this node, hidden from the canvas."
                + "\nClick to draw them again (or right-click › Expand Policies).", () -> expand.accept(holder));
        return badge;
    }
}
