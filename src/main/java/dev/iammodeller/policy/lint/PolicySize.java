package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.SourcePosition;

/**
 * Policy size as AWS counts it: IAM counts every character but white space outside strings; AWS
 * Organizations counts every character of an SCP or RCP.
 */
final class PolicySize {
    private PolicySize() {
    }

    static int characters(String text) {
        int count = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                count++;
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (!Character.isWhitespace(c)) {
                count++;
                inString = c == '"';
            }
        }
        return count;
    }

    static void check(String text, LintOptions options, LintFindings findings) {
        int limit = options.type().sizeLimit();
        if (limit == 0 || options.awsManaged()) {
            return;
        }
        int size = options.type().countsWhiteSpace() ? text.length() : characters(text);
        if (size > limit) {
            findings.add("POLICY_TOO_LARGE", LintSeverity.WARNING, new SourcePosition(1, 1), "$",
                    "the policy has " + size + (options.type().countsWhiteSpace() ? " characters" : " characters without white space") + "; a " + options.type().cliName()
                            + " policy may have at most " + limit + ": split it into several policies");
        }
    }
}
