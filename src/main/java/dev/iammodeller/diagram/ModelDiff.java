package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What changed from one model to the next, so a view updates only that: entities added, removed or
 * changed (same id, other value), and edges added or removed. Where things moved comes from comparing
 * the two {@link Drawing}s.
 */
public record ModelDiff(Set<String> added, Set<String> removed, Set<String> changed, Set<ModelEdge> addedEdges,
                        Set<ModelEdge> removedEdges) {

    public static ModelDiff between(IamModel before, Set<ModelEdge> edgesBefore, IamModel after, Set<ModelEdge> edgesAfter) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        Map<String, Entity> old = before.entities();
        for (Map.Entry<String, Entity> e : after.entities().entrySet()) {
            Entity was = old.get(e.getKey());
            if (was == null) {
                added.add(e.getKey());
            } else if (was != e.getValue() && !was.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (String id : old.keySet()) {
            if (!after.entities().containsKey(id)) {
                removed.add(id);
            }
        }
        Set<ModelEdge> addedEdges = new LinkedHashSet<>(edgesAfter);
        addedEdges.removeAll(edgesBefore);
        Set<ModelEdge> removedEdges = new LinkedHashSet<>(edgesBefore);
        removedEdges.removeAll(edgesAfter);
        return new ModelDiff(added, removed, changed, addedEdges, removedEdges);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && addedEdges.isEmpty() && removedEdges.isEmpty();
    }
}
