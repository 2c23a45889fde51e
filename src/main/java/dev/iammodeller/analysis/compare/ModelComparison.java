package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.List;

/**
 * Two versions of a model compared: what was added, removed and changed, and the difference that matters: for
 * each principal the reach it gains and loses, the escalation paths opened and closed, the findings raised,
 * resolved and changed. Held whole, for a window; the {@code diff} command hands the reach over principal by
 * principal instead ({@link ReachDifference#each}).
 */
public record ModelComparison(IamModel base, IamModel next, EntityPairing pairing, ModelChanges changes,
                              List<PrincipalReachChange> reach, List<EscalationChange> escalations,
                              List<FindingChange> findings) {
    public ModelComparison {
        reach = List.copyOf(reach);
        escalations = List.copyOf(escalations);
        findings = List.copyOf(findings);
    }

    public static ModelComparison of(Catalog catalog, IamModel base, IamModel next) {
        EntityPairing pairing = EntityPairing.of(base, next);
        AccessCheck before = new AccessCheck(base);
        AccessCheck after = new AccessCheck(next);
        return new ModelComparison(base, next, pairing, ModelChanges.of(base, next, pairing),
                ReachDifference.of(catalog, before, after, pairing), EscalationDifference.of(before, after, pairing),
                FindingDifference.of(catalog, before, after, pairing));
    }

    /** True when the new model gives any principal reach it lacked or a new escalation path: what {@code diff} fails on. */
    public boolean grantsNew() {
        return reach.stream().anyMatch(r -> !r.gained().isEmpty())
                || escalations.stream().anyMatch(e -> e.change() == Change.ADDED);
    }
}
