package dev.iammodeller.model;

import java.util.Optional;

/**
 * Changes AWS refuses to anyone, whatever their permissions: the policies of a service-linked role are
 * set by its service, and those of a role IAM Identity Center provisions (path
 * {@code /aws-reserved/sso.amazonaws.com/}) by its permission set. Real accounts hold such roles with
 * policies attached, so these are refusals of an edit, never problems of a model: a model that holds them
 * is valid, and opens.
 */
public final class AwsManagedChanges {
    private AwsManagedChanges() {
    }

    /** Why a person cannot draw or remove this relation, or empty when AWS lets them. */
    public static Optional<String> whyNot(IamModel model, Relation relation) {
        if (relation.kind() == RelationKind.PROVISIONS) {
            return Optional.of("IAM Identity Center provisions a permission set's roles when it is assigned: assign it"
                    + " in an account instead");
        }
        if (relation.kind() != RelationKind.ATTACHED_TO && relation.kind() != RelationKind.BOUNDARY_OF) {
            return Optional.empty();
        }
        return model.entity(relation.to()).flatMap(AwsManagedChanges::whyNotChangePolicies);
    }

    /** Why nobody may change which policies this entity holds, or empty when its policies are the account's to set. */
    public static Optional<String> whyNotChangePolicies(Entity entity) {
        if (entity instanceof Role role && role.serviceLinked()) {
            return Optional.of("a service-linked role's policies are set by its service and cannot be changed");
        }
        if (entity instanceof Role role && ssoProvisioned(role)) {
            return Optional.of("IAM Identity Center sets the policies of the roles it provisions: change the"
                    + " permission set instead");
        }
        return Optional.empty();
    }

    /** A role IAM Identity Center made for a permission set ({@code AWSReservedSSO_...}). */
    public static boolean ssoProvisioned(Role role) {
        return ProvisionedRoles.isProvisioned(role);
    }
}
