package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import java.util.Map;

/**
 * iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy (pathfinding iam-007, iam-011, iam-005; through a
 * route iam-018, iam-017, iam-021): the attacker writes an inline policy allowing {@code *} on {@code *}
 * into itself, one of its groups, a role it can assume or whose trust it can rewrite, or a user it can
 * make credentials for. A boundary on the principal caps the policy unless the attacker can lift it.
 */
final class PutPolicyRule extends HolderPolicyRule {
    PutPolicyRule() {
        super(new Variant("iam:PutUserPolicy", "iam-007", Map.of(Route.Kind.CREDENTIALS, "iam-018")),
                new Variant("iam:PutGroupPolicy", "iam-011", Map.of()),
                new Variant("iam:PutRolePolicy", "iam-005",
                        Map.of(Route.Kind.ASSUME, "iam-017", Route.Kind.TRUST, "iam-021")));
    }

    @Override
    Grant grant(Scan scan, String action, Entity holder) {
        StepCheck check = scan.check(action, holder);
        return check.open() ? new Grant(check.conditions(), "write an inline policy allowing * on * into " + holder.name())
                : null;
    }
}
