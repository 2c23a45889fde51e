package dev.iammodeller.app.live;

import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The legend of the highlight styles over the canvas, while something is selected: what the highlights
 * answer ("What alice reaches", "Who can reach report-logger"), each style with the IAM rule behind it on
 * hover, and what the faded nodes mean.
 */
final class CanvasLegend {
    private final VBox box = new VBox(4);
    private final Label title = new Label();

    CanvasLegend() {
        box.setId("canvas-reach-legend");
        box.getStyleClass().addAll("canvas-overlay", "canvas-reach-legend");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        title.setId("canvas-reach-legend-title");
        title.getStyleClass().add("legend-title");
        Label faded = new Label("faded: not reached");
        faded.getStyleClass().add("reach-legend-faded");
        box.getChildren().addAll(title, new HighlightLegend(true).node(), faded);
        box.setVisible(false);
        box.setMouseTransparent(false);
    }

    Node node() {
        return box;
    }

    /** Shows the legend for these highlights, hides it when nothing is selected. */
    void show(IamModel model, Highlights highlights) {
        boolean any = highlights != null && highlights.subjectId() != null;
        box.setVisible(any);
        if (any) {
            Entity subject = model.entities().get(highlights.subjectId());
            String name = subject == null ? highlights.subjectId() : subject.name();
            title.setText(highlights.mode() == Highlights.Mode.REVERSE ? "Who can reach " + name : "What " + name + " reaches");
        }
    }
}
