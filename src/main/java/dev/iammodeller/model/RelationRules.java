package dev.iammodeller.model;

import java.util.Optional;

/** Which relations IAM allows between which kinds, and why not the others. */
final class RelationRules {
    private static final String CUSTOMER_REFERENCE = "a permission set names customer managed policies by path and"
            + " name (they are looked up in each account); only AWS managed policies are attached to it";

    private RelationRules() {
    }

    static Optional<String> whyNot(RelationKind kind, Entity from, Entity to, IamModel model) {
        EntityKind a = from.kind();
        EntityKind b = to.kind();
        switch (kind) {
            case MEMBER_OF:
                if (a == EntityKind.IDENTITY_CENTER_USER || b == EntityKind.IDENTITY_CENTER_GROUP) {
                    return a == EntityKind.IDENTITY_CENTER_USER && b == EntityKind.IDENTITY_CENTER_GROUP ? Optional.empty()
                            : Optional.of("Identity Center users join Identity Center groups; IAM users join IAM groups");
                }
                if (b != EntityKind.GROUP) {
                    return Optional.of(b == EntityKind.ROLE
                            ? "a user cannot be a member of a role: roles are assumed, not joined; let the role's trust "
                            + "policy name the user instead"
                            : "only a group has members");
                }
                if (a == EntityKind.GROUP) {
                    return Optional.of("groups do not nest: a group cannot be a member of another group");
                }
                if (a == EntityKind.ROLE) {
                    return Optional.of("a role cannot be a member of a group: roles are assumed, not joined");
                }
                if (a != EntityKind.USER) {
                    return Optional.of("only users are members of groups");
                }
                return sameAccount(from, to, "a user can only join a group of its own account");
            case ATTACHED_TO:
                if (a != EntityKind.MANAGED_POLICY) {
                    return Optional.of(a == EntityKind.ORGANIZATION_POLICY
                            ? "an SCP or RCP attaches to the organization root, an organizational unit or an account"
                            : "only a managed policy is attached; an inline policy belongs to its owner");
                }
                ManagedPolicy policy = (ManagedPolicy) from;
                if (b == EntityKind.PERMISSION_SET) {
                    return policy.awsManaged() ? Optional.empty() : Optional.of(CUSTOMER_REFERENCE);
                }
                if (b != EntityKind.USER && b != EntityKind.GROUP && b != EntityKind.ROLE) {
                    return Optional.of("a policy attaches to a user, a group or a role");
                }
                if (!policy.awsManaged() && !policy.account().equals(to.account())) {
                    return Optional.of("a customer managed policy attaches only within its own account");
                }
                return Optional.empty();
            case BOUNDARY_OF:
                if (a != EntityKind.MANAGED_POLICY) {
                    return Optional.of("a permissions boundary is a managed policy");
                }
                if (b == EntityKind.PERMISSION_SET) {
                    return ((ManagedPolicy) from).awsManaged() ? Optional.empty() : Optional.of(CUSTOMER_REFERENCE);
                }
                if (b != EntityKind.USER && b != EntityKind.ROLE) {
                    return Optional.of("a permissions boundary is set on a user or a role, not on a "
                            + b.json() + (b == EntityKind.GROUP ? " (set it on each member)" : ""));
                }
                return Optional.empty();
            case RUNS_AS:
                if (a != EntityKind.COMPUTE) {
                    return Optional.of(a == EntityKind.USER
                            ? "a user does not \"have\" a role: it assumes one that trusts it"
                            : "only compute (a function, an instance, a task) runs as a role");
                }
                return b == EntityKind.ROLE ? Optional.empty() : Optional.of("compute runs as a role");
            case APPLIES_TO:
                if (a != EntityKind.ORGANIZATION_POLICY) {
                    return Optional.of("only an SCP or an RCP applies to the organization, its units and accounts");
                }
                if (b != EntityKind.ORGANIZATION_ROOT && b != EntityKind.ORGANIZATIONAL_UNIT && b != EntityKind.ACCOUNT) {
                    return Optional.of("an SCP or RCP never attaches to an IAM " + b.json()
                            + ": it attaches to the organization root, an organizational unit or an account");
                }
                return Optional.empty();
            case PROVISIONS:
                if (a != EntityKind.PERMISSION_SET || !(to instanceof Role role)) {
                    return Optional.of("a permission set provisions a role in each account it is assigned in");
                }
                if (!ProvisionedRoles.isProvisioned(role)) {
                    return Optional.of("the roles Identity Center provisions live under " + ProvisionedRoles.PATH);
                }
                return model.to(role.id(), RelationKind.PROVISIONS).stream().anyMatch(r -> !r.from().equals(from.id()))
                        ? Optional.of("a provisioned role belongs to one permission set") : Optional.empty();
            case ASSIGNED_TO:
                if (!a.isIdentityCenterPrincipal()) {
                    return Optional.of("only Identity Center users and groups are assigned permission sets; an IAM "
                            + (a == EntityKind.USER ? "user assumes a role that trusts it" : a.json() + " is not assigned"));
                }
                if (b != EntityKind.ROLE || model.to(to.id(), RelationKind.PROVISIONS).isEmpty()) {
                    return Optional.of("an assignment is to a permission set in an account: its provisioned role there");
                }
                return Optional.empty();
            default:
                return Optional.of("unknown relation");
        }
    }

    private static Optional<String> sameAccount(Entity from, Entity to, String message) {
        return from.account() != null && from.account().equals(to.account()) ? Optional.empty() : Optional.of(message);
    }
}
