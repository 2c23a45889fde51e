package dev.iammodeller.model;

/** A group of IAM Identity Center's identity store; its members get its account assignments. */
public record IdentityCenterGroup(String id, String name) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.IDENTITY_CENTER_GROUP;
    }
}
