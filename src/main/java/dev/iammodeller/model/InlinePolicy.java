package dev.iammodeller.model;

/** A policy embedded in one user, group or role ({@code owner} is that entity's id). */
public record InlinePolicy(String id, String owner, String name, PolicyText document) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.INLINE_POLICY;
    }
}
