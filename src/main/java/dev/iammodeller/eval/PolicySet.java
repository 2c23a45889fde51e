package dev.iammodeller.eval;

import dev.iammodeller.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Every policy that applies to one request, layer by layer. Absent single policies are null; absent
 * lists are empty. An empty list of SCP levels means the account is not in an organization.
 *
 * @param resourcePolicy the resource-based policy, role trust policy or KMS key policy
 */
public record PolicySet(List<PolicyDocument> identityPolicies, PolicyDocument permissionsBoundary,
                        PolicyDocument sessionPolicy, PolicyDocument resourcePolicy,
                        List<PolicyDocument> vpcEndpointPolicies, List<OrganizationLevel> serviceControlPolicies,
                        List<OrganizationLevel> resourceControlPolicies) {

    public static PolicySet identityOnly(List<PolicyDocument> identityPolicies) {
        return new PolicySet(identityPolicies, null, null, null, List.of(), List.of(), List.of());
    }

    /** Every policy document of the set, layer by layer: identity, boundary, session, resource, endpoints, SCPs, RCPs. */
    public List<PolicyDocument> documents() {
        List<PolicyDocument> out = new ArrayList<>(identityPolicies);
        for (PolicyDocument single : new PolicyDocument[] {permissionsBoundary, sessionPolicy, resourcePolicy}) {
            if (single != null) {
                out.add(single);
            }
        }
        out.addAll(vpcEndpointPolicies);
        for (OrganizationLevel level : serviceControlPolicies) {
            out.addAll(level.policies());
        }
        for (OrganizationLevel level : resourceControlPolicies) {
            out.addAll(level.policies());
        }
        return out;
    }
}
