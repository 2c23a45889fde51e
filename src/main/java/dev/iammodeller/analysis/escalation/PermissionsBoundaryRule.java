package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.policy.PolicyDocument;
import java.util.List;
import java.util.Locale;

/**
 * iam:DeleteUserPermissionsBoundary, iam:DeleteRolePermissionsBoundary, iam:PutUserPermissionsBoundary,
 * iam:PutRolePermissionsBoundary on itself (not among pathfinding's paths): a principal with a boundary
 * that may remove it, or replace it by a policy that allows everything, is left with its identity
 * policies alone. Reported whenever the principal has a boundary (one that does not itself allow
 * everything) and may do this to itself. Gains {@code admin} when its identity policies allow everything;
 * otherwise its own ARN: its identity policies, no longer capped.
 */
final class PermissionsBoundaryRule implements EscalationRule {
    @Override
    public void find(Scan scan, PathSink out) {
        Attacker attacker = scan.attacker;
        ManagedPolicy boundary = scan.estate.boundary(attacker.id());
        if (boundary == null || scan.adminDocument(boundary)) {
            return;
        }
        String kind = attacker.isUser() ? "User" : "Role";
        String delete = "iam:Delete" + kind + "PermissionsBoundary";
        String put = "iam:Put" + kind + "PermissionsBoundary";
        if (!attacker.mayAllow(delete) && !attacker.mayAllow(put)) {
            return;
        }
        String gains = gains(scan);
        StepCheck deleted = scan.check(delete, attacker.principal);
        if (deleted.open()) {
            out.add(scan.path(gains, "iam-delete-" + kind.toLowerCase(Locale.ROOT) + "-permissions-boundary",
                    deleted.conditions(), List.of(Scan.step(delete, attacker.arn(), "remove its own permissions boundary "
                            + boundary.name()))));
        }
        Scan.Chosen replaced = scan.choosePolicy(put, attacker.principal, "iam:PermissionsBoundary");
        if (replaced != null) {
            out.add(scan.path(gains, "iam-put-" + kind.toLowerCase(Locale.ROOT) + "-permissions-boundary",
                    replaced.check().conditions(), List.of(Scan.step(put, attacker.arn(), "replace its own permissions boundary "
                            + boundary.name() + " by " + replaced.policyArn()))));
        }
    }

    /** What the principal has without its boundary: admin, or itself (its identity policies, uncapped). */
    private static String gains(Scan scan) {
        Attacker attacker = scan.attacker;
        List<PolicyDocument> documents = attacker.policies.identity().stream().map(PolicySource::document).toList();
        return Strength.allowsEverything(scan.identitySet(documents, false), attacker.account()) ? EscalationPath.ADMIN
                : attacker.arn();
    }
}
