package dev.iammodeller.analysis.findings;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * RESOURCE_OPEN_TO_EVERYONE (high): one finding per resource whose policy has Allow statements for Principal
 * {@code "*"} (or AWS {@code "*"}) and no condition, naming each such statement.
 */
final class ResourceOpenToEveryoneFinding {
    private ResourceOpenToEveryoneFinding() {
    }

    static List<Finding> find(IamModel model) {
        List<Finding> out = new ArrayList<>();
        for (Resource resource : model.all(Resource.class)) {
            if (resource.policy() == null) {
                continue;
            }
            PolicyDocument document;
            try {
                document = resource.policy().document();
            } catch (PolicyParseException e) {
                continue;
            }
            List<String> grants = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            for (Statement statement : document.statements()) {
                if (statement.effect() != Effect.ALLOW || statement.principal() == null || statement.notPrincipal()
                        || !statement.conditions().isEmpty() || !everyone(statement)) {
                    continue;
                }
                List<String> actions = statement.actions() == null ? List.of()
                        : statement.actions().stream().map(ActionPattern::text).toList();
                String name = statement.sid() == null || statement.sid().isBlank() ? "statement " + statement.index()
                        : "statement " + statement.sid();
                statements.add(name);
                grants.add((statement.notAction() ? "every action except " : "") + String.join(", ", actions)
                        + " (" + name + ")");
            }
            if (statements.isEmpty()) {
                continue;
            }
            List<String> path = new ArrayList<>();
            path.add(FindingText.reference(resource));
            path.addAll(statements);
            out.add(FindingText.about(Findings.RESOURCE_OPEN_TO_EVERYONE, Severity.HIGH, resource,
                    "The policy of " + resource.name() + " lets anyone do " + String.join("; ", grants)
                    + ", with no condition.",
                    "A resource policy with Principal \"*\" and no condition grants its actions to every caller of"
                    + " every AWS account, and for services that accept unsigned requests (such as S3) to anonymous"
                    + " callers too; add a condition (aws:PrincipalOrgID, aws:SourceVpce) or name the principals.",
                    path, List.of()));
        }
        return out;
    }

    private static boolean everyone(Statement statement) {
        if (statement.principal().everyone()) {
            return true;
        }
        return statement.principal().entries().stream()
                .anyMatch(e -> e.type().equals(PrincipalEntry.AWS) && e.value().equals("*"));
    }
}
