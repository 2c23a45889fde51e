package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.User;
import java.util.List;

/**
 * iam:UpdateLoginProfile (pathfinding iam-006) on a user the model does not show with a console password.
 * AWS refuses it on a user without one (only iam:CreateLoginProfile, iam-004, gives one), so the certain
 * rule ({@link UserCredentialsRule}) tries it only on users the model shows with a password. But an export
 * of {@code aws iam get-account-authorization-details} does not say which users have one, and an imported
 * user never shows it: the attacker that may set another user's password gains that user if the user has
 * a password, a POSSIBLE path that says so ({@code user U must have a console password (a login profile)}).
 * Users it already gains for certain (an access key, a new password) are not reported again.
 */
final class PossibleLoginProfileRule implements EscalationRule {
    private static final String ACTION = "iam:UpdateLoginProfile";

    @Override
    public void find(Scan scan, PathSink out) {
        if (!scan.attacker.mayAllow(ACTION)) {
            return;
        }
        for (User user : scan.estate.users(scan.attacker.account())) {
            if (user.consolePassword() || user.id().equals(scan.attacker.id())) {
                continue;
            }
            String arn = scan.estate.arn(user);
            if (out.gainedForCertain(arn)) {
                continue;
            }
            StepCheck check = scan.check(ACTION, user);
            if (!check.open() || !scan.strength.stronger(scan.attacker, user.id())) {
                continue;
            }
            EscalationStep step = Scan.assuming(Scan.step(ACTION, arn, "set a new console password for " + user.name()
                    + " in place of the one it has, and sign in as it"), "user " + user.name()
                    + " must have a console password (a login profile)");
            out.add(scan.path(arn, "iam-006", check.conditions(), List.of(step)));
        }
    }

}
