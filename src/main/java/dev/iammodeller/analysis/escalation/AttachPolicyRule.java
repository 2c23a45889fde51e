package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import java.util.Map;

/**
 * iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy (pathfinding iam-008, iam-010, iam-009;
 * through a route iam-015, iam-014, iam-019): the attacker attaches a policy that allows everything
 * (AdministratorAccess, or one of the model's) to itself, one of its groups, a role it can assume or
 * whose trust it can rewrite, or a user it can make credentials for. A condition on iam:PolicyARN is the
 * attacker's to meet only with a policy that allows everything; a boundary on the principal caps the
 * policy unless the attacker can lift it.
 */
final class AttachPolicyRule extends HolderPolicyRule {
    AttachPolicyRule() {
        super(new Variant("iam:AttachUserPolicy", "iam-008", Map.of(Route.Kind.CREDENTIALS, "iam-015")),
                new Variant("iam:AttachGroupPolicy", "iam-010", Map.of()),
                new Variant("iam:AttachRolePolicy", "iam-009",
                        Map.of(Route.Kind.ASSUME, "iam-014", Route.Kind.TRUST, "iam-019")));
    }

    @Override
    Grant grant(Scan scan, String action, Entity holder) {
        Scan.Chosen chosen = scan.choosePolicy(action, holder, "iam:PolicyARN");
        return chosen == null ? null
                : new Grant(chosen.check().conditions(), "attach " + chosen.policyArn() + " to " + holder.name());
    }
}
