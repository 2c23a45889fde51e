package dev.iammodeller.analysis;

import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies AWS consults for a user or role of a model: its identity policies (attached and inline,
 * and for a user those of each of its groups), its permissions boundary, and the SCP levels of its
 * account.
 */
public record PrincipalPolicies(String principalId, List<PolicySource> identity, PolicySource boundary,
                                List<OrganizationLevel> serviceControlPolicies) {

    public static PrincipalPolicies of(IamModel model, String principalId) {
        Entity principal = model.entity(principalId)
                .orElseThrow(() -> new IllegalArgumentException("the model holds no principal \"" + principalId + "\""));
        if (!principal.kind().isIamPrincipal()) {
            throw new IllegalArgumentException(principal.name() + " is a " + principal.kind().json()
                    + ", not a user or role: only users and roles have identity policies of their own");
        }
        List<PolicySource> identity = new ArrayList<>();
        collect(model, principalId, null, identity);
        if (principal instanceof User) {
            for (Relation membership : model.from(principalId, RelationKind.MEMBER_OF)) {
                collect(model, membership.to(), membership.to(), identity);
            }
        }
        PolicySource boundary = null;
        for (Relation relation : model.to(principalId, RelationKind.BOUNDARY_OF)) {
            if (model.entities().get(relation.from()) instanceof ManagedPolicy policy) {
                boundary = new PolicySource(policy.id(), null, policy.document().document());
            }
        }
        return new PrincipalPolicies(principalId, List.copyOf(identity), boundary,
                OrganizationPath.levels(model, principal.account(), OrganizationPolicy.Type.SCP));
    }

    /** The documents of the managed policies attached to a user, group or role, and of its inline policies. */
    static List<PolicyDocument> documents(IamModel model, String holder) {
        List<PolicySource> held = new ArrayList<>();
        collect(model, holder, null, held);
        return held.stream().map(PolicySource::document).toList();
    }

    private static void collect(IamModel model, String holder, String via, List<PolicySource> out) {
        for (Relation relation : model.to(holder, RelationKind.ATTACHED_TO)) {
            if (model.entities().get(relation.from()) instanceof ManagedPolicy policy) {
                out.add(new PolicySource(policy.id(), via, policy.document().document()));
            }
        }
        for (InlinePolicy policy : model.inlinePolicies(holder)) {
            out.add(new PolicySource(policy.id(), via, policy.document().document()));
        }
    }

    /** The policy set of a request by this principal, with the resource side's policies. */
    public PolicySet policySet(PolicyDocument resourcePolicy, List<OrganizationLevel> resourceControlPolicies) {
        List<PolicyDocument> documents = identity.stream().map(PolicySource::document).toList();
        return new PolicySet(documents, boundary == null ? null : boundary.document(), null, resourcePolicy, List.of(),
                serviceControlPolicies, resourceControlPolicies);
    }
}
