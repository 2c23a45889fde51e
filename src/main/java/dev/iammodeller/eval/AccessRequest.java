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
        checkActionAndResource(action, resource);
        String account = resourceAccount;
        if (account == null) {
            Arn arn = Arn.parseOrNull(resource);
            account = arn != null && Arn.isAccountId(arn.account()) ? arn.account() : principal.account();
        } else if (!Arn.isAccountId(account)) {
            throw new IllegalArgumentException("resourceAccount \"" + account + "\" is not a 12-digit account id");
        }
        return request(principal, action, resource, account, derivedContext(principal, account, context));
    }

    /**
     * The context {@link #withDerivedContext} gives a request of this principal in this resource account:
     * the caller's keys and those AWS sets. It is the same for every action and resource of that principal
     * and account, so a caller asking many questions can build it once and use {@link #withContext}.
     */
    public static RequestContext derivedContext(RequestPrincipal principal, String resourceAccount,
                                                RequestContext.Builder context) {
        context.putIfAbsent("aws:PrincipalArn", "aws:principalarn", principal.principalArn());
        context.putIfAbsent("aws:PrincipalAccount", "aws:principalaccount", principal.account());
        context.putIfAbsent("aws:PrincipalType", "aws:principaltype", principal.principalType());
        if (principal.kind() == PrincipalKind.USER) {
            context.putIfAbsent("aws:username", "aws:username", principal.name());
        }
        if (principal.kind() == PrincipalKind.SERVICE) {
            context.putIfAbsent("aws:PrincipalServiceName", "aws:principalservicename", principal.name());
        }
        context.putIfAbsent("aws:ResourceAccount", "aws:resourceaccount", resourceAccount);
        return context.build();
    }

    /**
     * A request as {@link #withDerivedContext} makes it, with a context {@link #derivedContext} made for the
     * same principal and resource account.
     */
    public static AccessRequest withContext(RequestPrincipal principal, String action, String resource,
                                            String resourceAccount, RequestContext derived) {
        checkActionAndResource(action, resource);
        return request(principal, action, resource, resourceAccount, derived);
    }

    private static void checkActionAndResource(String action, String resource) {
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
    }

    private static AccessRequest request(RequestPrincipal principal, String action, String resource, String account,
                                         RequestContext context) {
        int colon = action.indexOf(':');
        String prefix = LowerCaseNames.of(colon < 0 ? action : action.substring(0, colon));
        return new AccessRequest(principal, action, resource, account, context, prefix, MissingContext.AS_AWS_DOES);
    }

    /** The same request, asking whether it could be allowed when the conditions on missing keys hold. */
    public AccessRequest bestCase() {
        return new AccessRequest(principal, action, resource, resourceAccount, context, servicePrefix,
                MissingContext.BEST_CASE);
    }
}
