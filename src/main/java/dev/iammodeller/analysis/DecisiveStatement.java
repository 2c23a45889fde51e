package dev.iammodeller.analysis;

import dev.iammodeller.eval.PolicyLayer;

/**
 * A statement that decided a request, named the way a reviewer finds it: its layer, the policy entity it
 * belongs to (id and name; null when the model holds no entity for it), the group it arrives through, its
 * index and Sid in the policy, and the line where it starts in the policy's text (0 when unknown).
 */
public record DecisiveStatement(PolicyLayer layer, String policyId, String policyName, String via, int statementIndex,
                                String sid, int line) {

    /** The layer in a reviewer's words: "identity", "group dev", "permissions boundary", "SCP", ... */
    public String layerLabel() {
        return switch (layer) {
            case IDENTITY -> via == null ? "identity" : "group " + via;
            case PERMISSIONS_BOUNDARY -> "permissions boundary";
            case SESSION_POLICY -> "session policy";
            case RESOURCE -> "resource policy";
            case SCP -> "SCP";
            case RCP -> "RCP";
            case VPC_ENDPOINT -> "VPC endpoint policy";
            case AWS_ENFORCED -> "AWS";
        };
    }

    /** {@code statement "DenyIam" (#1) of contractors-deny, line 5}. */
    public String describe() {
        String name = sid == null || sid.isBlank() ? "statement #" + statementIndex
                : "statement \"" + sid + "\" (#" + statementIndex + ")";
        return name + " of " + (policyName == null ? "an unnamed policy" : policyName)
                + (line > 0 ? ", line " + line : "");
    }
}
