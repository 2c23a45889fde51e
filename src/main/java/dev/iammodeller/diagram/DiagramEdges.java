package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.ModelGraph;
import java.util.LinkedHashSet;
import java.util.Set;

/** The edges a drawing shows: the stored relations, trusts read from trust policies, inline ownership. */
public final class DiagramEdges {
    private DiagramEdges() {
    }

    public static Set<ModelEdge> of(IamModel model) {
        return new LinkedHashSet<>(ModelGraph.of(model).edgeSet());
    }
}
