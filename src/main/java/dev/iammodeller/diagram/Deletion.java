package dev.iammodeller.diagram;

import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ModelCommand;
import dev.iammodeller.model.RemoveEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deleting a selection as one step: a selected frame goes with everything it holds, innermost things first,
 * and an inline policy is not deleted twice when its owner goes too.
 */
public final class Deletion {
    private Deletion() {
    }

    /** The command, or null when nothing of the selection is in the model. */
    public static ModelCommand of(IamModel model, Containment containment, Set<String> selection) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : selection) {
            if (model.entities().containsKey(id)) {
                ids.add(id);
                ids.addAll(containment.contentsOf(id));
            }
        }
        ids.removeIf(id -> model.entities().get(id) instanceof InlinePolicy p && ids.contains(p.owner()));
        if (ids.isEmpty()) {
            return null;
        }
        List<String> order = new ArrayList<>(ids);
        order.sort(Comparator.comparingInt(containment::depthOf).reversed());
        List<ModelCommand> commands = new ArrayList<>();
        order.forEach(id -> commands.add(new RemoveEntity(id)));
        String label = order.size() == 1
                ? "Delete " + model.entities().get(order.get(0)).name() : "Delete " + order.size() + " things";
        return new CompoundCommand(label, commands);
    }
}
