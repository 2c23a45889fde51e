package dev.iammodeller.analysis;

import dev.iammodeller.eval.PolicyLayer;
import java.util.Locale;

/**
 * One-sentence explanations of the IAM rules behind what the live evaluator shows, for someone learning
 * IAM: why a layer caps a request, why a condition key is asked for. The styles' own rules are in
 * {@link HighlightStyle#rule()}; the findings' in {@link dev.iammodeller.analysis.findings.Finding#rule()}.
 */
public final class Teaching {
    private Teaching() {
    }

    /** Why a layer that gives no Allow leaves a request denied. */
    public static String cap(PolicyLayer layer) {
        return switch (layer) {
            case SCP -> "An SCP caps it: an SCP never grants anything, it only sets the most that the principals of"
                    + " the account may do, and every level from the root down must allow.";
            case RCP -> "An RCP caps it: a resource control policy sets the most anyone may do with the account's"
                    + " resources, whatever their own policies allow.";
            case PERMISSIONS_BOUNDARY -> "The permissions boundary caps it: only what both the identity policies and"
                    + " the boundary allow is allowed.";
            case RESOURCE -> "The resource's own policy must allow it too: across accounts both sides must allow, and"
                    + " a role's trust policy must always name the caller.";
            case SESSION_POLICY -> "The session policy caps it: a session gets only what both the role and the"
                    + " session policy allow.";
            case IDENTITY -> "No identity policy allows it: in IAM, what no policy explicitly allows is implicitly"
                    + " denied.";
            case VPC_ENDPOINT -> "The VPC endpoint policy caps it: requests through the endpoint get only what it"
                    + " allows.";
            case AWS_ENFORCED -> "AWS refuses it whatever the policies say.";
        };
    }

    /** Why a condition key must be present for the request to be allowed. */
    public static String condition(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "sts:externalid" -> "The trust asks for an external id: the third party must pass the id agreed with"
                    + " you, so that another of its customers cannot make it use your role for them (the confused"
                    + " deputy problem).";
            case "aws:sourceip" -> "Allowed only from the named addresses: the request must come from an IP address in"
                    + " the range, wherever the keys are used.";
            case "aws:multifactorauthpresent", "aws:multifactorauthage" -> "Allowed only when the caller signed in"
                    + " with multi-factor authentication.";
            case "saml:aud" -> "The SAML assertion must be meant for AWS sign-in: the audience key checks that the"
                    + " directory issued it for this purpose.";
            case "aws:principalorgid", "aws:principalorgpaths" -> "Allowed only to principals of your organization.";
            case "iam:passedtoservice" -> "The role may be passed only to the named service.";
            case "iam:permissionsboundary" -> "Allowed only with the named permissions boundary, so whatever is"
                    + " created stays capped by it.";
            default -> "Allowed only if the request carries " + key + " with a value the condition accepts.";
        };
    }

    /** Why an explicit deny decides. */
    public static String explicitDeny(boolean throughGroup) {
        return throughGroup
                ? "An explicit Deny wins over every Allow, and a group's policies apply to each member: the group's"
                + " deny caps its members, whatever else grants them."
                : "An explicit Deny in any policy wins over every Allow.";
    }
}
