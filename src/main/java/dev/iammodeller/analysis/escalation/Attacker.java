package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.OrganizationPath;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.eval.RequestPrincipal;
import dev.iammodeller.eval.StatementRef;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * One principal of the model as the attacker: the questions the rules ask of it, each answered once. A
 * cheap test ({@link #mayAllow}) reads its Allow statements before any evaluation: a rule whose actions
 * no statement names is skipped without asking the evaluator anything.
 */
final class Attacker {
    final Estate estate;
    final Entity principal;
    final PrincipalPolicies policies;
    private final String arn;
    /** The attacker as the caller of a hypothetical request, parsed once (when it is first asked). */
    private volatile RequestPrincipal caller;
    private final Map<String, String> facts = new HashMap<>();
    private final List<Statement> allows = new ArrayList<>();
    private final Map<String, List<Statement>> covering = new ConcurrentHashMap<>();
    /**
     * Positions in {@link #allows} by the service its actions name (lower case), and of the statements whose
     * actions may name any service (NotAction, a wildcard in the service): an action is looked for only there.
     */
    private final Map<String, int[]> allowsByService = new HashMap<>();
    private int[] allowsOfAnyService;
    /** The services of {@link #allowsByService} as bits, by the numbers {@link #namesService} was given; null until asked. */
    private volatile long[] namedServices;
    private volatile Map<Asked, StepCheck> checks = new ConcurrentHashMap<>(1024);
    /** What its policy set (without a resource's own policy) tells apart about resources, by resource account. */
    private final Map<String, ResourceLikeness> likeness = new ConcurrentHashMap<>();
    /** The same for the policy sets of hypothetical requests, and their answers: kept while its rules run. */
    private volatile Map<PolicySet, ResourceLikeness> hypotheticalLikeness = java.util.Collections.synchronizedMap(
            new java.util.IdentityHashMap<>());
    private volatile Map<Asked, StepCheck> hypotheticals = new ConcurrentHashMap<>();
    /** {@link #tagsItself}: the action, "" for none, null before it is decided. */
    private volatile String tagsItself;
    /** Per set of probes (by {@link Strength}'s number), whether a principal reaching it is stronger than this one. */
    private final SameAnswers strongerThan = new SameAnswers(64);
    /** Per action (by {@link Strength}'s number), {@link #mayAllow(String)}: asked again for every probe with the action. */
    private final SameAnswers allowsAction = new SameAnswers(64);
    /** Which of {@link Strength}'s probes (by number) are decided for this attacker, and which it may do. */
    private final DecidedOnce probesOpen = new DecidedOnce();

    /**
     * A question asked of the evaluator, as the key of its answer: {@code resource} is the ARN, or its
     * {@link ResourceLikeness.Likeness} (which holds the target facts that matter) when the ARN's own name does
     * not matter; {@code set} the policy set of a hypothetical request (compared by identity), else null.
     */
    private record Asked(String action, Object resource, Map<String, String> targetFacts, Map<String, String> chosen,
                         Object set) {
    }

    Attacker(Estate estate, Entity principal) {
        this.estate = estate;
        this.principal = principal;
        this.policies = estate.policies(principal);
        this.arn = estate.arn(principal);
        for (PolicySource source : policies.identity()) {
            for (Statement statement : source.document().statements()) {
                if (statement.effect() == Effect.ALLOW) {
                    allows.add(statement);
                }
            }
        }
        indexAllowsByService();
        Map<String, String> tags = principal instanceof User user ? user.tags()
                : principal instanceof Role role ? role.tags() : Map.of();
        tags.forEach((key, value) -> facts.put("aws:PrincipalTag/" + key, value));
    }

    String id() {
        return principal.id();
    }

    String arn() {
        return arn;
    }

    String account() {
        return principal.account();
    }

    boolean isUser() {
        return principal instanceof User;
    }

    /** True when some Allow statement of its identity policies names the action: the only way it can be allowed here. */
    boolean mayAllow(String action) {
        return !covering(action).isEmpty();
    }

    /**
     * False when no Allow statement of its identity policies can name an action of this service (by its number in
     * {@code numbering}): then {@link #mayAllow} is false for all of them. The services its statements name are
     * numbered and kept as bits the first time.
     */
    boolean namesService(int service, java.util.function.ToIntFunction<String> numbering) {
        if (allowsOfAnyService.length > 0) {
            return true;
        }
        long[] bits = namedServices;
        if (bits == null) {
            BitSet named = new BitSet();
            for (String name : allowsByService.keySet()) {
                named.set(numbering.applyAsInt(name));
            }
            bits = named.toLongArray();
            namedServices = bits;
        }
        int word = service >> 6;
        return word < bits.length && (bits[word] & 1L << service) != 0;
    }

    /** {@link #mayAllow(String)} for the action with this number (in {@link Strength}), remembered by the number. */
    boolean mayAllow(int actionNumber, String action) {
        return allowsAction.get(actionNumber, () -> {
            for (int at : candidates(action)) {
                if (allows.get(at).coversAction(action)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The positions in {@link #allows} of the statements that may name the action: those of its service, and any service. */
    private int[] candidates(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? everyAllow()
                : merged(allowsByService.get(action.substring(0, colon).toLowerCase(java.util.Locale.ROOT)), allowsOfAnyService);
    }

    /** The Allow statements of its identity policies that name the action, in their order. */
    private List<Statement> covering(String action) {
        List<Statement> known = covering.get(action);
        if (known != null) {
            return known;
        }
        List<Statement> out = new ArrayList<>();
        for (int at : candidates(action)) {
            Statement statement = allows.get(at);
            if (statement.coversAction(action)) {
                out.add(statement);
            }
        }
        known = out.isEmpty() ? List.of() : List.copyOf(out);
        covering.putIfAbsent(action, known);
        return known;
    }

    private void indexAllowsByService() {
        Map<String, List<Integer>> byService = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int at = 0; at < allows.size(); at++) {
            Set<String> services = services(allows.get(at));
            if (services == null) {
                any.add(at);
                continue;
            }
            for (String service : services) {
                byService.computeIfAbsent(service, k -> new ArrayList<>()).add(at);
            }
        }
        allowsOfAnyService = any.stream().mapToInt(Integer::intValue).toArray();
        byService.forEach((service, positions) -> allowsByService.put(service,
                positions.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The services (lower case) whose actions the statement names; null when it may name any (NotAction, a wildcard). */
    private static Set<String> services(Statement statement) {
        if (statement.notAction() || statement.actions() == null) {
            return null;
        }
        Set<String> out = new java.util.HashSet<>();
        for (dev.iammodeller.policy.ActionPattern pattern : statement.actions()) {
            String text = pattern.text();
            int colon = text.indexOf(':');
            String service = colon < 0 ? null : text.substring(0, colon);
            if (service == null || service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
                return null;
            }
            out.add(service.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private int[] everyAllow() {
        return java.util.stream.IntStream.range(0, allows.size()).toArray();
    }

    /** Two ascending lists of positions as one, ascending (either may be null). */
    private static int[] merged(int[] a, int[] b) {
        if (a == null || a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            out[n++] = j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
        }
        return out;
    }

    /** As {@link #mayAllow}, with a Resource that may match the ARN (policy variables count as a match). */
    boolean mayAllowOn(String action, String arn) {
        for (Statement statement : covering(action)) {
            if (resourceMayMatch(statement, arn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Resource pattern, as written, of the first Allow statement naming the action whose Resource may
     * match the ARN ({@code *} for a statement without one, or with NotResource); null when none does.
     */
    String allowingPattern(String action, String arn) {
        for (Statement statement : covering(action)) {
            if (statement.resources() == null || statement.notResource()) {
                return "*";
            }
            for (PolicyTemplate template : statement.resources()) {
                if (template.hasVariables() || template.pattern(k -> null, k -> { }).matches(arn)) {
                    return template.text();
                }
            }
        }
        return null;
    }

    private static boolean resourceMayMatch(Statement statement, String arn) {
        if (statement.resources() == null || statement.notResource()) {
            return true;
        }
        for (PolicyTemplate template : statement.resources()) {
            if (template.hasVariables() || template.pattern(k -> null, k -> { }).matches(arn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ARNs for a new thing the attacker creates with these actions: {@code prefix} (such as
     * {@code arn:aws:iam::111111111111:user/}) completed by each Resource of its Allow statements for the
     * actions, then the free name. The evaluator decides which of them, if any, is allowed.
     */
    List<String> newArns(List<String> actions, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement statement : allows) {
            boolean covers = false;
            for (String action : actions) {
                covers |= covering(action).contains(statement);
            }
            if (!covers || statement.resources() == null || statement.notResource()) {
                continue;
            }
            for (PolicyTemplate template : statement.resources()) {
                String pattern = template.text().replaceAll("\\$\\{[^}]*}", "*");
                out.addAll(NewNames.complete(pattern, prefix));
                if (out.size() >= 8) {
                    break;
                }
            }
        }
        out.add(prefix + NewNames.FREE_NAME);
        return new ArrayList<>(out);
    }

    /** The step with no facts about the target and nothing chosen. */
    StepCheck check(String action, String resource) {
        return check(action, resource, Map.of(), Map.of());
    }

    /**
     * Whether the attacker may call {@code action} on {@code resource}, with {@code targetFacts} (keys the
     * target fixes: its tags, its boundary) and {@code chosen} (keys the attacker sets in its request:
     * the service it passes a role to, the policy it attaches). Chosen keys that the answer depended on
     * become the step's conditions, as {@code key = value}.
     */
    StepCheck check(String action, String resource, Map<String, String> targetFacts, Map<String, String> chosen) {
        Asked asked = asked(action, resource, targetFacts, chosen);
        StepCheck known = checks.get(asked);
        if (known != null) {
            return known;
        }
        StepCheck result = decide(action, resource, targetFacts, chosen);
        checks.put(asked, result);
        return result;
    }

    /**
     * The key of a question: by the resource's likeness where the attacker's policies cannot tell it from
     * others of its account (then one answer serves them all), else by its ARN.
     */
    private Asked asked(String action, String resource, Map<String, String> targetFacts, Map<String, String> chosen) {
        String account = estate.check().ownerAccount(resource, principal.account());
        ResourceLikeness.Likeness alike = likeness.computeIfAbsent(account,
                a -> new ResourceLikeness(policies.policySet(null, estate.rcps(a))))
                .of(action, resource, account, estate.check().resourcePolicy(resource), targetFacts);
        return alike == null ? new Asked(action, resource, Map.copyOf(targetFacts), Map.copyOf(chosen), null)
                : new Asked(action, alike, Map.of(), Map.copyOf(chosen), null);
    }

    /**
     * Forgets the answers kept while the rules looked at this attacker: most of them name one target and
     * are never asked again, and an estate of thousands of principals would keep millions of them.
     */
    void forgetChecks() {
        checks = new ConcurrentHashMap<>();
        hypotheticals = new ConcurrentHashMap<>();
        hypotheticalLikeness = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        likeness.clear();
    }

    /**
     * The action by which the attacker may tag itself ({@code iam:TagUser} or {@code iam:TagRole} on its own
     * ARN, allowed or allowed on tag keys it sends), or null when it may not: then a tag it lacks is not its
     * to set. Decided once, directly with the evaluator (not through {@link #check}, which asks this).
     */
    String tagsItself() {
        String known = tagsItself;
        if (known == null) {
            String action = isUser() ? "iam:TagUser" : "iam:TagRole";
            boolean may = false;
            if (mayAllowOn(action, arn)) {
                try {
                    Outcome outcome = estate.check().outcome(principal.id(), action, arn, facts);
                    may = outcome.kind() == Outcome.Kind.ALLOWED || (outcome.kind() == Outcome.Kind.CONDITIONAL
                            && outcome.conditions().stream().allMatch(AttackerKeys::controls));
                } catch (RuntimeException e) {
                    may = false;
                }
            }
            known = may ? action : "";
            tagsItself = known;
        }
        return known.isEmpty() ? null : known;
    }

    /**
     * Whether a principal reaching the set of probes with this number (in {@link Strength}) is stronger:
     * decided once per set, for every principal that reaches just those probes.
     */
    boolean strongerThan(int index, BooleanSupplier decide) {
        return strongerThan.get(index, decide);
    }

    /** Whether the attacker may do the probe with this number (in {@link Strength}): decided once, kept past {@link #forgetChecks}. */
    boolean mayDo(int probe, BooleanSupplier decide) {
        return probesOpen.get(probe, decide);
    }

    /**
     * Of these probes (by number), null when one is known to be one the attacker may not do, or
     * {@code surelyClosed} says so at once of one not decided yet; else the positions of those not decided yet.
     */
    int[] undecidedProbes(int[] probes, java.util.function.IntPredicate surelyClosed) {
        return probesOpen.undecided(probes, surelyClosed);
    }

    private StepCheck decide(String action, String resource, Map<String, String> targetFacts, Map<String, String> chosen) {
        Map<String, String> without;
        if (targetFacts.isEmpty()) {
            without = facts;
        } else {
            without = new LinkedHashMap<>(facts);
            without.putAll(targetFacts);
        }
        Map<String, String> context = without;
        if (!chosen.isEmpty()) {
            context = new LinkedHashMap<>(without);
            context.putAll(chosen);
        }
        Outcome outcome;
        try {
            outcome = estate.check().outcome(principal.id(), action, resource, context);
        } catch (RuntimeException e) {
            return StepCheck.CLOSED;
        }
        List<String> conditions = new ArrayList<>();
        if (outcome.kind() == Outcome.Kind.CONDITIONAL) {
            for (String missing : outcome.conditions()) {
                if (AttackerKeys.controls(missing)) {
                    conditions.add(missing);
                } else if (AttackerKeys.principalTag(missing) && tagsItself() != null) {
                    conditions.add(missing + " (it tags itself with " + tagsItself() + ")");
                } else {
                    return StepCheck.CLOSED;
                }
            }
        } else if (outcome.kind() != Outcome.Kind.ALLOWED) {
            return StepCheck.CLOSED;
        }
        if (!chosen.isEmpty() && chosenMattered(outcome, chosen, action, resource, without)) {
            chosen.forEach((k, v) -> conditions.add(k + " = " + v));
        }
        return new StepCheck(true, conditions);
    }

    /**
     * Whether the attacker's chosen keys were needed: every identity statement that allowed the request
     * has a condition on one of them. Read from the deciding statements; when those cannot be matched to
     * the attacker's policies (or the answer was only conditional), asked of the evaluator without the keys.
     */
    private boolean chosenMattered(Outcome outcome, Map<String, String> chosen, String action, String resource,
                                   Map<String, String> without) {
        if (outcome.kind() != Outcome.Kind.ALLOWED) {
            return !estate.check().outcome(principal.id(), action, resource, without).reaches();
        }
        boolean anyIdentity = false;
        for (StatementRef ref : outcome.decision().matchedStatements()) {
            if (ref.layer() != PolicyLayer.IDENTITY) {
                continue;
            }
            anyIdentity = true;
            Statement statement = identityStatement(ref);
            if (statement == null) {
                return estate.check().outcome(principal.id(), action, resource, without).kind() != Outcome.Kind.ALLOWED;
            }
            boolean usesChosen = false;
            for (Condition condition : statement.conditions()) {
                for (String key : chosen.keySet()) {
                    usesChosen |= condition.key().equalsIgnoreCase(key);
                }
            }
            if (!usesChosen) {
                return false;
            }
        }
        return anyIdentity;
    }

    private Statement identityStatement(StatementRef ref) {
        List<PolicySource> identity = policies.identity();
        if (ref.policy() < 0 || ref.policy() >= identity.size()) {
            return null;
        }
        List<Statement> statements = identity.get(ref.policy()).document().statements();
        if (ref.statement() < 0 || ref.statement() >= statements.size()) {
            return null;
        }
        Statement statement = statements.get(ref.statement());
        return Objects.equals(statement.position(), ref.position()) ? statement : null;
    }

    private RequestPrincipal caller() {
        RequestPrincipal known = caller;
        if (known == null) {
            known = RequestPrincipal.parse(arn);
            caller = known;
        }
        return known;
    }

    /**
     * A request the model cannot answer as it stands, decided on a policy set the rule builds (a trust
     * policy after the attacker rewrote it, the policies of a group it would join).
     */
    StepCheck hypothetical(String action, String resource, String resourceAccount, PolicySet set) {
        ResourceLikeness sets = hypotheticalLikeness.computeIfAbsent(set, ResourceLikeness::new);
        ResourceLikeness.Likeness alike = sets.of(action, resource, resourceAccount, null, Map.of());
        Asked asked = new Asked(action, alike == null ? resource : alike, Map.of(), Map.of(), sets);
        StepCheck known = hypotheticals.get(asked);
        if (known == null) {
            known = decideHypothetical(action, resource, resourceAccount, set);
            hypotheticals.put(asked, known);
        }
        return known;
    }

    private StepCheck decideHypothetical(String action, String resource, String resourceAccount, PolicySet set) {
        RequestContext.Builder keys = RequestContext.builder();
        facts.forEach(keys::put);
        OrganizationPath.withOrganizationKeys(estate.model, keys, principal.account(), resourceAccount);
        AccessRequest request;
        try {
            request = AccessRequest.withDerivedContext(caller(), action, resource, resourceAccount, keys);
        } catch (RuntimeException e) {
            return StepCheck.CLOSED;
        }
        Decision strict = PolicyEvaluator.evaluate(request, set);
        if (strict.allowed()) {
            return new StepCheck(true, List.of());
        }
        if (strict.missingContextKeys().isEmpty() || !strict.missingContextKeys().stream().allMatch(AttackerKeys::controls)
                || !PolicyEvaluator.evaluate(request.bestCase(), set).allowed()) {
            return StepCheck.CLOSED;
        }
        return new StepCheck(true, strict.missingContextKeys());
    }
}
