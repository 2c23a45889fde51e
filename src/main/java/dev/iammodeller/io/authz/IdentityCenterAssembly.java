package dev.iammodeller.io.authz;

import dev.iammodeller.catalog.AwsManagedPolicy;
import dev.iammodeller.catalog.ManagedPolicies;
import dev.iammodeller.io.authz.IdentityCenterReader.Assignment;
import dev.iammodeller.io.authz.IdentityCenterReader.IdentityCenter;
import dev.iammodeller.io.authz.IdentityCenterReader.ManagedReference;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityCenterGroup;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.ProvisionedRoles;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts what {@link IdentityCenterReader} read into a model that already holds the organization's accounts:
 * the permission sets (AWS managed policies attached to them, taken from the catalogue when no export lists
 * them), the identity store's users and groups with their memberships, and each account assignment as the
 * provisioned role of its set in its account ({@link ProvisionedRoles}), assigned to its user or group. A role
 * {@code AWSReservedSSO_<set>_...} that an account's export already holds is that set's role there.
 */
final class IdentityCenterAssembly {
    private IdentityCenterAssembly() {
    }

    static IamModel with(IamModel model, IdentityCenter center, Supplier<ManagedPolicies> catalogue, List<String> notes)
            throws AuthorizationImportException {
        Map<String, Entity> entities = new HashMap<>(model.entities());
        List<Relation> relations = new ArrayList<>(model.relations());
        center.permissionSets().values().forEach(set -> entities.put(set.id(), set));
        center.users().values().forEach(user -> entities.put(user.id(), user));
        for (Map.Entry<String, IdentityCenterGroup> group : center.groups().entrySet()) {
            entities.put(group.getValue().id(), group.getValue());
            for (String member : center.members().getOrDefault(group.getKey(), List.of())) {
                relations.add(new Relation(RelationKind.MEMBER_OF, center.users().get(member).id(), group.getValue().id()));
            }
        }
        ManagedPolicies known = null;
        for (ManagedReference reference : center.managed()) {
            String setId = reference.file().name();
            setId = setId.substring(Math.max(setId.lastIndexOf('/'), setId.lastIndexOf('\\')) + 1).replace(".json", "");
            if (!reference.arn().startsWith("arn:aws:iam::aws:policy/")) {
                throw reference.file().refuse(reference.at(), "\"" + reference.arn() + "\" is not the ARN of an AWS"
                        + " managed policy (customer managed policies are named by path and name)");
            }
            String id = ModelAssembly.policyId(null, reference.arn().substring(reference.arn().lastIndexOf('/') + 1));
            if (!(entities.get(id) instanceof ManagedPolicy)) {
                known = known == null ? catalogue.get() : known;
                AwsManagedPolicy policy = known.byArn(reference.arn()).orElse(null);
                if (policy == null) {
                    notes.add(reference.file().name() + ": " + reference.arn() + " is not in any export or the"
                            + " catalogue; it is left out");
                    continue;
                }
                entities.put(id, ModelAssembly.awsManaged(policy));
            }
            relations.add(new Relation(reference.boundary() ? RelationKind.BOUNDARY_OF : RelationKind.ATTACHED_TO, id, setId));
        }
        IamModel out = new IamModel(model.title(), model.description(), entities, relations, model.layout());
        out = adoptExportedRoles(out, center);
        for (Assignment assignment : center.assignments()) {
            if (out.account(assignment.account()).isEmpty()) {
                throw assignment.file().refuse(assignment.at(), "AccountId", "the account " + assignment.account()
                        + " is not in the organization");
            }
            Role role = ProvisionedRoles.roleIn(out, assignment.permissionSetId(), assignment.account());
            if (role == null) {
                out = ProvisionedRoles.provision(out, assignment.permissionSetId(), assignment.account());
                role = ProvisionedRoles.roleIn(out, assignment.permissionSetId(), assignment.account());
            }
            String principal = assignment.principalType().equals("USER")
                    ? center.users().get(assignment.principalId()).id() : center.groups().get(assignment.principalId()).id();
            out = out.withRelation(new Relation(RelationKind.ASSIGNED_TO, principal, role.id()));
        }
        for (PermissionSet set : center.permissionSets().values()) {
            out = ProvisionedRoles.reprovision(out, set.id());
        }
        return out;
    }

    /** The roles of the exports named {@code AWSReservedSSO_<set>_...} under the Identity Center path, linked to their set. */
    private static IamModel adoptExportedRoles(IamModel model, IdentityCenter center) {
        Map<String, String> setsByName = new HashMap<>();
        center.permissionSets().values().forEach(set -> setsByName.put(set.name(), set.id()));
        IamModel out = model;
        for (Role role : model.all(Role.class)) {
            if (!ProvisionedRoles.isProvisioned(role) || !role.name().startsWith("AWSReservedSSO_")) {
                continue;
            }
            String rest = role.name().substring("AWSReservedSSO_".length());
            int suffix = rest.lastIndexOf('_');
            String setId = suffix < 0 ? null : setsByName.get(rest.substring(0, suffix));
            if (setId != null && ProvisionedRoles.roleIn(out, setId, role.account()) == null) {
                out = out.withRelation(new Relation(RelationKind.PROVISIONS, setId, role.id()));
            }
        }
        return out;
    }
}
