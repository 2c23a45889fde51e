package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the canvas draws of a model under a focus view and collapsed policies: the model cut down to what is
 * shown (everything else hidden, its relations with it), how many policies each collapsed holder has folded into
 * it, and a sentence for the focus bar. A view of the model, never saved: the model itself is left as it is.
 *
 * @param model   the model to draw: the model itself when nothing is hidden
 * @param folded  the number of policies folded into each collapsed holder that is drawn, by holder id
 * @param hidden  how many entities of the model are not drawn
 * @param caption what is shown, for the focus bar: "" when everything is drawn
 */
public record ShownPart(IamModel model, Map<String, Integer> folded, int hidden, String caption) {
    public ShownPart {
        folded = Map.copyOf(folded);
    }

    /** The whole model. */
    public static ShownPart whole(IamModel model) {
        return new ShownPart(model, Map.of(), 0, "");
    }

    public static ShownPart of(IamModel model, Focus focus, CollapsedPolicies collapsed) {
        if (focus.isEverything() && collapsed.isEmpty()) {
            return whole(model);
        }
        Set<String> shown = focus.isEverything() ? null : focus.shown(model, Containment.of(model));
        Map<String, List<String>> foldedInto = collapsed.folded(model);
        Set<String> foldedAway = foldedInto.keySet();
        Map<String, Entity> kept = new TreeMap<>();
        for (Entity entity : model.entities().values()) {
            String id = entity.id();
            if ((shown == null || shown.contains(id)) && (!foldedAway.contains(id) || id.equals(focus.subject()))) {
                kept.put(id, entity);
            }
        }
        Map<String, Integer> all = CollapsedPolicies.counts(foldedInto);
        Map<String, Integer> counts = new TreeMap<>(all);
        counts.keySet().retainAll(kept.keySet());
        int hidden = model.entities().size() - kept.size();
        if (hidden == 0 && counts.isEmpty()) {
            return new ShownPart(model, Map.of(), 0, focus.isEverything() ? "" : caption(model, focus, 0, 0, kept.size()));
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation relation : model.relations()) {
            if (kept.containsKey(relation.from()) && kept.containsKey(relation.to())) {
                relations.add(relation);
            }
        }
        IamModel part = new IamModel(model.title(), model.description(), kept, relations, model.layout(),
                model.acceptedFindings(), model.comments());
        return new ShownPart(part, counts, hidden, caption(model, focus, foldedAway.size(), all.size(),
                kept.size()));
    }

    private static String caption(IamModel model, Focus focus, int foldedAway, int holders, int drawn) {
        List<String> parts = new ArrayList<>();
        if (!focus.isEverything()) {
            parts.add(focus.describe(model) + ": " + Words.number(drawn) + " of " + Words.number(model.entities().size())
                    + " drawn");
        }
        if (foldedAway > 0) {
            parts.add(Words.count(foldedAway, "policy", "policies") + " collapsed into "
                    + Words.count(holders, "holder", "holders"));
        }
        return String.join(" · ", parts);
    }
}
