package dev.iammodeller.analysis.escalation;

/**
 * iam:UpdateAssumeRolePolicy (pathfinding iam-012): the attacker rewrites the trust policy of a role of its
 * account to name itself, then assumes it. A trust policy naming the caller needs no sts:AssumeRole in
 * the caller's own policies, but its boundary, its SCPs and any Deny still apply. Service-linked roles
 * and Identity Center roles cannot be changed (the evaluator denies it).
 */
final class UpdateAssumeRolePolicyRule implements EscalationRule {
    @Override
    public void find(Scan scan, PathSink out) {
        for (Route route : scan.trustRoutes()) {
            if (scan.strength.stronger(scan.attacker, route.target().id())) {
                out.add(scan.path(scan.estate.arn(route.target()), route.rule(), route.conditions(), route.steps()));
            }
        }
    }
}
