package dev.iammodeller.eval;

import dev.iammodeller.catalog.WildcardPattern;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The statements of one layer (or one organization level) that apply to a request. */
final class LayerScan {
    final List<StatementRef> allows = new ArrayList<>(2);
    final List<StatementRef> denies = new ArrayList<>(1);
    PrincipalMatch allowMatch = PrincipalMatch.NONE;

    boolean allowed() {
        return !allows.isEmpty();
    }

    boolean denied() {
        return !denies.isEmpty();
    }

    /** Scans {@code policy} (index {@code policyIndex} of the layer) for statements applying to the request. */
    void scan(PolicyLayer layer, String target, int policyIndex, PolicyDocument policy, AccessRequest request,
              Consumer<String> missing) {
        scan(layer, target, policyIndex, policy, request, false, missing);
    }

    /**
     * As {@link #scan(PolicyLayer, String, int, PolicyDocument, AccessRequest, Consumer)}; a Deny with
     * NotPrincipal applies to every caller that has a permissions boundary, whatever it lists.
     */
    void scan(PolicyLayer layer, String target, int policyIndex, PolicyDocument policy, AccessRequest request,
              boolean callerHasBoundary, Consumer<String> missing) {
        boolean principals = layer == PolicyLayer.RESOURCE || layer == PolicyLayer.VPC_ENDPOINT
                || layer == PolicyLayer.RCP;
        List<Statement> statements = policy.statements();
        int[] candidates = policy.index() == null ? null : policy.index().candidates(request.servicePrefix());
        int count = candidates == null ? statements.size() : candidates.length;
        for (int i = 0; i < count; i++) {
            Statement statement = statements.get(candidates == null ? i : candidates[i]);
            if (!statement.coversAction(request.action())
                    || !coversResource(statement, request, missing)) {
                continue;
            }
            PrincipalMatch match = PrincipalMatch.DIRECT;
            if (principals) {
                if (statement.principal() == null) {
                    continue;
                }
                if (statement.notPrincipal()) {
                    // A Deny excepts a caller only when every identity it has (account, role, session) is
                    // listed, and never a caller with a permissions boundary; an Allow ("allows all
                    // principals except the one named") leaves out whoever is named in any form.
                    boolean excepted = statement.effect() == Effect.DENY
                            ? !callerHasBoundary && PrincipalMatcher.excepts(statement.principal(), request.principal())
                            : PrincipalMatcher.match(statement.principal(), request.principal()) != PrincipalMatch.NONE;
                    match = excepted ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
                } else {
                    match = PrincipalMatcher.match(statement.principal(), request.principal());
                }
                if (match == PrincipalMatch.NONE) {
                    continue;
                }
            }
            if (!conditionsHold(statement, request, missing)) {
                continue;
            }
            StatementRef ref = new StatementRef(layer, target, policyIndex, statement.index(), statement.sid(),
                    statement.position());
            if (statement.effect() == Effect.DENY) {
                denies.add(ref);
            } else {
                allows.add(ref);
                allowMatch = allowMatch.strongest(match);
            }
        }
    }

    private static boolean coversResource(Statement statement, AccessRequest request, Consumer<String> missing) {
        List<PolicyTemplate> resources = statement.resources();
        if (resources == null) {
            return true;
        }
        boolean listed = false;
        for (int i = 0; i < resources.size(); i++) {
            WildcardPattern pattern = resources.get(i).pattern(request.context(), missing);
            if (pattern != null && pattern.matches(request.resource())) {
                listed = true;
                break;
            }
        }
        return listed != statement.notResource();
    }

    /**
     * All conditions are evaluated (not short-circuited) so that every missing key is reported. In the
     * best case, a condition that depends on a missing key holds for an Allow and fails for a Deny.
     */
    private static boolean conditionsHold(Statement statement, AccessRequest request, Consumer<String> missing) {
        boolean all = true;
        boolean bestCase = request.missingContext() == MissingContext.BEST_CASE;
        boolean[] lacking = bestCase ? new boolean[1] : null;
        Consumer<String> sink = bestCase ? key -> {
            lacking[0] = true;
            missing.accept(key);
        } : missing;
        List<Condition> conditions = statement.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            if (bestCase) {
                lacking[0] = false;
            }
            boolean holds = ConditionEvaluator.holds(condition, request.context(), sink);
            if (bestCase && lacking[0]) {
                holds = statement.effect() == Effect.ALLOW;
            }
            if (!holds) {
                all = false;
            }
        }
        return all;
    }
}
