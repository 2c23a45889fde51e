package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.SourcePosition;

/**
 * One thing lint has to say about a policy: a code such as {@code PASS_ROLE_ON_ALL}, its severity, a
 * message that says what to do, and the line, column and JSON path of the offending element itself.
 */
public record LintFinding(String code, LintSeverity severity, String message, SourcePosition position, String path) {
}
