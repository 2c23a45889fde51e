package dev.iammodeller.policy.lint;

/** How much a finding matters: errors make a policy unusable; the rest are advice, worst first. */
public enum LintSeverity {
    ERROR("error"), SECURITY_WARNING("security-warning"), WARNING("warning"), SUGGESTION("suggestion");

    private final String label;

    LintSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
