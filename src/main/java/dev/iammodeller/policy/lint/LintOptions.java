package dev.iammodeller.policy.lint;

/**
 * What lint needs to know beyond the text: the policy type, the account that owns the policy (to
 * tell cross-account trust; null when unknown), and whether it is an AWS managed policy (which size
 * limits do not bind).
 */
public record LintOptions(PolicyType type, String account, boolean awsManaged) {
    public static LintOptions of(PolicyType type) {
        return new LintOptions(type, null, false);
    }
}
