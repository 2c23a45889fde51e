package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * For each user, role and identity provider of either model, what it reaches in the new model and did not in the
 * base, and what it lost ({@link PrincipalReach}: the reach the live evaluator and {@code analyze --principal}
 * show, and the roles it can assume). Handed over principal by principal, in ARN order, as each is compared
 * ({@value #BATCH} principals at a time, on every core): what is kept meanwhile is their reach in each model,
 * never the whole. A principal whose own reach (or roles it can assume) is decided from the same things in both
 * models ({@link ReachInputs}) has it compared without computing it.
 */
public final class ReachDifference {
    /** How many principals are compared at once (on every core) before their changes are handed over. */
    static final int BATCH = 64;

    private ReachDifference() {
    }

    /** A principal in the base (null when added) and in the new model (null when removed). */
    private record Pair(Entity base, Entity next) {
        Entity subject() {
            return next != null ? next : base;
        }
    }

    /** Hands every principal whose reach differs to {@code out}, in ARN order. */
    public static void each(Catalog catalog, AccessCheck base, AccessCheck next, EntityPairing pairing,
                            Consumer<PrincipalReachChange> out) {
        ReachInputs inputs = new ReachInputs(catalog, base.model(), next.model(), pairing);
        List<Pair> pairs = pairs(base.model(), next.model(), pairing);
        for (int start = 0; start < pairs.size(); start += BATCH) {
            pairs.subList(start, Math.min(pairs.size(), start + BATCH)).parallelStream()
                    .map(pair -> compare(catalog, base, next, pair, !inputs.sameOwnReach(pair.base(), pair.next()),
                            !inputs.sameRoles(pair.base(), pair.next())))
                    .filter(change -> !change.isEmpty())
                    .toList()
                    .forEach(out);
        }
    }

    /** Every principal whose reach differs, in ARN order (for a model a window shows). */
    public static List<PrincipalReachChange> of(Catalog catalog, AccessCheck base, AccessCheck next, EntityPairing pairing) {
        List<PrincipalReachChange> out = new ArrayList<>();
        each(catalog, base, next, pairing, out::add);
        return out;
    }

    private static PrincipalReachChange compare(Catalog catalog, AccessCheck base, AccessCheck next, Pair pair, boolean own,
                                                boolean roles) {
        PrincipalReach before = PrincipalReach.of(catalog, base, pair.base(), own, roles);
        PrincipalReach after = PrincipalReach.of(catalog, next, pair.next(), own, roles);
        return new PrincipalReachChange(pair.subject(), before.gainedIn(after), after.gainedIn(before));
    }

    private static List<Pair> pairs(IamModel base, IamModel next, EntityPairing pairing) {
        List<Pair> out = new ArrayList<>();
        for (Entity entity : base.entities().values()) {
            if (principal(entity)) {
                String newId = pairing.newId(entity.id());
                out.add(new Pair(entity, newId == null ? null : next.entities().get(newId)));
            }
        }
        for (Entity entity : next.entities().values()) {
            if (principal(entity) && pairing.baseId(entity.id()) == null) {
                out.add(new Pair(null, entity));
            }
        }
        out.sort(Comparator.comparing((Pair p) -> p.subject().arn()).thenComparing(p -> p.subject().id()));
        return out;
    }

    private static boolean principal(Entity entity) {
        return entity.kind().isIamPrincipal() || entity.kind() == EntityKind.IDENTITY_PROVIDER;
    }
}
