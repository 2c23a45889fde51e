package dev.iammodeller.analysis;

import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A group's reach: what its members get through it. A group is not a principal (nothing signs a request
 * as a group), so its reach is the part of each member's reach that the group's policies decide
 * ({@link PolicyAttribution}), with all of that member's layers: the member's own deny, boundary or SCP still
 * caps what the group grants. The window and {@code analyze} both show this.
 */
public record GroupReach(String groupId, List<ForwardReach> members) {
    public GroupReach {
        members = List.copyOf(members);
    }

    /** The group's reach for its first {@code limit} members. */
    public static GroupReach of(ModelAnalysis analysis, String groupId, int limit) {
        IamModel model = analysis.model();
        if (!(model.entity(groupId).orElse(null) instanceof Group)) {
            throw new IllegalArgumentException("the model holds no group \"" + groupId + "\"");
        }
        List<ForwardReach> members = new ArrayList<>();
        Set<String> policies = policies(model, groupId);
        for (Relation membership : model.to(groupId, RelationKind.MEMBER_OF)) {
            if (members.size() >= limit) {
                break;
            }
            members.add(new ForwardReach(membership.from(),
                    PolicyAttribution.of(analysis, membership.from(), policies, groupId)));
        }
        return new GroupReach(groupId, members);
    }

    /** The ids of the managed policies attached to a group, then of its inline policies. */
    static Set<String> policies(IamModel model, String groupId) {
        Set<String> out = new LinkedHashSet<>();
        model.to(groupId, RelationKind.ATTACHED_TO).forEach(attached -> out.add(attached.from()));
        model.inlinePolicies(groupId).forEach(policy -> out.add(policy.id()));
        return out;
    }
}
