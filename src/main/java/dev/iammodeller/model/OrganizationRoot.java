package dev.iammodeller.model;

/** The root of an AWS organization ({@code r-xxxx}), the top of its tree of organizational units. */
public record OrganizationRoot(String id, String name) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.ORGANIZATION_ROOT;
    }
}
