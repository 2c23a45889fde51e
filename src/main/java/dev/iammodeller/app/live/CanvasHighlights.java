package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;

/**
 * Puts the live evaluator's answer on the canvas: each node view gets its reach pseudo-class (or is dimmed)
 * and a tooltip with the IAM rule behind its highlight; principals with an escalation path get the
 * escalation state; edges with a dimmed end fade with it, under the others. Re-applied when the answer changes and when the model (so the set of views) changes.
 */
public final class CanvasHighlights {
    private final CanvasEditor canvas;
    private final LiveAnalysis live;
    private final EditorState editor;

    public CanvasHighlights(CanvasEditor canvas, LiveAnalysis live) {
        this.canvas = canvas;
        this.live = live;
        this.editor = live.editor();
        live.highlightsProperty().addListener((o, was, now) -> apply());
        live.escalationsProperty().addListener((o, was, now) -> apply());
        editor.modelProperty().addListener((o, was, now) -> apply());
        canvas.shownProperty().addListener((o, was, now) -> apply());
    }

    /** Applies the newest highlights and escalations to every view the canvas holds. */
    public void apply() {
        IamModel model = editor.model();
        Highlights highlights = live.highlightsProperty().get() == null ? Highlights.NONE : live.highlightsProperty().get();
        Escalations escalations = live.escalationsProperty().get() == null ? Escalations.NONE
                : live.escalationsProperty().get();
        for (String id : model.entities().keySet()) {
            ShapeView view = canvas.view(id);
            if (view == null) {
                continue;
            }
            ReachStyling.apply(view.node(), id, highlights);
            ReachStyling.applyEscalation(view.node(), id, escalations);
            explain(view, id, highlights, escalations, model);
        }
        java.util.Set<String> highlighted = new java.util.LinkedHashSet<>();
        for (String id : model.entities().keySet()) {
            if (highlights.style(id).isPresent()) {
                highlighted.add(id);
            }
        }
        // the selection's own edges to what it reaches are lit too (drawn on top), as in the exported pictures
        String subject = highlights.subjectId();
        canvas.fadeEdgesOf(highlights::dims, id -> highlighted.contains(id) || id.equals(subject), subject != null);
        canvas.emphasise(highlighted);
    }

    private static void explain(ShapeView view, String id, Highlights highlights, Escalations escalations, IamModel model) {
        String text = ReachStyling.tooltip(id, highlights);
        if (escalations.hasPath(id)) {
            String badge = escalations.badgeText(model, id);
            text = text.isEmpty() ? badge : text + "\n\n" + badge;
        }
        view.explain(text);
    }
}
