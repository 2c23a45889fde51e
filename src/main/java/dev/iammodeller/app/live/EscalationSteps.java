package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.EscalationHops;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.FreeSpace;
import dev.iammodeller.diagram.picture.LabelPlaces;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;

/**
 * One escalation path drawn step by step over the canvas: an arrow per hop with its numbered actions, a
 * dashed box for what the path creates (a user the attacker makes, which the model has no node for),
 * placed in free space beside where the hop starts, and what the path gains under its last stop. A possible
 * path (one that needs compute the model cannot show) is dotted, its box says the compute must exist, and
 * its gain says on what.
 */
final class EscalationSteps {
    private final Group group = new Group();
    private final ShapesOnCanvas shapes;
    private final ReadOnlyObjectWrapper<EscalationPath> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final List<OverlayEdge> arrows = new ArrayList<>();
    private final Map<String, Label> created = new HashMap<>();
    private final Label gain = new Label();
    private EscalationHops hops;
    private List<String> stops = List.of();
    private double textScale = 1;
    /** A path was drawn and no legend has come since ({@link #legendChanged}). */
    private boolean legendToCome;
    /** The widest the gain is drawn (at its size on screen), in lines beyond. */
    private static final double GAIN_WIDTH = 300;
    /** Screen pixels (at least) kept between the gain and the view's edges when it is moved into view. */
    private static final double GAIN_MARGIN = 16;
    /** Screen pixels kept around a path's stops when it is brought into view: its step labels and its gain. */
    private static final double STEP_LABEL_ROOM = 170;
    /** How many times a path is brought into view at most: fitted, fitted again, then centred. */
    private static final int FITS = 3;

    EscalationSteps(ShapesOnCanvas shapes) {
        this.shapes = shapes;
        group.setId("escalation-steps");
        group.setMouseTransparent(true);
        gain.setId("escalation-gain");
        gain.getStyleClass().add("escalation-gain");
        gain.setWrapText(true); // in lines under the last stop rather than one long line off the view's edge
        gain.setMaxWidth(GAIN_WIDTH);
    }

    Group node() {
        return group;
    }

    /** The path drawn now, or null. */
    ReadOnlyObjectProperty<EscalationPath> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Scales the step labels (readable when zoomed out) and places them again. */
    void setTextScale(double scale) {
        textScale = scale;
        arrows.forEach(arrow -> {
            arrow.setTextScale(scale);
            arrow.setLineScale(scale);
        });
        gain.setScaleX(scale);
        gain.setScaleY(scale);
        place();
    }

    void show(IamModel model, EscalationPath path) {
        clear();
        hops = EscalationHops.of(model, path);
        Set<String> ids = new LinkedHashSet<>();
        int n = 0;
        for (EscalationHops.Hop hop : hops.hops()) {
            OverlayEdge arrow = new OverlayEdge(ReachStyling.ESCALATION, hop.text());
            arrow.node().setId("escalation-hop-" + (++n));
            arrow.label().getStyleClass().add("escalation-step");
            if (hops.possible()) {
                arrow.node().getStyleClass().add("escalation-possible");
            }
            arrow.setTextScale(textScale);
            arrows.add(arrow);
            group.getChildren().add(arrow.node());
            arrow.setLineScale(textScale); // in the scene now: its stylesheet's width is known
            for (EscalationHops.Stop stop : List.of(hop.from(), hop.to())) {
                if (stop.created()) {
                    created.computeIfAbsent(stop.createdArn(), this::createdBox);
                } else {
                    ids.add(stop.entityId());
                }
            }
        }
        gain.setText("⇒ " + hops.gain());
        group.getChildren().add(gain);
        stops = List.copyOf(ids);
        shown.set(path);
        shapes.watch(ids, this::place);
        place();
        Rect area = area();
        legendToCome = area != null;
        if (area != null) {
            // the stops, or on a large model, the stops with room for the labels
            shapes.canvas().bringIntoView(drawn(area), area, STEP_LABEL_ROOM);
            keepInView();
        }
    }

    /**
     * A legend came over the canvas's bottom, or changed its size: the first time after a path is drawn (the legend of
     * the selection's reach comes after its path), the path is kept clear of it; later, the view is the user's.
     */
    void legendChanged() {
        if (legendToCome) {
            legendToCome = false;
            keepInView();
        }
    }

