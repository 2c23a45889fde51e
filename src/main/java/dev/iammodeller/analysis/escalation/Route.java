package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import java.util.List;

/**
 * A way for the attacker to act as a principal: itself; a role it can assume (pathfinding sts-001); a
 * role whose trust policy it can rewrite to name itself (iam-012); a user it can make credentials for
 * (iam-002, iam-004, iam-006). The rules that raise a principal's permissions (attach, put, new policy
 * version) raise those of every principal it has a route to, then take the route.
 */
record Route(Kind kind, Entity target, List<EscalationStep> steps, String rule, List<String> conditions) {
    enum Kind { SELF, ASSUME, TRUST, CREDENTIALS }

    Route {
        steps = List.copyOf(steps);
        conditions = List.copyOf(conditions);
    }
}
