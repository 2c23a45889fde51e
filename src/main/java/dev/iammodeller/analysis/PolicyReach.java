package dev.iammodeller.analysis;

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
import java.util.Set;

/**
 * A policy's reach: where it is attached and what it grants there ({@link PolicyAttribution}). Attached to a
 * user or role (or inline in one), it grants that principal the actions it allows, as far as the principal's
 * other layers let it; attached to a group, it grants each member the same, through the group. As a permissions boundary, an SCP or an RCP it
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

    /** The policy's placements, with what it grants the first {@code limit} principals in all. */
    public static PolicyReach of(ModelAnalysis analysis, String policyId, int limit) {
        IamModel model = analysis.model();
        Entity policy = model.entity(policyId)
                .orElseThrow(() -> new IllegalArgumentException("the model holds no policy \"" + policyId + "\""));
        List<Placement> placements = new ArrayList<>();
        int[] left = {limit};
        if (policy instanceof InlinePolicy inline) {
            placements.add(grants(analysis, policyId, inline.owner(), "inline", left));
        } else if (policy instanceof ManagedPolicy) {
            for (Relation relation : model.from(policyId, RelationKind.ATTACHED_TO)) {
                placements.add(grants(analysis, policyId, relation.to(), "attached", left));
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

    /** What the policy grants at one holder: the holder itself, or each member of a group (through the group). */
    private static Placement grants(ModelAnalysis analysis, String policyId, String holderId, String how, int[] left) {
        IamModel model = analysis.model();
        List<ForwardReach> grants = new ArrayList<>();
        Set<String> policy = Set.of(policyId);
        if (model.entities().get(holderId) instanceof Group) {
            List<Relation> members = model.to(holderId, RelationKind.MEMBER_OF);
            for (Relation membership : members) {
                if (left[0]-- <= 0) {
                    break;
                }
                grants.add(new ForwardReach(membership.from(), PolicyAttribution.of(analysis, membership.from(), policy,
                        holderId)));
            }
            return new Placement(holderId, how, grants, members.isEmpty()
                    ? "The group has no members, so the policy grants nobody anything yet." : null);
        }
        Entity holder = model.entities().get(holderId);
        if (holder != null && holder.kind().isIamPrincipal() && left[0]-- > 0) {
            grants.add(new ForwardReach(holderId, PolicyAttribution.of(analysis, holderId, policy, null)));
        }
        return new Placement(holderId, how, grants, null);
    }
}
