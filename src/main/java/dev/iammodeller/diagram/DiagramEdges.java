package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.ModelEdges;
import java.util.Set;

/** The edges a drawing shows: the stored relations, trusts read from trust policies, inline ownership. */
public final class DiagramEdges {
    private DiagramEdges() {
    }

    public static Set<ModelEdge> of(IamModel model) {
        return ModelEdges.of(model);
    }
}
