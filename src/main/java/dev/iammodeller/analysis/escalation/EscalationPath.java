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

    /** A path that assumes what its steps assume ({@link EscalationStep#assumes}): certain when none does. */
    public EscalationPath(String principalId, String principalArn, String gains, String rule,
                          List<String> conditions, List<EscalationStep> steps) {
        this(principalId, principalArn, gains, rule, conditions, steps, assumptions(steps));
    }

    /** What these steps assume exists, each once, in step order: empty when every step acts on what the model shows. */
    static List<String> assumptions(List<EscalationStep> steps) {
        List<String> out = null;
        for (EscalationStep step : steps) {
            if (step.assumes() != null) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                if (!out.contains(step.assumes())) {
                    out.add(step.assumes());
                }
            }
        }
        return out == null ? List.of() : out;
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
