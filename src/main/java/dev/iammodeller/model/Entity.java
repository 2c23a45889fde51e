package dev.iammodeller.model;

/**
 * Something the model holds: an account, a user, a policy, a resource... Every entity has a stable id
 * (unique in the model, used by relations and the layout), a name, and its ARN where AWS gives one.
 */
public sealed interface Entity permits OrganizationRoot, OrganizationalUnit, Account, User, Group, Role,
        ManagedPolicy, InlinePolicy, IdentityProvider, AwsService, Resource, Compute, OrganizationPolicy,
        PermissionSet, IdentityCenterUser, IdentityCenterGroup {
    String id();

    String name();

    EntityKind kind();

    /** The entity's ARN, or null for things AWS gives none (a service, an organizational unit here). */
    default String arn() {
        return null;
    }

    /** The 12-digit id of the account the entity lives in, or null (organization parts, services, AWS managed policies). */
    default String account() {
        return null;
    }
}
