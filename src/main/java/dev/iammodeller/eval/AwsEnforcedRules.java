package dev.iammodeller.eval;

import dev.iammodeller.policy.Arn;
import java.util.Locale;
import java.util.Set;

/**
 * What AWS refuses whatever the policies say: changing AWS managed policies, changing or passing the
 * roles IAM Identity Center keeps under {@code /aws-reserved/sso.amazonaws.com/}, and changing a
 * service-linked role other than through its service, and creating, repointing or deleting the aliases
 * of AWS managed KMS keys ({@code alias/aws/...}). Reading them stays subject to the policies.
 */
final class AwsEnforcedRules {
    private static final Set<String> SERVICE_LINKED_ROLE_CHANGES = Set.of(
            "attachrolepolicy", "detachrolepolicy", "putrolepolicy", "deleterolepolicy", "updateassumerolepolicy",
            "putrolepermissionsboundary", "deleterolepermissionsboundary", "deleterole", "updaterole",
            "tagrole", "untagrole");

    private AwsEnforcedRules() {
    }

    /**
     * True when a rule here may refuse a request on this ARN: it names an AWS managed policy
     * ({@code arn:aws:iam::aws:policy/...}), a role under {@code /aws-}, or a KMS alias under {@code alias/aws/}.
     * A quick look at the text (the same markers {@link #refusal} looks for first); the rules read the ARN properly.
     */
    static boolean mayRefuseByName(String arn) {
        return arn.contains(":aws:policy/") || arn.contains(":role/aws-") || arn.contains(":alias/aws/");
    }

    /** A sentence saying why AWS refuses the request, or null when no such rule applies. */
    static String refusal(AccessRequest request) {
        // by the action's service first: most requests are of neither, and the ARN is not read for them
        if (request.servicePrefix().equals("kms")) {
            return request.resource().contains(":alias/aws/") ? awsManagedKeyAlias(request) : null;
        }
        if (!request.servicePrefix().equals("iam")) {
            return null;
        }
        // only an AWS managed policy (arn:aws:iam::aws:policy/...) or a role under /aws-...: a quick look first
        String arn = request.resource();
        if (!arn.contains(":aws:policy/") && !arn.contains(":role/aws-")) {
            return null;
        }
        String name = request.action().toLowerCase(Locale.ROOT).substring(4);
        Arn resource = Arn.parseOrNull(arn);
        if (resource == null || !resource.service().equals("iam")) {
            return null;
        }
        boolean reads = name.startsWith("get") || name.startsWith("list") || name.startsWith("generate")
                || name.startsWith("simulate");
        if (resource.account().equals("aws") && resource.resource().startsWith("policy/")) {
            boolean changes = name.startsWith("create") || name.startsWith("delete") || name.startsWith("set")
                    || name.startsWith("tag") || name.startsWith("untag") || name.startsWith("update")
                    || name.startsWith("put");
            return changes ? "AWS managed policies belong to AWS: no principal of an account can create, change, "
                    + "tag or delete them" : null;
        }
        if (!resource.resource().startsWith("role/")) {
            return null;
        }
        if (resource.resource().startsWith("role/aws-reserved/sso.amazonaws.com/") && !reads) {
            return "roles that IAM Identity Center manages (path /aws-reserved/sso.amazonaws.com/) can be read "
                    + "but not changed, tagged, deleted or passed";
        }
        if (resource.resource().startsWith("role/aws-service-role/") && SERVICE_LINKED_ROLE_CHANGES.contains(name)) {
            return "a service-linked role changes only through the service that owns it";
        }
        return null;
    }

    /**
     * AWS KMS Developer Guide, "Create aliases": the {@code alias/aws/} prefix is reserved for AWS managed
     * keys, whose aliases no one manages; {@code kms:CreateAlias}, {@code UpdateAlias} and {@code DeleteAlias}
     * on such an alias are refused.
     */
    private static String awsManagedKeyAlias(AccessRequest request) {
        String arn = request.resource();
        String name = request.action().toLowerCase(Locale.ROOT).substring(4);
        if (!name.equals("createalias") && !name.equals("updatealias") && !name.equals("deletealias")) {
            return null;
        }
        Arn resource = Arn.parseOrNull(arn);
        if (resource == null || !resource.service().equals("kms") || !resource.resource().startsWith("alias/aws/")) {
            return null;
        }
        return "aliases under alias/aws/ belong to AWS managed KMS keys: no one can create, repoint or delete them";
    }
}
