package dev.iammodeller.app.live;

import dev.iammodeller.analysis.HighlightStyle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;

/** The legend of the highlight styles: a swatch and a word each, the IAM rule behind it on hover. */
public final class HighlightLegend {
    private final Pane pane;

    /** The styles in a row that wraps, as the reach panel shows them. */
    public HighlightLegend() {
        this(false);
    }

    /** The styles in a row, or one under another ({@code column}), as the canvas shows them. */
    public HighlightLegend(boolean column) {
        pane = column ? new VBox(3) : new FlowPane(10, 4);
        pane.setId("reach-legend");
        pane.getStyleClass().add("reach-legend");
        for (HighlightStyle style : HighlightStyle.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("reach-swatch");
            swatch.pseudoClassStateChanged(ReachStyling.pseudoClass(style), true);
            Label label = new Label(style.label(), swatch);
            label.setId("legend-" + style.pseudoClass());
            label.setTooltip(new Tooltip(style.rule()));
            pane.getChildren().add(label);
        }
    }

    public Node node() {
        return pane;
    }
}
