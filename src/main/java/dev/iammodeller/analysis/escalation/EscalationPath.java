package dev.iammodeller.analysis.escalation;

import java.util.List;

/**
 * A way a principal can give itself more permissions than it has. {@code gains} is {@link #ADMIN} (every
 * action on every resource) or the ARN of the principal (role, user, group) whose permissions it gains.
 * {@code rule} names the rule: a pathfinding.cloud id ({@code iam-007}, {@code lambda-001}) or one of ours
 * ({@code iam-create-user}); a chain reads {@code lambda-003 > iam-create-user}. {@code conditions} lists
 * what the attacker sets for the path to open (such as {@code iam:PassedToService = lambda.amazonaws.com},
 * or a context key only it controls); {@code steps} are in the order the attacker takes them.
 * {@code assumes} lists what must exist for the path to open that the model does not show (such as
 * {@code a Lambda function that runs as R must exist}): empty for a certain path, some for a possible one.
 */
public record EscalationPath(String principalId, String principalArn, String gains, String rule,
                             List<String> conditions, List<EscalationStep> steps, List<String> assumes) {
    public static final String ADMIN = "admin";

    public EscalationPath {
        conditions = List.copyOf(conditions);
        steps = List.copyOf(steps);
        assumes = List.copyOf(assumes);
    }

    /** A certain path: it assumes nothing the model does not show. */
    public EscalationPath(String principalId, String principalArn, String gains, String rule,
                          List<String> conditions, List<EscalationStep> steps) {
        this(principalId, principalArn, gains, rule, conditions, steps, List.of());
    }

    public boolean gainsAdmin() {
        return ADMIN.equals(gains);
    }
}
