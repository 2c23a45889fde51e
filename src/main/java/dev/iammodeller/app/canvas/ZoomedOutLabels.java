package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.ZoomedOutNames;
import dev.iammodeller.model.IamModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * Below the zoom at which the canvas draws names in full ({@link NodeFace#DETAIL_SCALE}), the names of what matters
 * now (the selection, what the live evaluator highlights, the steps of a path drawn) over their nodes, at a
 * readable size whatever the zoom, where {@link ZoomedOutNames} places them (as the pictures drawn that small do).
 */
final class ZoomedOutLabels {
    private static final javafx.scene.text.Font FONT = javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD,
            ZoomedOutNames.FONT);
    /** The height of a name in {@link #FONT}, from its top. */
    private static final double TEXT_HEIGHT = height();
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

    private static double height() {
        Text probe = new Text("Ag");
        probe.setFont(FONT);
        probe.setTextOrigin(javafx.geometry.VPos.TOP);
        return probe.getLayoutBounds().getHeight();
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

    /**
     * The stops of the escalation path drawn: named before what is highlighted (which may be more than
     * {@link ZoomedOutNames#MOST}).
     */
    void setStepped(java.util.Collection<String> ids) {
        stepped.clear();
        stepped.addAll(ids);
    }

    void setScale(double scale) {
        this.scale = scale;
    }

    /**
     * Draws the labels again for this model and drawing (call after a change of any of the above), where
     * {@link ZoomedOutNames} places them: {@code keptOff} in world units (the frames' titles, the escalation badges),
     * none over a node whose box shows its whole name by itself ({@code namedWhole}).
     */
    void refresh(IamModel model, Drawing drawing, java.util.Collection<Rect> keptOff,
                 java.util.function.Predicate<String> namedWhole) {
        group.getChildren().clear();
        for (ZoomedOutNames.Name name : ZoomedOutNames.of(model, drawing, selected, stepped, emphasised, scale, keptOff,
                namedWhole, CanvasTextWidth.INSTANCE, TEXT_HEIGHT)) {
            Group label = label(name);
            label.getTransforms().setAll(new javafx.scene.transform.Translate(name.at().x() / scale,
                    name.at().y() / scale), new Scale(1 / scale, 1 / scale));
            group.getChildren().add(label);
        }
    }

    /** The label's plate and name, its top left at 0, 0, as large as placed. */
    private static Group label(ZoomedOutNames.Name name) {
        Text text = new Text(name.text());
        text.getStyleClass().add("zoomed-out-label-text");
        text.setFont(FONT); // as the stylesheet gives it
        text.setTextOrigin(javafx.geometry.VPos.TOP);
        text.setX(ZoomedOutNames.PADDING);
        text.setY(ZoomedOutNames.PADDING);
        Rectangle back = new Rectangle(0, 0, name.at().width(), name.at().height());
        back.getStyleClass().add("zoomed-out-label");
        Group label = new Group(back, text);
        if (name.selected()) {
            label.getStyleClass().add("selected-label");
        }
        return label;
    }
}
