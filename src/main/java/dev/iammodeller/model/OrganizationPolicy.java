package dev.iammodeller.model;

/**
 * A service control policy (limits the principals of member accounts) or resource control policy
 * (limits access to resources of member accounts). Neither ever grants.
 */
public record OrganizationPolicy(String id, Type type, String name, PolicyText document) implements Entity {
    /** SCP or RCP. */
    public enum Type { SCP, RCP }

    @Override
    public EntityKind kind() {
        return EntityKind.ORGANIZATION_POLICY;
    }
}
