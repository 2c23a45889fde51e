package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.List;

/** Statements another statement of the same effect already covers. */
final class RedundancyChecks {
    private RedundancyChecks() {
    }

    static void check(LintSubject subject, LintFindings findings) {
        List<Statement> statements = subject.document().statements();
        for (Statement narrow : statements) {
            if (!plain(narrow)) {
                continue;
            }
            for (Statement wide : statements) {
                if (wide != narrow && plain(wide) && wide.effect() == narrow.effect()
                        && samePrincipal(wide, narrow) && coversActions(subject, wide, narrow)
                        && coversResources(wide, narrow)
                        && !(wide.index() > narrow.index() && coversActions(subject, narrow, wide)
                        && coversResources(narrow, wide))) {
                    findings.add("REDUNDANT_STATEMENT", LintSeverity.SUGGESTION, subject.json(narrow),
                            "statement " + label(wide) + " already covers every action and resource of this one: "
                                    + "remove it");
                    break;
                }
            }
        }
    }

    private static String label(Statement statement) {
        return statement.sid() != null ? "\"" + statement.sid() + "\"" : "number " + (statement.index() + 1);
    }

    private static boolean plain(Statement statement) {
        return statement.conditions().isEmpty() && !statement.notAction() && statement.resources() != null
                && !statement.notResource() && !statement.notPrincipal();
    }

    private static boolean samePrincipal(Statement a, Statement b) {
        return a.principal() == null ? b.principal() == null
                : b.principal() != null && a.principal().everyone() == b.principal().everyone()
                && a.principal().entries().stream().map(e -> e.type() + "=" + e.value()).sorted().toList()
                .equals(b.principal().entries().stream().map(e -> e.type() + "=" + e.value()).sorted().toList());
    }

    private static boolean coversActions(LintSubject subject, Statement wide, Statement narrow) {
        for (ActionPattern action : narrow.actions()) {
            boolean covered = false;
            for (ActionPattern candidate : wide.actions()) {
                if (ActionChecks.covers(subject.catalog(), candidate, action)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private static boolean coversResources(Statement wide, Statement narrow) {
        for (PolicyTemplate resource : narrow.resources()) {
            boolean covered = false;
            for (PolicyTemplate candidate : wide.resources()) {
                if (candidate.text().equals(resource.text())
                        || (!candidate.hasVariables() && !resource.hasVariables()
                        && dev.iammodeller.catalog.WildcardPattern.compile(candidate.text(), false).matches(resource.text()))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
