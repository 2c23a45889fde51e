package dev.iammodeller.analysis.escalation;

/**
 * iam:CreateAccessKey (pathfinding iam-002), iam:CreateLoginProfile (iam-004, for a user without a console
 * password) and iam:UpdateLoginProfile (iam-006, for one with): the attacker makes credentials for
 * another user of its account that can do something it cannot, and signs in as that user.
 */
final class UserCredentialsRule implements EscalationRule {
    @Override
    public void find(Scan scan, PathSink out) {
        for (Route route : scan.credentialVariants()) {
            if (scan.strength.stronger(scan.attacker, route.target().id())) {
                out.add(scan.path(scan.estate.arn(route.target()), route.rule(), route.conditions(), route.steps()));
            }
        }
    }
}
