package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IdentityProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one principal of one model reaches, as items keyed by action and target: its own reach
 * ({@link ForwardReach}, what {@code analyze --principal} reports; one {@link ReachItem#EVERYTHING} for an
 * administrator) and the roles it can assume ({@link RoleAssumption}). An identity provider has only roles.
 */
record PrincipalReach(boolean administrator, Map<String, ReachItem> own, Map<String, ReachItem> roles) {
    static final PrincipalReach NONE = new PrincipalReach(false, Map.of(), Map.of());

    /**
     * What the principal reaches; with {@code withOwn} false without its own reach, with {@code withRoles} false
     * without the roles it can assume (known to be the same in the model compared with, so left out on both sides).
     */
    static PrincipalReach of(Catalog catalog, AccessCheck check, Entity principal, boolean withOwn, boolean withRoles) {
        if (principal == null) {
            return NONE;
        }
        boolean administrator = false;
        Map<String, ReachItem> own = new TreeMap<>();
        if (withOwn && principal.kind().isIamPrincipal()) {
            ForwardReach reach = ForwardReach.of(catalog, check, principal.id());
            administrator = reach.administrator(catalog);
            if (!administrator) {
                for (ActionOutcome outcome : reach.reached()) {
                    put(own, new ReachItem(outcome.action().fullName(), outcome.resource(), outcome.outcome().kind(),
                            outcome.outcome().conditions()));
                }
            }
        }
        Map<String, ReachItem> roles = new TreeMap<>();
        for (Assumption assumption : withRoles ? RoleAssumption.from(check.model(), principal.id()) : List.<Assumption>of()) {
            String action = principal instanceof IdentityProvider provider && assumption.chain().size() == 1
                    ? (provider.type() == IdentityProvider.Type.SAML ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity")
                    : "sts:AssumeRole";
            put(roles, new ReachItem(action, check.model().entities().get(assumption.roleId()).arn(),
                    assumption.reach() == Assumption.Reach.ALLOWED ? Outcome.Kind.ALLOWED
                            : Outcome.Kind.CONDITIONAL, assumption.conditions()));
        }
        return new PrincipalReach(administrator, own, roles);
    }

    private static void put(Map<String, ReachItem> items, ReachItem item) {
        items.put(item.key(), item);
    }

    /** What {@code next} reaches that this does not, or reaches only on conditions where {@code next} needs none. */
    List<ReachItem> gainedIn(PrincipalReach next) {
        List<ReachItem> out = new ArrayList<>();
        if (next.administrator && !administrator) {
            out.add(ReachItem.EVERYTHING);
        } else if (!administrator) {
            more(own, next.own, out);
        }
        more(roles, next.roles, out);
        return out;
    }

    /** The items of {@code after} that {@code before} lacks, or holds only on conditions where {@code after} needs none. */
    private static void more(Map<String, ReachItem> before, Map<String, ReachItem> after, List<ReachItem> out) {
        after.forEach((key, item) -> {
            ReachItem was = before.get(key);
            if (was == null || was.outcome() != item.outcome()
                    && item.outcome() == Outcome.Kind.ALLOWED) {
                out.add(item);
            }
        });
    }
}
