package dev.iammodeller.analysis;

import dev.iammodeller.policy.PolicyDocument;

/**
 * A policy that applies to a principal, with where it comes from: the policy entity's id, and the
 * group it arrives through ({@code via}, null when attached to the principal itself).
 */
public record PolicySource(String policyId, String via, PolicyDocument document) {
}
