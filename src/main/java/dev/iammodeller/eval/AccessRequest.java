package dev.iammodeller.eval;

import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.LowerCaseNames;

/**
 * One request to decide: who calls which action on which resource, in which account, with which context.
 * The context already holds the keys AWS fills in (see {@link #withDerivedContext}); {@code servicePrefix}
 * is the action's service prefix, lower-cased ("s3" for s3:GetObject).
 */
public record AccessRequest(RequestPrincipal principal, String action, String resource, String resourceAccount,
                            RequestContext context, String servicePrefix, MissingContext missingContext) {

    /**
     * A request whose context gains the keys AWS sets for every request unless the caller gave them:
     * aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:username, aws:ResourceAccount,
     * aws:PrincipalServiceName. The resource account defaults to the one in the resource ARN, else the
     * principal's.
     */
    public static AccessRequest withDerivedContext(RequestPrincipal principal, String action, String resource,
                                                   String resourceAccount, RequestContext.Builder context) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("the action is empty");
        }
        if (!action.equals("*") && action.indexOf(':') <= 0) {
            throw new IllegalArgumentException("\"" + action + "\" is not an action (expected service:Action, such as s3:GetObject)");
        }
        if (resource == null || resource.isBlank()) {
            throw new IllegalArgumentException("the resource is empty");
        }
        if (!resource.equals("*") && !Arn.isWellFormed(resource)) {
            throw new IllegalArgumentException("\"" + resource + "\" is not an ARN (expected arn:partition:service:region:account:resource, or *)");
        }
        String account = resourceAccount;
        if (account == null) {
            Arn arn = Arn.parseOrNull(resource);
            account = arn != null && Arn.isAccountId(arn.account()) ? arn.account() : principal.account();
        } else if (!Arn.isAccountId(account)) {
            throw new IllegalArgumentException("resourceAccount \"" + account + "\" is not a 12-digit account id");
        }
        context.putIfAbsent("aws:PrincipalArn", "aws:principalarn", principal.principalArn());
        context.putIfAbsent("aws:PrincipalAccount", "aws:principalaccount", principal.account());
        context.putIfAbsent("aws:PrincipalType", "aws:principaltype", principal.principalType());
        if (principal.kind() == PrincipalKind.USER) {
            context.putIfAbsent("aws:username", "aws:username", principal.name());
        }
        if (principal.kind() == PrincipalKind.SERVICE) {
            context.putIfAbsent("aws:PrincipalServiceName", "aws:principalservicename", principal.name());
        }
        context.putIfAbsent("aws:ResourceAccount", "aws:resourceaccount", account);
        int colon = action.indexOf(':');
        String prefix = LowerCaseNames.of(colon < 0 ? action : action.substring(0, colon));
        return new AccessRequest(principal, action, resource, account, context.build(), prefix,
                MissingContext.AS_AWS_DOES);
    }

    /** The same request, asking whether it could be allowed when the conditions on missing keys hold. */
    public AccessRequest bestCase() {
        return new AccessRequest(principal, action, resource, resourceAccount, context, servicePrefix,
                MissingContext.BEST_CASE);
    }
}
