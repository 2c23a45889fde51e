package dev.iammodeller.app.inspector;

import static dev.iammodeller.app.inspector.EntityFields.GENERAL;

import dev.iammodeller.app.inspector.FieldSpec.Kind;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IdentityCenterGroup;
import dev.iammodeller.model.IdentityCenterUser;
import dev.iammodeller.model.PermissionSet;
import java.util.Arrays;
import java.util.List;

/** The inspector's fields of IAM Identity Center's permission sets, users and groups. */
final class IdentityCenterFields {
    private IdentityCenterFields() {
    }

    static List<FieldSpec> of(Entity entity) {
        if (entity instanceof PermissionSet) {
            return permissionSet();
        } else if (entity instanceof IdentityCenterUser) {
            return List.of(EntityFields.name(IdentityCenterUser.class, "The user name it signs in with",
                            (u, v) -> new IdentityCenterUser(u.id(), v, u.displayName())),
                    FieldSpec.of(IdentityCenterUser.class, "display-name", "Display name", GENERAL, "The person's name"
                            + " as the access portal shows it", Kind.TEXT, IdentityCenterUser::displayName,
                            (u, v) -> new IdentityCenterUser(u.id(), u.name(), v)));
        } else if (entity instanceof IdentityCenterGroup) {
            return List.of(EntityFields.name(IdentityCenterGroup.class, "The group's display name",
                    (g, v) -> new IdentityCenterGroup(g.id(), v)));
        }
        return List.of();
    }

    private static List<FieldSpec> permissionSet() {
        return List.of(
                EntityFields.name(PermissionSet.class, "The set's name: letters, digits and + = , . @ _ - (at most 32);"
                        + " its roles are AWSReservedSSO_<name>_<suffix>", (s, v) -> new PermissionSet(s.id(), v, s.arn(),
                        s.description(), s.sessionDuration(), s.customerManagedPolicies(), s.inlinePolicy(),
                        s.customerManagedBoundary())),
                FieldSpec.of(PermissionSet.class, "description", "Description", GENERAL, "What the set is for",
                        Kind.LONG_TEXT, PermissionSet::description, (s, v) -> new PermissionSet(s.id(), s.name(),
                                s.arn(), v, s.sessionDuration(), s.customerManagedPolicies(), s.inlinePolicy(),
                                s.customerManagedBoundary())),
                FieldSpec.of(PermissionSet.class, "session-duration", "Session duration", GENERAL, "How long a"
                        + " session signed in with it lasts, PT1H to PT12H (also its roles' maximum session)", Kind.TEXT,
                        PermissionSet::sessionDuration, (s, v) -> new PermissionSet(s.id(), s.name(), s.arn(),
                                s.description(), v.strip(), s.customerManagedPolicies(), s.inlinePolicy(),
                                s.customerManagedBoundary())),
                FieldSpec.of(PermissionSet.class, "customer-managed-policies", "Customer managed policies", GENERAL,
                        "Path and name of each, comma-separated, such as /deploy/DeployPipeline: each account it is"
                                + " provisioned in must hold a policy of that path and name", Kind.TEXT,
                        s -> String.join(", ", s.customerManagedPolicies()), (s, v) -> new PermissionSet(s.id(),
                                s.name(), s.arn(), s.description(), s.sessionDuration(), references(v), s.inlinePolicy(),
                                s.customerManagedBoundary())),
                FieldSpec.of(PermissionSet.class, "customer-managed-boundary", "Customer managed boundary", GENERAL,
                        "Path and name of a customer managed policy each account holds, as its roles' permissions"
                                + " boundary (empty: none, or the AWS managed one attached as boundary)", Kind.TEXT,
                        s -> s.customerManagedBoundary() == null ? "" : s.customerManagedBoundary(),
                        (s, v) -> new PermissionSet(s.id(), s.name(), s.arn(), s.description(), s.sessionDuration(),
                                s.customerManagedPolicies(), s.inlinePolicy(), v.isBlank() ? null : v.strip())));
    }

    private static List<String> references(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
