package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * Below the zoom at which the canvas draws no names ({@link NodeFace#DETAIL_SCALE}), the names of what matters
 * now (the selection, what the live evaluator highlights, the steps of a path drawn) over their nodes, at a
 * readable size whatever the zoom; at most {@link #MOST} of them. Nothing at a zoom that shows names.
 */
final class ZoomedOutLabels {
    static final int MOST = 200;
    private static final double PADDING = 3;
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

    /** Draws the labels again for this model and drawing (call after a change of any of the above). */
    void refresh(IamModel model, Drawing drawing) {
        group.getChildren().clear();
        if (scale >= NodeFace.DETAIL_SCALE) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(selected);
        ids.addAll(stepped);
        ids.addAll(emphasised);
        int shown = 0;
        for (String id : ids) {
            Entity entity = model.entities().get(id);
            Rect box = drawing.nodes().get(id);
            if (entity == null || box == null || shown++ >= MOST) {
                continue;
            }
            group.getChildren().add(label(Subtitles.shortenName(entity.name(), 28), box, selected.contains(id)));
        }
    }

    private Group label(String name, Rect box, boolean isSelected) {
        Text text = new Text(name);
        text.getStyleClass().add("zoomed-out-label-text");
        double width = text.getLayoutBounds().getWidth();
        double height = text.getLayoutBounds().getHeight();
        text.setX(-width / 2);
        text.setY(-PADDING - text.getLayoutBounds().getMaxY());
        Rectangle back = new Rectangle(-width / 2 - PADDING, -height - 2 * PADDING, width + 2 * PADDING, height + 2 * PADDING);
        back.getStyleClass().add("zoomed-out-label");
        Group label = new Group(back, text);
        if (isSelected) {
            label.getStyleClass().add("selected-label");
        }
        label.getTransforms().setAll(new javafx.scene.transform.Translate(box.x() + box.width() / 2, box.y()),
                new Scale(1 / scale, 1 / scale));
        return label;
    }
}
