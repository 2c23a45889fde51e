package dev.iammodeller.analysis.escalation;

import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one policy set can tell apart about the resources of one action. The evaluator reads a request's
 * resource only through the Resource and NotResource of the statements that name the action, the
 * resource-based policy on it, its account, whether its own policy must allow (a role for
 * {@code sts:AssumeRole}, a KMS key), and the rules AWS enforces on ARNs by name (AWS managed policies,
 * roles under {@code /aws-}, aliases under {@code alias/aws/}). Two resources alike in all of these, with the
 * same target facts (tags, boundary) where a condition of those statements reads them, get one decision: an
 * attacker asks once per likeness, not once per role, user or policy of the account.
 */
final class ResourceLikeness {
    /** More statements naming one action than fit in a word: each resource is then decided on its own. */
    private static final int MAX_STATEMENTS = 64;

    /** Equal likenesses get equal decisions for the same action and the same keys of the caller's. */
    record Likeness(String account, boolean ownPolicyMustAllow, long covered, Map<String, String> facts) {
    }

    /**
     * The statements of the set that name one action and have a Resource or NotResource (one bit each), the
     * condition keys those statements read (lower case), and whether they read every key (a variable in a
     * condition value) or tell resources apart in ways a bit cannot say (a variable in a Resource).
     */
    private record Naming(List<Statement> withResource, Set<String> keysRead, boolean readsEveryKey, boolean apart) {
    }

    private final PolicySet set;
    private final Map<String, Naming> byAction = new ConcurrentHashMap<>();

    ResourceLikeness(PolicySet set) {
        this.set = set;
    }

    /**
     * The likeness of {@code resource} for {@code action}, owned by {@code account}, with {@code facts} the keys
     * the target fixes; null when the resource must be decided on its own. {@code resourcePolicy} is the
     * resource-based policy a request on it carries besides the set (null for none): one that names the action
     * makes the resource its own.
     */
    Likeness of(String action, String resource, String account, PolicyDocument resourcePolicy, Map<String, String> facts) {
        if (account == null || !resource.equals("*") && !Arn.isWellFormed(resource)
                || resourcePolicy != null && names(resourcePolicy, action)) {
            return null;
        }
        PolicyEvaluator.ResourceTraits traits = PolicyEvaluator.traits(resource);
        if (traits.refusedByName()) {
            return null;
        }
        Naming naming = byAction.computeIfAbsent(action, this::naming);
        if (naming.apart()) {
            return null;
        }
        long covered = 0;
        List<Statement> statements = naming.withResource();
        for (int i = 0; i < statements.size(); i++) {
            if (coversResource(statements.get(i), resource)) {
                covered |= 1L << i;
            }
        }
        return new Likeness(account, traits.ownPolicyMustAllow(), covered, read(naming, facts));
    }

    /** Forgets what it learnt of each action (kept while one attacker's rules run). */
    void forget() {
        byAction.clear();
    }

    private static Map<String, String> read(Naming naming, Map<String, String> facts) {
        if (facts.isEmpty() || naming.readsEveryKey()) {
            return facts;
        }
        Map<String, String> out = null;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            if (naming.keysRead().contains(fact.getKey().toLowerCase(Locale.ROOT))) {
                if (out == null) {
                    out = new HashMap<>();
                }
                out.put(fact.getKey(), fact.getValue());
            }
        }
        return out == null ? Map.of() : out;
    }

    private Naming naming(String action) {
        List<Statement> withResource = new ArrayList<>();
        Set<String> keysRead = new HashSet<>();
        boolean everyKey = false;
        boolean apart = false;
        for (PolicyDocument document : set.documents()) {
            for (Statement statement : document.statements()) {
                if (!statement.coversAction(action)) {
                    continue;
                }
                for (Condition condition : statement.conditions()) {
                    keysRead.add(condition.lowerKey());
                    for (PolicyTemplate value : condition.values()) {
                        everyKey |= value.hasVariables();
                    }
                }
                if (statement.resources() != null) {
                    withResource.add(statement);
                    for (PolicyTemplate template : statement.resources()) {
                        apart |= template.hasVariables();
                    }
                }
            }
        }
        return new Naming(List.copyOf(withResource), Set.copyOf(keysRead), everyKey,
                apart || withResource.size() > MAX_STATEMENTS);
    }

    private static boolean names(PolicyDocument document, String action) {
        for (Statement statement : document.statements()) {
            if (statement.coversAction(action)) {
                return true;
            }
        }
        return false;
    }

    private static boolean coversResource(Statement statement, String resource) {
        boolean listed = false;
        for (PolicyTemplate template : statement.resources()) {
            if (template.pattern(key -> null, key -> { }).matches(resource)) {
                listed = true;
                break;
            }
        }
        return listed != statement.notResource();
    }
}
