package dev.iammodeller.eval;

import dev.iammodeller.policy.SourcePosition;

/**
 * A statement that took part in a decision: its layer, the organization target for SCPs and RCPs,
 * the index of its policy within the layer, its index within the policy, its Sid and where it starts.
 */
public record StatementRef(PolicyLayer layer, String target, int policy, int statement, String sid,
                           SourcePosition position) {
}
