package dev.iammodeller.analysis;

import dev.iammodeller.eval.StatementRef;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the statements of a decision: the evaluator knows a statement by its layer and its policy's index
 * in that layer; the model knows which entity that policy is (the principal's policies in
 * {@link PrincipalPolicies} order, the boundary, the resource's or role's own policy, the SCPs and RCPs
 * attached at each level of the organization).
 */
public final class DecisiveStatements {
    private DecisiveStatements() {
    }

    /** The statements of a request by {@code principalId} on {@code resource}, named. */
    public static List<DecisiveStatement> of(IamModel model, String principalId, String resource, List<StatementRef> refs) {
        List<DecisiveStatement> out = new ArrayList<>();
        Entity principal = model.entities().get(principalId);
        PrincipalPolicies policies = principal != null && principal.kind().isIamPrincipal()
                ? PrincipalPolicies.of(model, principalId) : null;
        for (StatementRef ref : refs) {
            String policyId = null;
            String via = null;
            switch (ref.layer()) {
                case IDENTITY -> {
                    if (policies != null && ref.policy() < policies.identity().size()) {
                        PolicySource source = policies.identity().get(ref.policy());
                        policyId = source.policyId();
                        via = source.via();
                    }
                }
                case PERMISSIONS_BOUNDARY -> policyId = policies == null || policies.boundary() == null ? null
                        : policies.boundary().policyId();
                case RESOURCE -> policyId = holderOf(model, resource);
                case SCP -> policyId = organizationPolicy(model, ref, OrganizationPolicy.Type.SCP);
                case RCP -> policyId = organizationPolicy(model, ref, OrganizationPolicy.Type.RCP);
                default -> { }
            }
            Entity policy = policyId == null ? null : model.entities().get(policyId);
            out.add(new DecisiveStatement(ref.layer(), policyId, policy == null ? null : policy.name(), via,
                    ref.statement(), ref.sid(), ref.position() == null ? 0 : ref.position().line()));
        }
        return out;
    }

    /** The resource or role whose own policy applies to {@code arn}. */
    private static String holderOf(IamModel model, String arn) {
        for (Entity entity : model.entities().values()) {
            if ((entity instanceof Resource || entity instanceof Role) && arn.equals(entity.arn())) {
                return entity.id();
            }
        }
        return null;
    }

    private static String organizationPolicy(IamModel model, StatementRef ref, OrganizationPolicy.Type type) {
        List<String> ids = new ArrayList<>();
        for (Relation relation : model.to(ref.target(), RelationKind.APPLIES_TO)) {
            if (model.entities().get(relation.from()) instanceof OrganizationPolicy policy && policy.type() == type) {
                ids.add(policy.id());
            }
        }
        return ref.policy() < ids.size() ? ids.get(ref.policy()) : null;
    }
}
