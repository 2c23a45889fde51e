package dev.iammodeller.app.policyeditor;

import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.SourcePosition;
import dev.iammodeller.policy.lint.LintFinding;
import dev.iammodeller.policy.lint.LintSeverity;

/**
 * One thing wrong with the text in the editor, where it is (1-based line and column; 0 when the text
 * as a whole is wrong) and how bad it is: a parse error, or a lint finding.
 */
public record Problem(int line, int column, LintSeverity severity, String code, String message) {
    static Problem of(PolicyParseException e) {
        SourcePosition at = e.position() == null ? SourcePosition.UNKNOWN : e.position();
        return new Problem(at.line(), at.column(), LintSeverity.ERROR, e.code(), e.problem());
    }

    static Problem of(LintFinding finding) {
        SourcePosition at = finding.position() == null ? SourcePosition.UNKNOWN : finding.position();
        return new Problem(at.line(), at.column(), finding.severity(), finding.code(), finding.message());
    }

    boolean isError() {
        return severity == LintSeverity.ERROR;
    }

    boolean samePlaceAndMessage(Problem other) {
        return line == other.line && column == other.column && message.equals(other.message);
    }

    /** "Line 4, column 17: ..." for the message bar and tooltips. */
    public String describe() {
        String where = line > 0 ? "Line " + line + ", column " + column + ": " : "";
        return where + message + (severity == LintSeverity.ERROR ? "" : " (" + severity.label() + ")");
    }
}
