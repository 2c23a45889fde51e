package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.eval.RequestPrincipal;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Whether gaining a principal gains anything, tested cheaply. A principal is stronger than the attacker
 * when it can do some action on some resource the attacker cannot. The candidates ("probes") come from
 * its own Allow statements: each action pattern written as one concrete action ({@code s3:Get*} as
 * {@code s3:Getx}), each Resource as one ARN it matches; the principal's probes are decided once, and
 * only the attacker's side is asked again for each attacker. At most 96 probes, narrowest statements
 * first. Administrator means allowed {@code *} on {@code *} and a handful of sensitive actions.
 */
final class Strength {
    /** A concrete action on a concrete resource. */
    record Probe(String action, String resource) {
    }

    private static final int MAX_PROBES = 96;
    private static final int MAX_PER_STATEMENT = 16;
    /** For NotAction statements: a spread of services and sensitive actions. */
    private static final List<String> SAMPLE_ACTIONS = List.of("iam:PutUserPolicy", "iam:PassRole", "sts:AssumeRole",
            "s3:GetObject", "s3:PutObject", "ec2:RunInstances", "lambda:UpdateFunctionCode",
            "secretsmanager:GetSecretValue", "dynamodb:GetItem", "ssm:SendCommand", "cloudwatch:PutMetricData");

    private final Estate estate;
    private final Map<String, Boolean> admins = new ConcurrentHashMap<>();
    /**
     * Every probe asked of an attacker, numbered: each attacker keeps, by this number, which probes it may do
     * ({@link Attacker#mayDo}), so that a probe that many principals share (their policies come from one pool)
     * is evaluated once per attacker, not once per principal it is compared with.
     */
    private final Map<Probe, Integer> probeNumbers = new ConcurrentHashMap<>();
    /**
     * Each probe a principal reaches, once: the principals of a large account share most of their policies, and
     * each one's probes, kept for the whole analysis, were made anew from its statements (a million of them for
     * 31,000 principals).
     */
    private final Map<Probe, Probe> sameProbes = new ConcurrentHashMap<>();
    private final AtomicInteger nextProbe = new AtomicInteger();
    /**
     * The number of the probe set each user or role reaches, by its number in {@link #principals}; -1 until asked.
     * Read and written without a lock (the number is the same whoever works it out): asked for every gain of
     * every chain, and an array of numbers is kinder to the cache than the {@link Reaching} it comes from.
     */
    private final int[] setByIndex;
    /** What each user or role reaches, by its number in {@link #principals}: null until asked. */
    private final AtomicReferenceArray<Reaching> reachingByIndex;
    /**
     * Each distinct set of probes (as its numbers) numbered once: two principals that reach the same probes
     * are stronger than an attacker alike, so each attacker decides that once per set, not once per principal.
     */
    private final Map<ProbeSet, Integer> probeSets = new ConcurrentHashMap<>();
    private final AtomicInteger nextProbeSet = new AtomicInteger();

    /**
     * The probes a principal reaches, their numbers, and the number of that set of numbers; per probe, the number
     * of its action's service ({@link #serviceNumber}; -1 for an action that names none), of its action
     * ({@link #actionNumbers}) and whether its resource has a policy of its own or its action needs no permission
     * (then any attacker may be allowed it).
     */
    private record Reaching(List<Probe> probes, int[] numbers, int set, int[] services, int[] actions, boolean[] openToAny) {
    }

    /** The services probes' actions name (lower case), numbered: an attacker keeps the ones its statements name as bits. */
    private final Map<String, Integer> serviceNumbers = new ConcurrentHashMap<>();
    private final AtomicInteger nextService = new AtomicInteger();
    /** The actions of probes, numbered: an attacker keeps whether its statements name each ({@link Attacker#mayAllow(int, String)}). */
    private final Map<String, Integer> actionNumbers = new ConcurrentHashMap<>();
    private final AtomicInteger nextAction = new AtomicInteger();

