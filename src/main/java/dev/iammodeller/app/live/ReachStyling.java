package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.Highlights;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Applies the live evaluator's answer to one canvas node view, as CSS pseudo-classes styled in
 * {@link #STYLESHEET}: one of {@code :reach-source}, {@code :reach-direct}, {@code :reach-via-role},
 * {@code :reach-indirect}, {@code :reach-conditional}, {@code :reach-denied}; {@code :reach-dimmed} for a node
 * the selection does not reach; {@code :escalation} for a principal with an escalation path.
 */
public final class ReachStyling {
    /** The stylesheet of the highlights, the panels and the legend (light and dark theme). */
    public static final String STYLESHEET = "/app/live-evaluator.css";
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("reach-dimmed");
    public static final PseudoClass ESCALATION = PseudoClass.getPseudoClass("escalation");

    private ReachStyling() {
    }

    public static PseudoClass pseudoClass(HighlightStyle style) {
        return PseudoClass.getPseudoClass(style.pseudoClass());
    }

    /** Sets the node's reach pseudo-classes for the entity it draws; clears them when nothing is selected. */
    public static void apply(Node view, String entityId, Highlights highlights) {
        HighlightStyle style = highlights.style(entityId).orElse(null);
        for (HighlightStyle each : HighlightStyle.values()) {
            view.pseudoClassStateChanged(pseudoClass(each), each == style);
        }
        view.pseudoClassStateChanged(DIMMED, highlights.dims(entityId));
    }

    /** Sets the escalation badge state of a principal's view. */
    public static void applyEscalation(Node view, String entityId, Escalations escalations) {
        boolean badged = escalations.hasPath(entityId);
        view.pseudoClassStateChanged(ESCALATION, badged);
        if (view instanceof dev.iammodeller.app.canvas.NodeView node) {
            node.setBadged(badged);
        }
    }

    /** The tooltip text of a node: its highlight's explanation, or "" when it has none. */
    public static String tooltip(String entityId, Highlights highlights) {
        return highlights.explanation(entityId);
    }
}
