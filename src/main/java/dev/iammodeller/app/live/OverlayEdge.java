package dev.iammodeller.app.live;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.EdgeLook;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;

/**
 * One labelled arrow drawn over the canvas between two boxes: a curve bent a little to the side (so that
 * it does not hide a model edge between the same nodes), a head at the end, and its label at the middle.
 * Its colour is a pseudo-class ({@code :reach-via-role}, {@code :escalation}) styled in live-evaluator.css (a
 * comparison's {@code :compare-added} and {@code :compare-removed} in compare.css).
 */
public final class OverlayEdge {
    private static final double BEND = EdgeLook.ARROW_BEND;
    private static final double HEAD = EdgeLook.ARROW_HEAD;
    private final Group group = new Group();
    private final QuadCurve curve = new QuadCurve();
    private final Polygon head = new Polygon();
    private final Label label = new Label();
    private boolean level = true;
    /** How much wider than its stylesheet says the line is drawn, and how much larger its head (1: as it says). */
    private double lineScale = 1;
    /** The line's width and dashes as its stylesheet says, read when first scaled (negative until then). */
    private double styledWidth = -1;
    private List<Double> styledDashes = List.of();

    public OverlayEdge(PseudoClass colour, String text) {
        group.getStyleClass().add("overlay-edge");
        group.pseudoClassStateChanged(colour, true);
        curve.getStyleClass().add("overlay-edge-line");
        head.getStyleClass().add("overlay-edge-head");
        label.getStyleClass().add("overlay-edge-label");
        label.setText(text);
        label.setMouseTransparent(true);
        label.setVisible(!text.isEmpty());
        group.getChildren().addAll(curve, head, label);
    }

    public Group node() {
        return group;
    }

    Label label() {
        return label;
    }

    /** Shows the label (when it has a text) or hides it: zoomed out past where it is readable. */
    void setLabelReadable(boolean readable) {
        label.setVisible(readable && !label.getText().isEmpty());
    }

    /** Scales the label around its centre (to keep it readable when zoomed out). */
    void setTextScale(double scale) {
        label.setScaleX(scale);
        label.setScaleY(scale);
    }

    /**
     * Draws the line this much wider, its dashes as much longer and its head as much larger than the stylesheet and
     * the drawing say (1: as they say), so that a path stays visible zoomed out. Call once the edge is in the scene.
     */
    void setLineScale(double scale) {
        if (styledWidth < 0 && curve.getScene() == null) {
            return; // the stylesheet's width is not known yet
        }
        if (styledWidth < 0) {
            curve.setStyle("");
            curve.applyCss();
            styledWidth = curve.getStrokeWidth();
            styledDashes = List.copyOf(curve.getStrokeDashArray());
        }
        lineScale = scale;
        if (scale == 1) {
            curve.setStyle("");
            return;
        }
        StringBuilder style = new StringBuilder("-fx-stroke-width: ").append(styledWidth * scale).append(';');
        if (!styledDashes.isEmpty()) {
            style.append(" -fx-stroke-dash-array:");
            styledDashes.forEach(dash -> style.append(' ').append(dash * scale));
            style.append(';');
        }
        curve.setStyle(style.toString());
    }

    /** Draws the arrow from one box to another; a box to itself shows only the label, above the box. */
    public void place(Rect from, Rect to) {
        group.setVisible(from != null && to != null);
        if (from == null || to == null) {
            return;
        }
        if (from.equals(to)) {
            curve.setVisible(false);
            head.setVisible(false);
            Bounds size = size();
            double centreY = from.y() - 8 - size.getHeight() * label.getScaleY() / 2;
            label.relocate(from.centre().x() - size.getWidth() / 2, centreY - size.getHeight() / 2);
            return;
        }
        curve.setVisible(true);
        head.setVisible(true);
        Point[] ends = Anchors.between(from, to);
        Point a = ends[0];
        Point b = ends[1];
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        level = Math.abs(dx) >= Math.abs(dy);
        double length = Math.max(1, Math.hypot(dx, dy));
        Point control = new Point((a.x() + b.x()) / 2 - dy / length * BEND, (a.y() + b.y()) / 2 + dx / length * BEND);
        curve.setStartX(a.x());
        curve.setStartY(a.y());
        curve.setControlX(control.x());
        curve.setControlY(control.y());
        curve.setEndX(b.x());
        curve.setEndY(b.y());
        head.getPoints().setAll(box(Anchors.head(ArrowHead.FILLED, control, b, HEAD * lineScale)));
        Point middle = new Point((a.x() + 2 * control.x() + b.x()) / 4, (a.y() + 2 * control.y() + b.y()) / 4);
        Bounds size = size();
        label.relocate(middle.x() - size.getWidth() / 2, middle.y() - size.getHeight() / 2);
    }

    /** True when the arrow is drawn and has a label (a relation drawn as a path may have none). */
    boolean showsLabel() {
        return group.isVisible() && label.isVisible();
    }

    /** The label's box in world coordinates (as scaled), once placed. */
    Rect labelBox() {
        Bounds b = label.getBoundsInParent();
        return new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** True when the arrow runs more across than up or down (its label moves up or down out of the way). */
    boolean isLevel() {
        return level;
    }

    /** Moves the label (something it would cover is already there). */
    void nudgeLabel(double dx, double dy) {
        label.setLayoutX(label.getLayoutX() + dx);
        label.setLayoutY(label.getLayoutY() + dy);
    }

    private Bounds size() {
        label.applyCss();
        label.autosize();
        return label.getLayoutBounds();
    }

    private static Double[] box(double[] points) {
        Double[] out = new Double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = points[i];
        }
        return out;
    }
}
