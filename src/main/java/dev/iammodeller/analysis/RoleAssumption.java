package dev.iammodeller.analysis;

import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.eval.RequestPrincipal;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.ProvisionedRoles;
import dev.iammodeller.model.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles a principal of a model can assume, as AWS decides it: the role's trust policy must allow
 * the caller, and (when the trust names the caller's account, or across accounts) the caller's own
 * policies must allow {@code sts:AssumeRole}; SCPs and RCPs apply. Followed transitively through role
 * chains, each hop as a new session of the role before it.
 */
public final class RoleAssumption {
    /** Longer chains are not followed: AWS limits a chained session to one hour, and reviews rarely need more. */
    static final int MAX_CHAIN = 5;

    private RoleAssumption() {
    }

    /**
     * The roles the caller can assume, for one question: the trust index is built for it. Many questions about
     * one model value go through {@link ModelAnalysis#assumable}, which builds it once and keeps the answers.
     */
    public static List<Assumption> from(IamModel model, String principalId) {
        return from(new TrustIndex(model), model, principalId);
    }

    static List<Assumption> from(TrustIndex trust, IamModel model, String principalId) {
        Map<String, Assumption> found = new LinkedHashMap<>();
        Deque<Assumption> queue = new ArrayDeque<>();
        for (Assumption first : firstHops(trust, model, principalId)) {
            found.put(first.roleId(), first);
            queue.add(first);
        }
        while (!queue.isEmpty()) {
            Assumption from = queue.poll();
            if (from.chain().size() >= MAX_CHAIN) {
                continue;
            }
            for (Assumption next : direct(trust, model, from.roleId(), from.chain(), from.reach(), from.conditions())) {
                Assumption known = found.get(next.roleId());
                if (!next.roleId().equals(principalId) && (known == null
                        || (known.reach() == Assumption.Reach.CONDITIONAL && next.reach() == Assumption.Reach.ALLOWED))) {
                    found.put(next.roleId(), next);
                    queue.add(next);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The roles the principal assumes first: for an Identity Center user or group, the roles its account
     * assignments provision (signing in through the access portal needs no IAM policy of its own: IAM Identity
     * Center User Guide, "Single sign-on access to AWS accounts"); else those whose trust it passes.
     */
    private static List<Assumption> firstHops(TrustIndex trust, IamModel model, String principalId) {
        if (model.entity(principalId).orElseThrow().kind().isIdentityCenterPrincipal()) {
            List<Assumption> out = new ArrayList<>();
            for (String roleId : ProvisionedRoles.assignedRoles(model, principalId)) {
                out.add(new Assumption(roleId, List.of(roleId), Assumption.Reach.ALLOWED, List.of()));
            }
            return out;
        }
        return direct(trust, model, principalId, List.of(), Assumption.Reach.ALLOWED, List.of());
    }

    private static List<Assumption> direct(TrustIndex trust, IamModel model, String callerId, List<String> chainSoFar,
                                           Assumption.Reach reachSoFar, List<String> conditionsSoFar) {
        Entity caller = model.entity(callerId).orElseThrow();
        List<Assumption> out = new ArrayList<>();
        if (!caller.kind().isIamPrincipal() && !(caller instanceof IdentityProvider) && !(caller instanceof AwsService)) {
            return out;
        }
        PrincipalPolicies policies = caller.kind().isIamPrincipal() ? PrincipalPolicies.of(model, callerId) : null;
        for (Role role : trust.candidates(caller)) {
            if (role.id().equals(callerId) || chainSoFar.contains(role.id())) {
                continue;
            }
            Decision[] decisions = decide(model, caller, policies, role);
            Assumption.Reach reach = decisions[0].allowed() ? Assumption.Reach.ALLOWED
                    : decisions[1].allowed() ? Assumption.Reach.CONDITIONAL : null;
            if (reach == null) {
                continue;
            }
            List<String> chain = new ArrayList<>(chainSoFar);
            chain.add(role.id());
            List<String> conditions = new ArrayList<>(conditionsSoFar);
            if (reach == Assumption.Reach.CONDITIONAL) {
                decisions[0].missingContextKeys().stream().filter(k -> !conditions.contains(k)).forEach(conditions::add);
            }
            boolean conditional = reach == Assumption.Reach.CONDITIONAL || reachSoFar == Assumption.Reach.CONDITIONAL;
            out.add(new Assumption(role.id(), List.copyOf(chain),
                    conditional ? Assumption.Reach.CONDITIONAL : Assumption.Reach.ALLOWED, List.copyOf(conditions)));
        }
        return out;
    }

    /**
     * Whether the caller (a user, role, identity provider or service node) can assume the role in one hop:
     * the strict decision, and the best-case one (allowed if the conditions on missing keys hold).
     */
    public static Decision[] decide(IamModel model, String callerId, String roleId) {
        Entity caller = model.entity(callerId).orElseThrow();
        Role role = (Role) model.entity(roleId).orElseThrow();
        return decide(model, caller, caller.kind().isIamPrincipal() ? PrincipalPolicies.of(model, callerId) : null, role);
    }

    /** The strict and the best-case decision of the caller (with its policies, for a user or role) assuming the role. */
    private static Decision[] decide(IamModel model, Entity caller, PrincipalPolicies callerPolicies, Role role) {
        String principal;
        String action = "sts:AssumeRole";
        PolicySet policies;
        var rcps = OrganizationPath.levels(model, role.account(), OrganizationPolicy.Type.RCP);
        var trust = role.trustPolicy().document();
        if (caller.kind().isIamPrincipal()) {
            principal = caller.arn();
            policies = callerPolicies.policySet(trust, rcps);
        } else if (caller instanceof IdentityProvider provider) {
            principal = provider.arn();
            action = provider.type() == IdentityProvider.Type.SAML ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
            policies = new PolicySet(List.of(), null, null, trust, List.of(), List.of(), rcps);
        } else if (caller instanceof AwsService service) {
            principal = service.principal();
            policies = new PolicySet(List.of(), null, null, trust, List.of(), List.of(), rcps);
        } else {
            throw new IllegalArgumentException(caller.id() + " cannot assume roles");
        }
        AccessRequest request = AccessRequest.withDerivedContext(RequestPrincipal.parse(principal), action, role.arn(),
                role.account(), OrganizationPath.withOrganizationKeys(model, RequestContext.builder(),
                        caller.kind().isIamPrincipal() ? caller.account() : null, role.account()));
        return new Decision[] {PolicyEvaluator.evaluate(request, policies),
                PolicyEvaluator.evaluate(request.bestCase(), policies)};
    }
}
