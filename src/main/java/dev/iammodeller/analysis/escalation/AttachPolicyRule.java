package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;

/**
 * iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy (pathfinding iam-008, iam-010, iam-009;
 * through a route iam-015, iam-014, iam-019): the attacker attaches a policy that allows everything
 * (AdministratorAccess, or one of the model's) to itself, one of its groups, a role it can assume or
 * whose trust it can rewrite, or a user it can make credentials for. A condition on iam:PolicyARN is the
 * attacker's to meet only with a policy that allows everything; a boundary on the principal caps the
 * policy unless the attacker can lift it.
 */
final class AttachPolicyRule implements EscalationRule {
    @Override
    public void find(Scan scan, List<EscalationPath> out) {
        Attacker attacker = scan.attacker;
        boolean users = attacker.mayAllow("iam:AttachUserPolicy");
        boolean groups = attacker.mayAllow("iam:AttachGroupPolicy");
        boolean roles = attacker.mayAllow("iam:AttachRolePolicy");
        if (users || groups) {
            for (Route route : scan.userRoutes()) {
                if (users) {
                    attach(scan, out, route, route.target(), "iam:AttachUserPolicy", "iam-008",
                            Map.of(Route.Kind.CREDENTIALS, "iam-015"));
                }
                if (groups && route.target() instanceof User user) {
                    for (Group group : scan.estate.groupsOf(user.id())) {
                        attach(scan, out, route, group, "iam:AttachGroupPolicy", "iam-010", Map.of());
                    }
                }
            }
        }
        if (roles) {
            for (Route route : scan.roleRoutes()) {
                attach(scan, out, route, route.target(), "iam:AttachRolePolicy", "iam-009",
                        Map.of(Route.Kind.ASSUME, "iam-014", Route.Kind.TRUST, "iam-019"));
            }
        }
    }

    private static void attach(Scan scan, List<EscalationPath> out, Route route, Entity holder, String action,
                               String selfId, Map<Route.Kind, String> combined) {
        Scan.Chosen chosen = scan.choosePolicy(action, holder, "iam:PolicyARN");
        if (chosen == null) {
            return;
        }
        Scan.Lift lift = scan.lift(route.target());
        if (lift == null) {
            return;
        }
        out.add(scan.path(EscalationPath.ADMIN, Scan.ruleId(selfId, combined, route),
                Scan.concat(route.conditions(), lift.conditions(), chosen.check().conditions()),
                Scan.concat(lift.steps(), List.of(Scan.step(action, holder.arn(), "attach " + chosen.policyArn() + " to "
                        + holder.name())), route.steps())));
    }
}