    /**
     * Keeps the path drawn now in view, between the zoom controls and the legends: again once a zoom that fitted it has
     * made its labels (which keep their size on screen) larger in the world and placed them again. Centred at the zoom
     * shown when it fits there, zoomed out once more at most.
     */
    private void keepInView() {
        Rect area = hops == null ? null : area();
        for (int fits = 1; fits < FITS && area != null; fits++) {
            Rect before = shapes.canvas().visibleWorld();
            shapes.canvas().keepInView(drawn(area), fits == 1);
            if (shapes.canvas().visibleWorld().equals(before)) {
                break; // in view
            }
        }
    }

    /** The path's stops and the boxes of what it creates, at their size; null when none is on the canvas. */
    private Rect area() {
        List<Rect> boxes = new ArrayList<>();
        stops.forEach(id -> boxes.add(shapes.box(id)));
        created.values().forEach(box -> boxes.add(new Rect(box.getLayoutX(), box.getLayoutY(), Drawing.NODE_WIDTH,
                Drawing.NODE_HEIGHT)));
        return Rect.enclosing(boxes);
    }

    /**
     * What the path draws: its labels, its gain and {@code area} (a box just made is not laid out yet: its bounds are
     * a point).
     */
    private Rect drawn(Rect area) {
        Bounds drawn = group.getBoundsInParent();
        return drawn.isEmpty() ? area
                : new Rect(drawn.getMinX(), drawn.getMinY(), drawn.getWidth(), drawn.getHeight()).union(area);
    }

    /** The entities the path drawn now steps through (its principal first), in order; empty when none is drawn. */
    List<String> stops() {
        return stops;
    }

    void clear() {
        shapes.stop();
        group.getChildren().clear();
        arrows.clear();
        created.clear();
        hops = null;
        legendToCome = false;
        stops = List.of();
        shown.set(null);
    }

    /** What a path creates, or, on a possible path, the compute it assumes exists: a dashed or dotted box. */
    private Label createdBox(String arn) {
        Label box = new Label(EscalationHops.createdName(arn) + (hops.possible() ? "\nmust exist" : "\ncreated on the way"));
        box.setId("escalation-new-" + created.size());
        box.getStyleClass().add(hops.possible() ? "escalation-assumed" : "escalation-new");
        box.setMinSize(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        box.setMaxSize(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        group.getChildren().add(0, box);
        return box;
    }

    /** Places the created boxes beside where they are reached from, the gain under the last stop, then the arrows. */
    private void place() {
        if (hops == null) {
            return;
        }
        Map<String, Rect> boxes = new HashMap<>();
        List<Rect> taken = shapes.taken(textScale);
        List<Rect[]> ends = new ArrayList<>();
        Rect last = null;
        for (EscalationHops.Hop hop : hops.hops()) {
            Rect from = at(hop.from(), boxes);
            Rect to = at(hop.to(), boxes);
            if (to == null && hop.to().created() && from != null) {
                to = FreeSpace.beside(from, taken);
                taken.add(to);
                boxes.put(hop.to().createdArn(), to);
                created.get(hop.to().createdArn()).relocate(to.x(), to.y());
            }
            ends.add(new Rect[] {from, to});
            last = to != null ? to : last;
        }
        List<Rect> labels = new ArrayList<>();
        gain.setVisible(last != null);
        if (last != null) {
            gain.applyCss();
            gain.autosize();
            Bounds size = gain.getLayoutBounds();
            double width = size.getWidth() * textScale;
            // under the last stop, moved left as far as it would run off the view's right edge (and a margin)
            double x = last.x();
            Rect seen = shapes.canvas().visibleWorld();
            double margin = GAIN_MARGIN * textScale;
            if (seen.width() > width + 2 * margin) {
                x = Math.max(seen.x() + margin, Math.min(x, seen.maxX() - width - margin));
            }
            Rect wanted = new Rect(x, last.maxY() + 8, width, size.getHeight() * textScale);
            Rect free = LabelPlaces.clear(wanted, true, labels, taken);
            gain.relocate(free.x() + size.getWidth() * (textScale - 1) / 2,
                    free.y() + size.getHeight() * (textScale - 1) / 2);
            labels.add(free);
        }
        for (int i = 0; i < ends.size(); i++) {
            arrows.get(i).place(ends.get(i)[0], ends.get(i)[1]);
            if (arrows.get(i).showsLabel()) {
                labels.add(Labels.clear(arrows.get(i), labels, taken));
            }
        }
    }

    private Rect at(EscalationHops.Stop stop, Map<String, Rect> boxes) {
        return stop.created() ? boxes.get(stop.createdArn()) : shapes.box(stop.entityId());
    }
}
