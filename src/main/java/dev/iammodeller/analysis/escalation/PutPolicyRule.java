package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;

/**
 * iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy (pathfinding iam-007, iam-011, iam-005; through a
 * route iam-018, iam-017, iam-021): the attacker writes an inline policy allowing {@code *} on {@code *}
 * into itself, one of its groups, a role it can assume or whose trust it can rewrite, or a user it can
 * make credentials for. A boundary on the principal caps the policy unless the attacker can lift it.
 */
final class PutPolicyRule implements EscalationRule {
    @Override
    public void find(Scan scan, List<EscalationPath> out) {
        Attacker attacker = scan.attacker;
        boolean users = attacker.mayAllow("iam:PutUserPolicy");
        boolean groups = attacker.mayAllow("iam:PutGroupPolicy");
        boolean roles = attacker.mayAllow("iam:PutRolePolicy");
        if (users || groups) {
            for (Route route : scan.userRoutes()) {
                if (users) {
                    put(scan, out, route, route.target(), "iam:PutUserPolicy", "iam-007",
                            Map.of(Route.Kind.CREDENTIALS, "iam-018"));
                }
                if (groups && route.target() instanceof User user) {
                    for (Group group : scan.estate.groupsOf(user.id())) {
                        put(scan, out, route, group, "iam:PutGroupPolicy", "iam-011", Map.of());
                    }
                }
            }
        }
        if (roles) {
            for (Route route : scan.roleRoutes()) {
                put(scan, out, route, route.target(), "iam:PutRolePolicy", "iam-005",
                        Map.of(Route.Kind.ASSUME, "iam-017", Route.Kind.TRUST, "iam-021"));
            }
        }
    }

    private static void put(Scan scan, List<EscalationPath> out, Route route, Entity holder, String action,
                            String selfId, Map<Route.Kind, String> combined) {
        StepCheck check = scan.check(action, holder);
        if (!check.open()) {
            return;
        }
        Scan.Lift lift = scan.lift(route.target());
        if (lift == null) {
            return;
        }
        out.add(scan.path(EscalationPath.ADMIN, Scan.ruleId(selfId, combined, route),
                Scan.concat(route.conditions(), lift.conditions(), check.conditions()),
                Scan.concat(lift.steps(), List.of(Scan.step(action, holder.arn(), "write an inline policy allowing * on * into "
                        + holder.name())), route.steps())));
    }
}
