package dev.iammodeller.model;

/**
 * A user of IAM Identity Center's identity store (a person; {@code name} is its user name). It holds no IAM
 * policy: it signs in to the accounts it is assigned to ({@code assignedTo} a provisioned role), directly or
 * through its Identity Center groups ({@code memberOf}), and acts there as the provisioned role.
 */
public record IdentityCenterUser(String id, String name, String displayName) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.IDENTITY_CENTER_USER;
    }
}
