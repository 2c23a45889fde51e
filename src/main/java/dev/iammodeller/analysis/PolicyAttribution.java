package dev.iammodeller.analysis;

import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.eval.StatementRef;
import dev.iammodeller.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The part of a principal's reach that some of its policies decide: an allowed outcome counts when one of
 * their statements is among the deciding ones (so an action that needs no permission, such as
 * {@code sts:GetCallerIdentity}, is no policy's grant); a conditional one when one of their Allow statements
 * names the action; an explicitly denied one when they deny it themselves, or would grant it and a deny
 * elsewhere (another group, the boundary, an SCP) takes it back. This is what "a group's members get through
 * it" and "what a policy grants where it is attached" show, in the window and on the command line.
 */
final class PolicyAttribution {
    private PolicyAttribution() {
    }

    /** The principal's outcomes decided by the given policies, when they arrive through {@code via} (any way when null). */
    static List<ActionOutcome> of(ModelAnalysis analysis, String principalId, Set<String> policyIds, String via) {
        PrincipalPolicies policies = analysis.check().policies(principalId);
        Set<Integer> indices = new HashSet<>();
        List<PolicyDocument> documents = new ArrayList<>();
        for (int i = 0; i < policies.identity().size(); i++) {
            PolicySource source = policies.identity().get(i);
            if (policyIds.contains(source.policyId()) && (via == null || Objects.equals(via, source.via()))) {
                indices.add(i);
                documents.add(source.document());
            }
        }
        List<ActionOutcome> out = new ArrayList<>();
        if (indices.isEmpty()) {
            return out;
        }
        ActionSet covered = covered(analysis.catalog(), documents);
        for (ActionOutcome outcome : analysis.forward(principalId).outcomes()) {
            boolean counts = switch (outcome.outcome().kind()) {
                case ALLOWED -> decidedBy(outcome.outcome().decision().matchedStatements(), indices);
                case EXPLICIT_DENY -> covered.contains(outcome.action())
                        || decidedBy(outcome.outcome().decision().matchedStatements(), indices);
                case CONDITIONAL -> covered.contains(outcome.action());
                case IMPLICIT_DENY -> false;
            };
            if (counts) {
                out.add(outcome);
            }
        }
        return out;
    }

    private static boolean decidedBy(List<StatementRef> refs, Set<Integer> indices) {
        for (StatementRef ref : refs) {
            if (ref.layer() == PolicyLayer.IDENTITY && indices.contains(ref.policy())) {
                return true;
            }
        }
        return false;
    }

    /** The actions the Allow statements of the documents name. */
    static ActionSet covered(Catalog catalog, List<PolicyDocument> documents) {
        return ForwardReach.allowed(catalog, documents);
    }
}
