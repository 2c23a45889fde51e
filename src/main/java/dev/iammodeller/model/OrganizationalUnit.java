package dev.iammodeller.model;

/** An organizational unit; {@code parent} is the id of the root or of another unit. */
public record OrganizationalUnit(String id, String name, String parent) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.ORGANIZATIONAL_UNIT;
    }
}
