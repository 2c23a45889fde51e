package dev.iammodeller.eval;

import dev.iammodeller.policy.PolicyDocument;
import java.util.List;

/**
 * The SCPs or RCPs attached at one level of the organization between the root and the account
 * ({@code r-root}, an OU id, the account id). Every level must allow.
 */
public record OrganizationLevel(String target, List<PolicyDocument> policies) {
}
