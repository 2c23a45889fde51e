package dev.iammodeller.app.policyeditor;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.policy.lint.LintFinding;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyLint;
import dev.iammodeller.policy.lint.LintSeverity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the editor knows about one text: whether it parses (the model takes only text that does) and the
 * problems to mark: the parser's error first, then lint's findings, worst first, when the catalogue is
 * at hand. A pure function of its inputs, so it can run off the FX thread.
 */
public record PolicyDiagnosis(String text, boolean parses, boolean linted, List<Problem> problems) {
    public PolicyDiagnosis {
        problems = List.copyOf(problems);
    }

    /** Parses {@code text}, and lints it too when {@code catalog} is not null. */
    public static PolicyDiagnosis of(String text, LintOptions options, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        boolean parses = true;
        if (text.isBlank()) {
            return new PolicyDiagnosis(text, false, false,
                    List.of(new Problem(0, 0, LintSeverity.ERROR, "EMPTY", "a policy document cannot be empty")));
        }
        try {
            PolicyReader.parse(text);
        } catch (PolicyParseException e) {
            parses = false;
            problems.add(Problem.of(e));
        }
        if (catalog != null) {
            List<Problem> findings = new ArrayList<>();
            for (LintFinding finding : new PolicyLint(catalog).check(text, options)) {
                Problem problem = Problem.of(finding);
                if (problems.stream().noneMatch(problem::samePlaceAndMessage)) {
                    findings.add(problem);
                }
            }
            findings.sort(Comparator.comparing(Problem::severity).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            problems.addAll(findings);
        }
        return new PolicyDiagnosis(text, parses, catalog != null, problems);
    }

    /** The problems on one line (1-based). */
    public List<Problem> on(int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }

    /** The worst severity found, or null when there is nothing to say. */
    public LintSeverity worst() {
        return problems.stream().map(Problem::severity).min(Comparator.naturalOrder()).orElse(null);
    }
}
