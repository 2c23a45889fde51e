package dev.iammodeller.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** The edges of a model, for drawing and graph questions: stored relations, trusts read from trust policies, inline ownership. */
public final class ModelEdges {
    private ModelEdges() {
    }

    /** Each edge once, in that order: relations between entities the model holds, then trusts, then inline ownership. */
    public static Set<ModelEdge> of(IamModel model) {
        Set<ModelEdge> edges = new LinkedHashSet<>();
        for (Relation relation : model.relations()) {
            if (model.entities().containsKey(relation.from()) && model.entities().containsKey(relation.to())) {
                edges.add(new ModelEdge(ModelEdge.Kind.valueOf(relation.kind().name()), relation.from(), relation.to()));
            }
        }
        TrustablePrincipals principals = new TrustablePrincipals(model);
        for (Role role : model.all(Role.class)) {
            for (String trusted : TrustedPrincipals.entities(principals, role)) {
                edges.add(new ModelEdge(ModelEdge.Kind.TRUSTS, role.id(), trusted));
            }
        }
        for (InlinePolicy policy : model.all(InlinePolicy.class)) {
            if (model.entities().containsKey(policy.owner())) {
                edges.add(new ModelEdge(ModelEdge.Kind.OWNS, policy.owner(), policy.id()));
            }
        }
        return edges;
    }
}
