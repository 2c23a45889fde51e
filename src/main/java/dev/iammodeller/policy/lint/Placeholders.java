package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.SourcePosition;
import java.util.regex.Pattern;

/**
 * Placeholders such as {@code <my-org-id>} in example policies (AWS's own examples are templates):
 * a warning to fill them in, rather than an error about the shape of what they stand in for.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z0-9 _.-]+>");

    private Placeholders() {
    }

    static boolean holdsOne(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    static void report(Json.JsonString value, LintFindings findings) {
        report(value.position(), value.path(), value.value(), findings);
    }

    static void report(SourcePosition position, String path, String text, LintFindings findings) {
        findings.add("PLACEHOLDER", LintSeverity.WARNING, position, path, "\"" + text + "\" holds a placeholder: "
                + "replace it with the real value before using the policy");
    }
}
