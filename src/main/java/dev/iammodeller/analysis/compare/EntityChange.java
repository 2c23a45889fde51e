package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.Entity;
import java.util.List;

/**
 * An entity added ({@code base} null), removed ({@code next} null) or changed (both, with the {@code aspects}
 * that differ: "policy text", "trust policy", "tags"...).
 */
public record EntityChange(Change change, Entity base, Entity next, List<String> aspects) {
    public EntityChange {
        aspects = List.copyOf(aspects);
    }

    /** The entity as the new model holds it, or as the base held it when it was removed. */
    public Entity subject() {
        return next != null ? next : base;
    }
}