    /** Probe numbers compared by content. */
    private record ProbeSet(int[] numbers) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ProbeSet set && java.util.Arrays.equals(numbers, set.numbers);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(numbers);
        }
    }
    /** Users and roles by id, numbered for the bitsets in which each attacker keeps what is stronger than it. */
    private final Map<String, Integer> indexes = new HashMap<>();
    /** The users and roles in the order of their numbers. */
    private final List<Entity> principals = new ArrayList<>();
    private volatile List<String> adminPolicies;
    private final Map<PolicyDocument, Boolean> adminDocuments = Collections.synchronizedMap(new IdentityHashMap<>());

    Strength(Estate estate) {
        this.estate = estate;
        for (Entity entity : estate.model.entities().values()) {
            if (entity instanceof User || entity instanceof Role) {
                indexes.put(entity.id(), indexes.size());
                principals.add(entity);
            }
        }
        reachingByIndex = new AtomicReferenceArray<>(principals.size());
        setByIndex = new int[principals.size()];
        java.util.Arrays.fill(setByIndex, -1);
    }

    private static List<Probe> adminProbes(String account) {
        String acct = account == null ? "111111111111" : account;
        return List.of(new Probe("*", "*"),
                new Probe("iam:PutRolePolicy", "arn:aws:iam::" + acct + ":role/escalation-probe"),
                new Probe("iam:CreateAccessKey", "arn:aws:iam::" + acct + ":user/escalation-probe"),
                new Probe("s3:GetObject", "arn:aws:s3:::escalation-probe/x"),
                new Probe("ec2:RunInstances", "arn:aws:ec2:" + Estate.DEFAULT_REGION + ":" + acct + ":instance/i-0escalation"),
                new Probe("lambda:UpdateFunctionCode", "arn:aws:lambda:" + Estate.DEFAULT_REGION + ":" + acct
                        + ":function:escalation-probe"),
                new Probe("dynamodb:GetItem", "arn:aws:dynamodb:" + Estate.DEFAULT_REGION + ":" + acct
                        + ":table/escalation-probe"));
    }

    /** True when the user or role may already do every action on every resource. */
    boolean isAdmin(String principalId) {
        return admins.computeIfAbsent(principalId, id -> {
            String account = estate.model.entities().get(id).account();
            for (Probe probe : adminProbes(account)) {
                if (estate.check().outcome(id, probe.action(), probe.resource()).kind() != Outcome.Kind.ALLOWED) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Policies that grant everything, which an attacker would attach: AdministratorAccess, and the model's own.
     * The same for every attacker: worked out once.
     */
    List<String> adminPolicies() {
        List<String> known = adminPolicies;
        if (known == null) {
            List<String> out = new ArrayList<>();
            out.add(Scan.ADMINISTRATOR_ACCESS);
            for (ManagedPolicy policy : estate.managedPolicies()) {
                if (!policy.arn().equals(Scan.ADMINISTRATOR_ACCESS) && isAdminPolicy(policy)) {
                    out.add(policy.arn());
                }
            }
            known = List.copyOf(out);
            adminPolicies = known;
        }
        return known;
    }

    /** True when a managed policy's default version alone allows every action on every resource. */
    boolean isAdminPolicy(ManagedPolicy policy) {
        try {
            return isAdminDocument(policy.document().document());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when this policy document alone allows every action on every resource (AdministratorAccess). */
    boolean isAdminDocument(PolicyDocument document) {
        Boolean known = adminDocuments.get(document);
        if (known != null) {
            return known;
        }
        boolean admin = allowsEverything(PolicySet.identityOnly(List.of(document)), "111111111111");
        adminDocuments.put(document, admin);
        return admin;
    }

    /** True when a principal with this policy set may do every action on every resource. */
    static boolean allowsEverything(PolicySet set, String account) {
        RequestPrincipal caller = RequestPrincipal.parse("arn:aws:iam::" + (account == null ? "111111111111" : account)
                + ":user/escalation-probe");
        for (Probe probe : adminProbes(account)) {
            AccessRequest request = AccessRequest.withDerivedContext(caller, probe.action(), probe.resource(), null,
                    RequestContext.builder());
            if (!PolicyEvaluator.evaluate(request, set).allowed()) {
                return false;
            }
        }
        return true;
    }

    /** The users and roles of the model, each at its number (the bit that stands for it in sets of principals). */
    List<Entity> principals() {
        return Collections.unmodifiableList(principals);
    }

    /** As {@link #stronger(Attacker, String)}, for the user or role with this number in {@link #principals()}. */
    boolean stronger(Attacker attacker, int index) {
        int set = setByIndex[index];
        if (set < 0) {
            set = reaching(index).set();
            setByIndex[index] = set;
        }
        return attacker.strongerThan(set, () -> decideStronger(attacker, reaching(index)));
    }

    /** True when {@code otherId} (a user or role) can do something the attacker cannot. */
    boolean stronger(Attacker attacker, String otherId) {
        Integer index = indexes.get(otherId);
        return index == null ? decideStronger(attacker, reaching(otherId)) : stronger(attacker, index);
    }

    private boolean decideStronger(Attacker attacker, Reaching other) {
        if (isAdmin(attacker.id())) {
            return false;
        }
        int[] numbers = other.numbers();
        List<Probe> probes = other.probes();
        int[] unknown = attacker.undecidedProbes(numbers, at -> !other.openToAny()[at]
                && (other.services()[at] >= 0 && !attacker.namesService(other.services()[at], this::serviceNumber)
                        || !attacker.mayAllow(other.actions()[at], probes.get(at).action())));
        if (unknown == null) {
            return true; // one of them is known to be beyond the attacker
        }
        for (int at : unknown) {
            if (!mayDo(attacker, numbers[at], other.probes().get(at))) {
                return true;
            }
        }
        return false;
    }

    private int number(Probe probe) {
        return probeNumbers.computeIfAbsent(probe, p -> nextProbe.getAndIncrement());
    }

    /** Whether the attacker may do the probe as it stands (no facts, nothing chosen): asked once per attacker and probe. */
    private boolean mayDo(Attacker attacker, Probe probe) {
        return mayDo(attacker, number(probe), probe);
    }

    /**
     * As {@link #mayDo(Attacker, Probe)}, for the probe with this number. Only an Allow grants: when no Allow
     * statement of the attacker's own policies names the action and no resource-based policy is on the
     * resource, the evaluator is not asked ({@code sts:GetCallerIdentity}, which needs no permission, aside).
     */
    private boolean mayDo(Attacker attacker, int number, Probe probe) {
        return attacker.mayDo(number, () -> worthAsking(attacker, probe)
                && attacker.check(probe.action(), probe.resource()).open());
    }

    /** False when the attacker surely may not do the probe: nothing could allow it. */
    private boolean worthAsking(Attacker attacker, Probe probe) {
        return attacker.mayAllow(probe.action()) || openToAny(probe);
    }

    /** True when a probe may be allowed without an Allow of the caller's own: its resource's policy, or no permission needed. */
    private boolean openToAny(Probe probe) {
        return estate.check().hasResourcePolicy(probe.resource()) || probe.action().equalsIgnoreCase("sts:GetCallerIdentity");
    }

    /** The number of a service (lower case), given on first sight. */
    private int serviceNumber(String service) {
        return serviceNumbers.computeIfAbsent(service, s -> nextService.getAndIncrement());
    }

    /** The number of the service a probe's action names; -1 when it names none ({@code *}). */
    private int serviceOf(Probe probe) {
        int colon = probe.action().indexOf(':');
        return colon < 0 ? -1 : serviceNumber(probe.action().substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /**
     * True when a principal holding {@code extra} on top of the attacker's own policies (with the attacker's
     * boundary and SCPs) could do something the attacker cannot now: a group it would join, a policy version
     * it would make the default ({@code without}: the version it replaces).
     */
    boolean strongerWith(Attacker attacker, List<PolicyDocument> extra, List<PolicyDocument> without) {
        List<PolicyDocument> documents = new ArrayList<>();
        for (PolicySource source : attacker.policies.identity()) {
            if (!without.contains(source.document())) {
                documents.add(source.document());
            }
        }
        documents.addAll(extra);
        PolicySet set = new PolicySet(documents, attacker.policies.boundary() == null ? null
                : attacker.policies.boundary().document(), null, null, List.of(), attacker.policies.serviceControlPolicies(),
                List.of());
        return strongerAs(attacker, set, extra);
    }

    /** True when a principal with the policy set {@code as} could do something the attacker cannot, probed from {@code source}. */
    boolean strongerAs(Attacker attacker, PolicySet as, List<PolicyDocument> source) {
        for (Probe probe : probes(source, attacker.account())) {
            if (attacker.hypothetical(probe.action(), probe.resource(), null, as).open() && !mayDo(attacker, probe)) {
                return true;
            }
        }
        return false;
    }

    private Reaching reaching(int index) {
        Reaching known = reachingByIndex.get(index);
        if (known == null) {
            known = reaching(principals.get(index).id());
            reachingByIndex.compareAndSet(index, null, known);
        }
        return known;
    }

    private Reaching reaching(String principalId) {
        var entity = estate.model.entities().get(principalId);
        List<PolicyDocument> documents = estate.policies(entity).identity().stream().map(PolicySource::document).toList();
        List<Probe> reaching = new ArrayList<>();
        for (Probe probe : probes(documents, entity.account())) {
            try {
                if (estate.check().outcome(principalId, probe.action(), probe.resource()).reaches()) {
                    Probe known = sameProbes.putIfAbsent(probe, probe);
                    reaching.add(known == null ? probe : known);
                }
            } catch (RuntimeException e) {
                // a probe the evaluator cannot read (an odd Resource) proves nothing
            }
        }
        int[] numbers = reaching.stream().mapToInt(this::number).toArray();
        int set = probeSets.computeIfAbsent(new ProbeSet(numbers), n -> nextProbeSet.getAndIncrement());
        int[] services = reaching.stream().mapToInt(this::serviceOf).toArray();
        int[] actions = reaching.stream().mapToInt(probe -> actionNumbers.computeIfAbsent(probe.action(),
                action -> nextAction.getAndIncrement())).toArray();
        boolean[] openToAny = new boolean[reaching.size()];
        for (int at = 0; at < openToAny.length; at++) {
            openToAny[at] = openToAny(reaching.get(at));
        }
        return new Reaching(List.copyOf(reaching), numbers, set, services, actions, openToAny);
    }

    /** Concrete requests the Allow statements of these documents grant, narrowest statements first. */
    static List<Probe> probes(List<PolicyDocument> documents, String account) {
        List<Statement> statements = new ArrayList<>();
        for (PolicyDocument document : documents) {
            for (Statement statement : document.statements()) {
                if (statement.effect() == Effect.ALLOW && statement.actions() != null) {
                    statements.add(statement);
                }
            }
        }
        statements.sort(Comparator.comparingInt(s -> s.actions().size()
                * (s.resources() == null ? 1 : Math.max(1, s.resources().size()))));
        java.util.Set<Probe> out = new java.util.LinkedHashSet<>();
        for (Statement statement : statements) {
            int added = 0;
            for (String action : actions(statement)) {
                for (String resource : resources(statement, action, account)) {
                    if (out.add(new Probe(action, resource))) {
                        added++;
                    }
                    if (added >= MAX_PER_STATEMENT || out.size() >= MAX_PROBES) {
                        break;
                    }
                }
                if (added >= MAX_PER_STATEMENT || out.size() >= MAX_PROBES) {
                    break;
                }
            }
            if (out.size() >= MAX_PROBES) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static List<String> actions(Statement statement) {
        List<String> out = new ArrayList<>();
        if (statement.notAction()) {
            for (String sample : SAMPLE_ACTIONS) {
                if (statement.coversAction(sample)) {
                    out.add(sample);
                }
            }
            return out;
        }
        for (ActionPattern pattern : statement.actions()) {
            String text = pattern.text();
            if (text.equals("*")) {
                out.add("*");
            } else if (text.indexOf(':') > 0) {
                out.add(text.replace('*', 'x').replace('?', 'x'));
            }
        }
        return out;
    }

    private static List<String> resources(Statement statement, String action, String account) {
        if (statement.resources() == null || statement.notResource()) {
            return List.of(anyResource(action, account));
        }
        List<String> out = new ArrayList<>();
        for (PolicyTemplate template : statement.resources()) {
            if (template.hasVariables()) {
                continue;
            }
            String text = template.text();
            out.add(text.equals("*") ? anyResource(action, account) : text.replace('*', 'x').replace('?', 'x'));
        }
        return out;
    }

    /** A concrete ARN of the action's service for "Resource": "*", so that narrower grants can match it too. */
    private static String anyResource(String action, String account) {
        int colon = action.indexOf(':');
        if (colon <= 0) {
            return "*";
        }
        String service = action.substring(0, colon).toLowerCase(Locale.ROOT);
        if (service.equals("x")) {
            return "*"; // the service was a wildcard ("*:Describe*")
        }
        String acct = account == null ? "111111111111" : account;
        return switch (service) {
            case "s3" -> "arn:aws:s3:::escalation-probe";
            case "iam" -> "arn:aws:iam::" + acct + ":role/escalation-probe";
            case "sts" -> "*";
            default -> "arn:aws:" + service + ":" + Estate.DEFAULT_REGION + ":" + acct + ":escalation-probe";
        };
    }
}
