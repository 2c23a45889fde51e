package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;

/**
 * The shape the attach and put rules share: the attacker gives a policy to a user (itself, or one it can make
 * credentials for), to one of that user's groups, or to a role it can assume or whose trust it can rewrite.
 * A boundary on the principal caps the policy unless the attacker can lift it. Subclasses say what one grant
 * step needs.
 */
abstract class HolderPolicyRule implements EscalationRule {
    /** One action of the rule: its pathfinding id alone and through each kind of route. */
    record Variant(String action, String selfId, Map<Route.Kind, String> combined) {
    }

    /** What the grant step needs (conditions the attacker must meet) and says, or null when it is closed. */
    record Grant(List<String> conditions, String note) {
    }

    private final Variant user;
    private final Variant group;
    private final Variant role;

    HolderPolicyRule(Variant user, Variant group, Variant role) {
        this.user = user;
        this.group = group;
        this.role = role;
    }

    /** The grant of {@code action} on {@code holder}, or null when the attacker may not take it. */
    abstract Grant grant(Scan scan, String action, Entity holder);

    @Override
    public final void find(Scan scan, PathSink out) {
        Attacker attacker = scan.attacker;
        boolean users = attacker.mayAllow(user.action());
        boolean groups = attacker.mayAllow(group.action());
        boolean roles = attacker.mayAllow(role.action());
        if (users || groups) {
            for (Route route : scan.userRoutes()) {
                if (users) {
                    give(scan, out, route, route.target(), user);
                }
                if (groups && route.target() instanceof User member) {
                    for (Group held : scan.estate.groupsOf(member.id())) {
                        give(scan, out, route, held, group);
                    }
                }
            }
        }
        if (roles) {
            for (Route route : scan.roleRoutes()) {
                give(scan, out, route, route.target(), role);
            }
        }
    }

    private void give(Scan scan, PathSink out, Route route, Entity holder, Variant variant) {
        Grant grant = grant(scan, variant.action(), holder);
        if (grant == null) {
            return;
        }
        Scan.Lift lift = scan.lift(route.target());
        if (lift == null) {
            return;
        }
        out.add(scan.path(EscalationPath.ADMIN, Scan.ruleId(variant.selfId(), variant.combined(), route),
                Scan.concat(route.conditions(), lift.conditions(), grant.conditions()),
                Scan.concat(lift.steps(), List.of(Scan.step(variant.action(), holder.arn(), grant.note())), route.steps())));
    }
}
