package dev.iammodeller.analysis.escalation;

import java.util.ArrayList;
import java.util.List;

/**
 * A way a principal can give itself more permissions than it has. {@code gains} is {@link #ADMIN} (every
 * action on every resource) or the ARN of the principal (role, user, group) whose permissions it gains.
 * {@code rule} names the rule: a pathfinding.cloud id ({@code iam-007}, {@code lambda-001}) or one of ours
 * ({@code iam-create-user}); a chain reads {@code lambda-003 > iam-create-user}. {@code conditions} lists
 * what the attacker sets for the path to open (such as {@code iam:PassedToService = lambda.amazonaws.com},
 * or a context key only it controls); {@code steps} are in the order the attacker takes them.
 */
public record EscalationPath(String principalId, String principalArn, String gains, String rule,
                             List<String> conditions, List<EscalationStep> steps) {
    public static final String ADMIN = "admin";

    public EscalationPath {
        conditions = List.copyOf(conditions);
        steps = List.copyOf(steps);
    }

    public boolean gainsAdmin() {
        return ADMIN.equals(gains);
    }

    /**
     * The ids of the rules the path takes, in order: {@code lambda-003 > iam-create-user} is
     * {@code [lambda-003, iam-create-user]}, and a rule taken through a route ({@code iam-001 + iam-002}: a new
     * policy version for a user the attacker makes keys for) gives both ids.
     */
    public List<String> ruleIds() {
        List<String> out = new ArrayList<>();
        for (String hop : rule.split(" > ")) {
            for (String id : hop.split(" \\+ ")) {
                if (!id.isBlank()) {
                    out.add(id.strip());
                }
            }
        }
        return List.copyOf(out);
    }
}
