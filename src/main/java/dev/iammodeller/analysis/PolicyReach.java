package dev.iammodeller.analysis;

import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's reach: where it is attached and what it grants there. Attached to a user or role (or inline
 * in one), it grants that principal the actions it allows, as far as the principal's other layers let it;
 * attached to a group, it grants each member the same. As a permissions boundary, an SCP or an RCP it
 * grants nothing: it only caps what identity policies grant.
 */
public record PolicyReach(String policyId, List<Placement> placements) {
    /** One place the policy is attached, with what it grants each principal there. */
    public record Placement(String holderId, String how, List<ForwardReach> grants, String note) {
        public Placement {
            grants = List.copyOf(grants);
        }
    }

    public PolicyReach {
        placements = List.copyOf(placements);
    }

    public static PolicyReach of(Catalog catalog, AccessCheck check, String policyId) {
        IamModel model = check.model();
        Entity policy = model.entity(policyId)
                .orElseThrow(() -> new IllegalArgumentException("the model holds no policy \"" + policyId + "\""));
        List<Placement> placements = new ArrayList<>();
        if (policy instanceof InlinePolicy inline) {
            ActionSet granted = ForwardReach.allowed(catalog, List.of(inline.document().document()));
            placements.add(grants(catalog, check, inline.owner(), "inline", granted));
        } else if (policy instanceof ManagedPolicy managed) {
            ActionSet granted = ForwardReach.allowed(catalog, List.of(managed.document().document()));
            for (Relation relation : model.from(policyId, RelationKind.ATTACHED_TO)) {
                placements.add(grants(catalog, check, relation.to(), "attached", granted));
            }
            for (Relation relation : model.from(policyId, RelationKind.BOUNDARY_OF)) {
                placements.add(new Placement(relation.to(), "boundary", List.of(),
                        "A permissions boundary grants nothing: it caps what the identity policies of "
                                + model.entity(relation.to()).map(Entity::name).orElse(relation.to()) + " allow."));
            }
        } else if (policy instanceof OrganizationPolicy organization) {
            for (Relation relation : model.from(policyId, RelationKind.APPLIES_TO)) {
                placements.add(new Placement(relation.to(), "applies", List.of(), "An " + organization.type()
                        + " never grants: it caps what the principals (SCP) or resources (RCP) below it may be allowed."));
            }
        } else {
            throw new IllegalArgumentException(policy.name() + " is a " + policy.kind().json() + ", not a policy");
        }
        return new PolicyReach(policyId, placements);
    }

    private static Placement grants(Catalog catalog, AccessCheck check, String holderId, String how, ActionSet granted) {
        IamModel model = check.model();
        List<ForwardReach> grants = new ArrayList<>();
        if (model.entities().get(holderId) instanceof Group) {
            for (Relation membership : model.to(holderId, RelationKind.MEMBER_OF)) {
                grants.add(ForwardReach.of(catalog, check, membership.from(), granted));
            }
            return new Placement(holderId, how, grants, grants.isEmpty()
                    ? "The group has no members, so the policy grants nobody anything yet." : null);
        }
        grants.add(ForwardReach.of(catalog, check, holderId, granted));
        return new Placement(holderId, how, grants, null);
    }
}
