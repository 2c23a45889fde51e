package dev.iammodeller.model;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/** A JGraphT view of a model, for graph questions: membership, attachment, trust, runs-as. */
public final class ModelGraph {
    private ModelGraph() {
    }

    /** Vertices are entity ids; edges are stored relations, trusts and inline ownership. */
    public static Graph<String, ModelEdge> of(IamModel model) {
        Graph<String, ModelEdge> graph = new DirectedMultigraph<>(ModelEdge.class);
        model.entities().keySet().forEach(graph::addVertex);
        for (Relation relation : model.relations()) {
            if (graph.containsVertex(relation.from()) && graph.containsVertex(relation.to())) {
                ModelEdge.Kind kind = ModelEdge.Kind.valueOf(relation.kind().name());
                graph.addEdge(relation.from(), relation.to(), new ModelEdge(kind, relation.from(), relation.to()));
            }
        }
        for (Role role : model.all(Role.class)) {
            for (String trusted : TrustedPrincipals.entities(model, role)) {
                graph.addEdge(role.id(), trusted, new ModelEdge(ModelEdge.Kind.TRUSTS, role.id(), trusted));
            }
        }
        for (InlinePolicy policy : model.all(InlinePolicy.class)) {
            if (graph.containsVertex(policy.owner())) {
                graph.addEdge(policy.owner(), policy.id(), new ModelEdge(ModelEdge.Kind.OWNS, policy.owner(), policy.id()));
            }
        }
        return graph;
    }
}
