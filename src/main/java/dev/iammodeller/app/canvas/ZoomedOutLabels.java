package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.diagram.picture.LabelPlaces;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * Below the zoom at which the canvas draws names in full ({@link NodeFace#DETAIL_SCALE}), the names of what matters
 * now (the selection, what the live evaluator highlights, the steps of a path drawn) over their nodes, at a
 * readable size whatever the zoom; at most {@link #MOST} of them. Down to {@link NodeFace#NAMED_SCALE}, where each box
 * shows its name by itself, only those its box shows shortened. Nothing at a zoom that shows names in full.
 */
final class ZoomedOutLabels {
    static final int MOST = 200;
    private static final double PADDING = 3;
    private static final javafx.scene.text.Font FONT = javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 12);
    private final Group group = new Group();
    private final Set<String> selected = new LinkedHashSet<>();
    private final Set<String> emphasised = new LinkedHashSet<>();
    private final Set<String> stepped = new LinkedHashSet<>();
    private double scale = 1;

    ZoomedOutLabels() {
        group.setId("zoomed-out-labels");
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    void setSelected(Set<String> ids) {
        selected.clear();
        selected.addAll(ids);
    }

    /** What the live evaluator highlights or a path steps through. */
    void setEmphasised(Set<String> ids) {
        emphasised.clear();
        emphasised.addAll(ids);
    }

    /** The stops of the escalation path drawn: named before what is highlighted (which may be more than {@link #MOST}). */
    void setStepped(java.util.Collection<String> ids) {
        stepped.clear();
        stepped.addAll(ids);
    }

    void setScale(double scale) {
        this.scale = scale;
    }

    /**
     * Draws the labels again for this model and drawing (call after a change of any of the above). Each goes over its
     * node, or, where a label placed before (the selection's first, then the steps', then the highlighted) or
     * {@code keptOff} (in world units: the frames' titles, the escalation badges) covers that place, to the nearest free
     * one; a label with no free place near it is left out, but the selection's, which stays over its node (the
     * selection's name matters most). None over a node whose box shows its whole name by itself ({@code namedWhole}).
     */
    void refresh(IamModel model, Drawing drawing, java.util.Collection<Rect> keptOff,
                 java.util.function.Predicate<String> namedWhole) {
        group.getChildren().clear();
        if (scale >= NodeFace.DETAIL_SCALE) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(selected);
        ids.addAll(stepped);
        ids.addAll(emphasised);
        List<Rect> placed = new ArrayList<>();
        List<Rect> taken = new ArrayList<>();
        for (Rect area : keptOff) {
            taken.add(new Rect(area.x() * scale, area.y() * scale, area.width() * scale, area.height() * scale));
        }
        int shown = 0;
        for (String id : ids) {
            Entity entity = model.entities().get(id);
            Rect box = drawing.nodes().get(id);
            if (entity == null || box == null || shown >= MOST) {
                continue;
            }
            if (namedWhole.test(id)) {
                continue; // its box says it already
            }
            boolean isSelected = selected.contains(id);
            Group label = label(Subtitles.shortenName(entity.name(), 28), isSelected);
            double width = label.getLayoutBounds().getWidth();
            double height = label.getLayoutBounds().getHeight();
            // on screen: centred over the node's top edge
            Rect wanted = new Rect((box.x() + box.width() / 2) * scale - width / 2, box.y() * scale - height, width, height);
            Rect at = LabelPlaces.clear(wanted, true, placed, taken);
            if (!isSelected && !LabelPlaces.free(at, placed, taken)) {
                continue; // no free place near its node: it would hide another label, a badge or a title
            }
            placed.add(at);
            shown++;
            label.getTransforms().setAll(new javafx.scene.transform.Translate(at.x() / scale, at.y() / scale),
                    new Scale(1 / scale, 1 / scale));
            group.getChildren().add(label);
        }
    }

    /** The label's plate and name, its top left at 0, 0. */
    private Group label(String name, boolean isSelected) {
        Text text = new Text(name);
        text.getStyleClass().add("zoomed-out-label-text");
        text.setFont(FONT); // as the stylesheet gives it: measured before it is styled
        text.setTextOrigin(javafx.geometry.VPos.TOP);
        double width = text.getLayoutBounds().getWidth();
        double height = text.getLayoutBounds().getHeight();
        text.setX(PADDING);
        text.setY(PADDING);
        Rectangle back = new Rectangle(0, 0, width + 2 * PADDING, height + 2 * PADDING);
        back.getStyleClass().add("zoomed-out-label");
        Group label = new Group(back, text);
        if (isSelected) {
            label.getStyleClass().add("selected-label");
        }
        return label;
    }
}
