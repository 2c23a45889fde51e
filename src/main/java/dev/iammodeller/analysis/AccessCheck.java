package dev.iammodeller.analysis;

import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.DecisionKind;
import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.eval.RequestPrincipal;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.PolicyDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Asks "can this principal of the model do this action on this resource?" of the evaluator, with every
 * layer the model holds: the principal's policies (its groups' too), boundary and SCPs, the resource's
 * own policy (a bucket policy, a role's trust policy, a key policy) and its account's RCPs. Answers in
 * four words ({@link Outcome}): strict AWS evaluation, then best case for "allowed if conditions hold".
 * One instance per model value; safe to use from several threads.
 */
public final class AccessCheck {
    private final IamModel model;
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    /** The account in the ARN of a resource the model does not hold, or "" when it names none. */
    private final Map<String, String> accountsInArns = new ConcurrentHashMap<>();
    private final Map<String, List<OrganizationLevel>> resourceControlPolicies = new ConcurrentHashMap<>();
    private final Map<String, PolicyDocument> resourcePolicies = new HashMap<>();
    private final Map<String, String> resourceAccounts = new HashMap<>();
    /** What other packages derive from this model value's decisions, by kind: made once, kept with them. */
    private final Map<Class<?>, Object> derived = new HashMap<>();

    public AccessCheck(IamModel model) {
        this.model = model;
        for (Entity entity : model.entities().values()) {
            if (entity instanceof Resource resource) {
                resourceAccounts.put(resource.arn(), resource.account());
                if (resource.policy() != null) {
                    resourcePolicies.put(resource.arn(), resource.policy().document());
                }
            } else if (entity instanceof Role role) {
                resourceAccounts.put(role.arn(), role.account());
                resourcePolicies.put(role.arn(), role.trustPolicy().document());
            }
        }
    }

    public IamModel model() {
        return model;
    }

    /** True when the model holds a resource-based policy (a trust policy too) for exactly this ARN. */
    public boolean hasResourcePolicy(String resource) {
        return resourcePolicy(resource) != null;
    }

    /** The resource-based policy (a trust policy too) that governs requests on this ARN, or null when the model holds none. */
    public PolicyDocument resourcePolicy(String resource) {
        return resourcePolicies.get(owner(resource));
    }

    /**
     * The account that owns this ARN in a request by a principal of {@code principalAccount}: the model's
     * resource's (an object's bucket's), else the account in the ARN, else the principal's own.
     */
    public String ownerAccount(String resource, String principalAccount) {
        return resourceAccount(owner(resource), principalAccount);
    }

    /**
     * The resource of the model whose policy and account govern a request on this ARN: the ARN itself, or for an
     * object in an S3 bucket of the model ({@code arn:aws:s3:::reports/q1.csv}), the bucket, whose bucket policy
     * and owner decide about its objects.
     */
    private String owner(String resource) {
        if (resource == null || resourceAccounts.containsKey(resource)) {
            return resource;
        }
        int slash = resource.indexOf('/');
        if (slash > 0 && resource.startsWith("arn:") && resource.regionMatches(resource.indexOf(':', 4) + 1, "s3:::", 0, 5)) {
            String bucket = resource.substring(0, slash);
            if (resourceAccounts.containsKey(bucket)) {
                return bucket;
            }
        }
        return resource;
    }

    /**
     * What another package derives from this model value's decisions (the escalation analysis's session), made
     * by {@code make} on the first call for its kind and kept with this instance, so it lives exactly as long
     * as the model value's analysis.
     */
    public <T> T derived(Class<T> kind, Function<AccessCheck, T> make) {
        synchronized (derived) {
            Object known = derived.get(kind);
            if (known == null) {
                known = make.apply(this);
                derived.put(kind, known);
            }
            return kind.cast(known);
        }
    }

    /** The policies AWS consults for a user or role of the model: assembled once per principal, kept here. */
    public PrincipalPolicies policies(String principalId) {
        return callers.computeIfAbsent(principalId, this::caller).policies;
    }

    /** The outcome for a user or role of the model ({@code principalId}) calling {@code action} on {@code resource}. */
    public Outcome outcome(String principalId, String action, String resource) {
        return outcome(principalId, action, resource, Map.of());
    }

    /**
     * As {@link #outcome(String, String, String)}, with context keys the caller controls and so sets for
     * the question, such as {@code iam:PassedToService} when passing a role to Lambda.
     */
    public Outcome outcome(String principalId, String action, String resource, Map<String, String> context) {
        Caller caller = callers.computeIfAbsent(principalId, this::caller);
        String owner = owner(resource);
        String account = resourceAccount(owner, caller.principal().account());
        PolicySet set = policySet(caller, owner, account);
        AccessRequest request;
        if (context.isEmpty()) {
            request = AccessRequest.withContext(caller.request(), action, resource, account, caller.context(account,
                    () -> OrganizationPath.withOrganizationKeys(model, RequestContext.builder(),
                            caller.principal().account(), account)));
        } else {
            RequestContext.Builder keys = RequestContext.builder();
            context.forEach(keys::put);
            OrganizationPath.withOrganizationKeys(model, keys, caller.principal().account(), account);
            request = AccessRequest.withDerivedContext(caller.request(), action, resource, account, keys);
        }
        return outcome(request, set);
    }

    /** The policy set {@link #outcome} weighs for this principal's requests on {@code resource}, every layer. */
    public PolicySet policySet(String principalId, String resource) {
        Caller caller = callers.computeIfAbsent(principalId, this::caller);
        String owner = owner(resource);
        return policySet(caller, owner, resourceAccount(owner, caller.principal().account()));
    }

    private PolicySet policySet(Caller caller, String owner, String account) {
        return caller.policySet(resourcePolicies.get(owner), resourceControlPolicies.computeIfAbsent(account,
                a -> OrganizationPath.levels(model, a, OrganizationPolicy.Type.RCP)));
    }

    /**
     * A user or role of the model with its policies and its ARN read as a caller: built once per principal.
     * Keeps the policy set of its last request that had no resource policy, the common case, for the next.
     */
    private static final class Caller {
        private final Entity principal;
        private final PrincipalPolicies policies;
        private final RequestPrincipal request;
        private volatile PolicySet withoutResourcePolicy;
        /** The context of its requests without keys of the caller's, by resource account (the same for every action). */
        private final Map<String, RequestContext> contexts = new ConcurrentHashMap<>();

        Caller(Entity principal, PrincipalPolicies policies, RequestPrincipal request) {
            this.principal = principal;
            this.policies = policies;
            this.request = request;
        }

        Entity principal() {
            return principal;
        }

        RequestPrincipal request() {
            return request;
        }

        /** The context of its requests in this resource account; {@code keys} gives the organization's keys to start from. */
        RequestContext context(String resourceAccount, java.util.function.Supplier<RequestContext.Builder> keys) {
            RequestContext known = contexts.get(resourceAccount);
            if (known == null) {
                known = AccessRequest.derivedContext(request, resourceAccount, keys.get());
                contexts.putIfAbsent(resourceAccount, known);
            }
            return known;
        }

        PolicySet policySet(PolicyDocument resourcePolicy, List<OrganizationLevel> resourceControlPolicies) {
            if (resourcePolicy != null) {
                return policies.policySet(resourcePolicy, resourceControlPolicies);
            }
            PolicySet known = withoutResourcePolicy;
            if (known == null || known.resourceControlPolicies() != resourceControlPolicies) {
                known = policies.policySet(null, resourceControlPolicies);
                withoutResourcePolicy = known;
            }
            return known;
        }
    }

    private Caller caller(String principalId) {
        Entity principal = model.entity(principalId)
                .orElseThrow(() -> new IllegalArgumentException("the model holds nothing with the id " + principalId));
        PrincipalPolicies policies = PrincipalPolicies.of(model, principalId);
        return new Caller(principal, policies, RequestPrincipal.parse(principal.arn()));
    }

    /** Strict decision first; when it denies implicitly, whether conditions on missing keys would allow. */
    static Outcome outcome(AccessRequest request, PolicySet set) {
        Decision strict = PolicyEvaluator.evaluate(request, set);
        if (strict.kind() == DecisionKind.ALLOWED) {
            return new Outcome(Outcome.Kind.ALLOWED, List.of(), strict);
        }
        if (!strict.missingContextKeys().isEmpty() && PolicyEvaluator.evaluate(request.bestCase(), set).allowed()) {
            return new Outcome(Outcome.Kind.CONDITIONAL, strict.missingContextKeys(), strict);
        }
        return new Outcome(strict.kind() == DecisionKind.EXPLICIT_DENY ? Outcome.Kind.EXPLICIT_DENY
                : Outcome.Kind.IMPLICIT_DENY, List.of(), strict);
    }

    private String resourceAccount(String resource, String principalAccount) {
        String known = resourceAccounts.get(resource);
        if (known != null) {
            return known;
        }
        if (resource == null) {
            return principalAccount;
        }
        String inArn = accountsInArns.computeIfAbsent(resource, r -> {
            Arn arn = Arn.parseOrNull(r);
            return arn != null && Arn.isAccountId(arn.account()) ? arn.account() : "";
        });
        return inArn.isEmpty() ? principalAccount : inArn;
    }
}
