package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.policy.SourcePosition;
import java.util.List;

/**
 * Validates policy text as IAM Access Analyzer's policy validation and Parliament do: errors that
 * make a policy unusable, warnings, security warnings and suggestions, each pointing at the
 * offending element. The same checks serve the {@code lint} command and the policy editor.
 */
public final class PolicyLint {
    private final Catalog catalog;

    public PolicyLint(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<LintFinding> check(String text, LintOptions options) {
        LintFindings findings = new LintFindings();
        String policyText = PolicyReader.policyText(text);
        Json root;
        try {
            root = JsonReader.read(policyText, "$");
        } catch (PolicyParseException e) {
            report(findings, e);
            return findings.sorted();
        }
        PolicyDocument document = PolicyReader.readLeniently(root, problem -> report(findings, problem));
        if (document != null && root instanceof Json.JsonObject object) {
            LintSubject subject = new LintSubject(object, document, options, catalog);
            PolicyTypeRules.check(subject, findings);
            ActionChecks.check(subject, findings);
            ResourceChecks.check(subject, findings);
            ConditionChecks.check(subject, findings);
            SecurityChecks.check(subject, findings);
            RedundancyChecks.check(subject, findings);
        }
        PolicySize.check(policyText, options, findings);
        return findings.sorted();
    }

    private static void report(LintFindings findings, PolicyParseException problem) {
        SourcePosition at = problem.position() == null ? SourcePosition.UNKNOWN : problem.position();
        findings.add(problem.code(), LintSeverity.ERROR, at, problem.path(), problem.problem());
    }
}
