package dev.iammodeller.analysis;

import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's reach: what its members get through it. A group is not a principal (nothing signs a request
 * as a group), so its reach is each member's reach over the actions the group's policies allow, decided
 * with all of that member's layers: the member's own deny, boundary or SCP still caps what the group grants.
 */
public record GroupReach(String groupId, List<ForwardReach> members) {
    public GroupReach {
        members = List.copyOf(members);
    }

    public static GroupReach of(Catalog catalog, AccessCheck check, String groupId) {
        IamModel model = check.model();
        if (!(model.entity(groupId).orElse(null) instanceof Group)) {
            throw new IllegalArgumentException("the model holds no group \"" + groupId + "\"");
        }
        ActionSet granted = ForwardReach.allowed(catalog, PrincipalPolicies.documents(model, groupId));
        List<ForwardReach> members = new ArrayList<>();
        for (Relation membership : model.to(groupId, RelationKind.MEMBER_OF)) {
            members.add(ForwardReach.of(catalog, check, membership.from(), granted));
        }
        return new GroupReach(groupId, members);
    }
}
