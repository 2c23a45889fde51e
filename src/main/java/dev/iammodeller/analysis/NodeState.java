package dev.iammodeller.analysis;

import dev.iammodeller.eval.PolicyLayer;
import java.util.Set;

/**
 * How much of one node (a resource or an AWS service node) a set of outcomes reaches: the extent (as the
 * canvas shows it), the counts of allowed, conditional and explicitly denied actions against the actions
 * that apply to the node, the condition keys the conditional ones need, the first explicit deny (with its
 * statements) and the layers that left other actions implicitly denied.
 */
public record NodeState(String nodeId, NodeReach extent, int allowed, int conditional, int denied, int applicable,
                        Set<String> conditions, ActionOutcome firstDeny, Set<PolicyLayer> blockedBy) {
    public NodeState {
        conditions = Set.copyOf(conditions);
        blockedBy = Set.copyOf(blockedBy);
    }

    /** True when an explicit deny is all there is: nothing allowed, not even on conditions. */
    public boolean deniedOnly() {
        return allowed == 0 && conditional == 0 && denied > 0;
    }

    /** "every action", "12 of 380 actions", "3 actions only if conditions hold", "nothing: explicitly denied". */
    public String extentWords() {
        if (allowed > 0) {
            return allowed >= applicable ? "every action" : allowed + " of " + applicable + " actions";
        }
        if (conditional > 0) {
            return conditional + (conditional == 1 ? " action" : " actions") + " only with " + String.join(", ",
                    new java.util.TreeSet<>(conditions));
        }
        return "nothing: explicitly denied";
    }
}
