package dev.iammodeller.io.export;

import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.ReachReport;
import dev.iammodeller.analysis.escalation.EscalationHops;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.picture.Emphasis;
import dev.iammodeller.diagram.picture.Highlighting;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas shows for a selection, taken from the live evaluator's analysis, in the picture's terms:
 * each highlighted node's emphasis, what is dimmed, the principals with an escalation path (their red border),
 * the arrows of the selection's paths, and with {@code --escalation} its first escalation path (the one the
 * window draws) hop by hop instead of the paths.
 */
final class PictureHighlights {
    private PictureHighlights() {
    }

    static Highlighting of(IamModel model, ExportOptions options, List<String> notes) {
        ModelAnalysis analysis = new ModelAnalysis(Catalog.load(), model);
        return of(analysis, Escalations.of(analysis.check()), options.selected(), options.escalation(), notes);
    }

    /** The same from an analysis of the model already made, and its escalations. */
    static Highlighting of(ModelAnalysis analysis, Escalations escalations, String subject, boolean escalation,
                           List<String> notes) {
        IamModel model = analysis.model();
        Highlights highlights = ReachReport.of(analysis, subject, false).highlights();
        Map<String, Emphasis> emphasis = new HashMap<>();
        highlights.nodes().forEach((id, node) -> emphasis.put(id, emphasis(node.style())));
        Set<String> dimmed = new HashSet<>();
        for (String id : model.entities().keySet()) {
            if (highlights.dims(id)) {
                dimmed.add(id);
            }
        }
        List<Highlighting.Arrow> arrows = new ArrayList<>();
        for (Highlights.Path path : highlights.paths()) {
            for (Highlights.Edge edge : path.edges()) {
                arrows.add(new Highlighting.Arrow(edge.from(), edge.to(), edge.label(), emphasis(path.style())));
            }
        }
        Highlighting.Escalation drawn = null;
        if (escalation) {
            List<EscalationPath> paths = escalations.paths(subject);
            if (paths.isEmpty()) {
                notes.add("export: " + model.entities().get(subject).name() + " has no escalation path; the picture"
                        + " shows its highlights");
            } else {
                drawn = escalation(EscalationHops.of(model, paths.get(0)));
            }
        }
        return new Highlighting(subject, emphasis, dimmed, escalations.byPrincipal().keySet(), arrows, drawn);
    }

    private static Highlighting.Escalation escalation(EscalationHops hops) {
        List<Highlighting.Hop> out = new ArrayList<>();
        for (EscalationHops.Hop hop : hops.hops()) {
            out.add(new Highlighting.Hop(stop(hop.from()), stop(hop.to()), hop.text()));
        }
        return new Highlighting.Escalation(out, hops.gain(), hops.possible());
    }

    private static Highlighting.Stop stop(EscalationHops.Stop stop) {
        return new Highlighting.Stop(stop.entityId(), stop.createdArn());
    }

    private static Emphasis emphasis(HighlightStyle style) {
        return Emphasis.ofPseudoClass(style.pseudoClass());
    }
}
