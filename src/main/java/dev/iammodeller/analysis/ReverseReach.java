package dev.iammodeller.analysis;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Who can do one action on one resource (any ARN, drawn or not): every user and role of the model that can
 * do it directly, else after assuming a role (with the chain), else through compute it drives; and every
 * Identity Center user and group whose account assignments (a provisioned role, then any chain from it)
 * reach it. Each is a {@link Reacher} whose route's conditions are those of the way and of the action.
 */
public final class ReverseReach {
    private ReverseReach() {
    }

    public static List<Reacher> whoCan(ModelAnalysis analysis, String action, String resource) {
        IamModel model = analysis.model();
        List<Reacher> out = new ArrayList<>();
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        for (Entity principal : principals) {
            Outcome direct = analysis.check().outcome(principal.id(), action, resource);
            Reacher found = direct.reaches() ? reacher(new ReachRoute(ReachRoute.Way.DIRECT, List.of(principal.id()),
                    principal.id(), direct.conditions())) : throughRoles(analysis, principal.id(), ReachRoute.Way.VIA_ROLE,
                    action, resource);
            if (found == null) {
                found = throughCompute(analysis, principal.id(), action, resource);
            }
            if (found != null) {
                out.add(found);
            }
        }
        for (Entity principal : model.entities().values()) {
            if (principal.kind().isIdentityCenterPrincipal()) {
                Reacher through = throughRoles(analysis, principal.id(), ReachRoute.Way.VIA_ASSIGNMENT, action, resource);
                if (through != null) {
                    out.add(through);
                }
            }
        }
        return out;
    }

    private static Reacher reacher(ReachRoute route) {
        HighlightStyle style = route.conditional() ? HighlightStyle.CONDITIONAL : switch (route.way()) {
            case DIRECT -> HighlightStyle.DIRECT;
            case VIA_ROLE, VIA_ASSIGNMENT -> HighlightStyle.VIA_ROLE;
            case INDIRECT -> HighlightStyle.INDIRECT;
        };
        return new Reacher(route.principalId(), style, route, "");
    }

    /** The first role the principal can assume (or, {@code way} VIA_ASSIGNMENT, is assigned) that reaches it. */
    private static Reacher throughRoles(ModelAnalysis analysis, String principalId, ReachRoute.Way way, String action,
                                        String resource) {
        for (Assumption assumption : analysis.assumable(principalId)) {
            Outcome outcome = analysis.check().outcome(assumption.roleId(), action, resource);
            if (outcome.reaches()) {
                List<String> path = new ArrayList<>(List.of(principalId));
                path.addAll(assumption.chain());
                return reacher(new ReachRoute(way, path, assumption.roleId(),
                        joined(assumption.conditions(), outcome.conditions())));
            }
        }
        return null;
    }

    private static Reacher throughCompute(ModelAnalysis analysis, String principalId, String action, String resource) {
        for (IndirectReach.Driven driven : analysis.driven(principalId)) {
            Outcome outcome = analysis.check().outcome(driven.roleId(), action, resource);
            if (outcome.reaches()) {
                return reacher(new ReachRoute(ReachRoute.Way.INDIRECT, List.of(principalId, driven.computeId(),
                        driven.roleId()), driven.roleId(), joined(driven.outcome().conditions(), outcome.conditions())));
            }
        }
        return null;
    }

    private static List<String> joined(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>(first);
        second.stream().filter(key -> !out.contains(key)).forEach(out::add);
        return out;
    }
}
