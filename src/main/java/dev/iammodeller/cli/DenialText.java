package dev.iammodeller.cli;

import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.eval.StatementRef;
import dev.iammodeller.model.IamModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The text lines for what some Allow grants a principal but an explicit deny takes back, naming the deny. */
final class DenialText {
    private DenialText() {
    }

    static void append(ReportText text, IamModel model, ForwardReach reach) {
        Map<String, Set<String>> actionsByService = new TreeMap<>();
        Map<String, Set<String>> statementsByService = new TreeMap<>();
        List<PolicySource> identity = PrincipalPolicies.of(model, reach.principalId()).identity();
        for (ActionOutcome outcome : reach.outcomes()) {
            if (outcome.outcome().kind() != Outcome.Kind.EXPLICIT_DENY) {
                continue;
            }
            String service = outcome.action().service();
            actionsByService.computeIfAbsent(service, s -> new LinkedHashSet<>()).add(outcome.action().name());
            for (StatementRef ref : outcome.outcome().decision().matchedStatements()) {
                if (!deny(ref, identity)) {
                    continue;
                }
                statementsByService.computeIfAbsent(service, s -> new LinkedHashSet<>()).add(name(ref, identity));
            }
        }
        if (actionsByService.isEmpty()) {
            return;
        }
        text.append("  denied explicitly (an Allow grants these, a Deny takes them back):\n");
        actionsByService.forEach((service, actions) -> text.append("    ").append(service).append(" (")
                .append(actions.size()).append(actions.size() == 1 ? " action" : " actions").append(") by ")
                .append(String.join(", ", statementsByService.getOrDefault(service, Set.of()))).append('\n'));
    }

    /** False for an identity statement known to be an Allow (the deny's companions in the trace). */
    private static boolean deny(StatementRef ref, List<PolicySource> identity) {
        if (ref.layer() != PolicyLayer.IDENTITY || ref.policy() >= identity.size()) {
            return true;
        }
        var statements = identity.get(ref.policy()).document().statements();
        return ref.statement() >= statements.size() || statements.get(ref.statement()).effect() == Effect.DENY;
    }

    private static String name(StatementRef ref, List<PolicySource> identity) {
        String statement = ref.sid() == null || ref.sid().isEmpty() ? "statement " + (ref.statement() + 1)
                : "statement \"" + ref.sid() + "\"";
        if (ref.layer() == PolicyLayer.IDENTITY && ref.policy() < identity.size()) {
            PolicySource source = identity.get(ref.policy());
            return statement + " of " + source.policyId() + (source.via() == null ? "" : " (via " + source.via() + ")");
        }
        return statement + " of the " + ref.layer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " layer" + (ref.target() == null ? "" : " at " + ref.target());
    }
}
