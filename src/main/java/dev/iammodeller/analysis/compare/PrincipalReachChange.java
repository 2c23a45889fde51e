package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.Entity;
import java.util.List;

/**
 * What one principal (a user, role or identity provider; as the new model holds it, or as the base held it when
 * it was removed) reaches in the new model that it did not in the base ({@code gained}: not at all, or only on
 * conditions), and what it reached in the base that it no longer does ({@code lost}), each in action then target
 * order.
 */
public record PrincipalReachChange(Entity principal, List<ReachItem> gained, List<ReachItem> lost) {
    public PrincipalReachChange {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    public boolean isEmpty() {
        return gained.isEmpty() && lost.isEmpty();
    }
}
