package dev.iammodeller.analysis;

/**
 * One row of the reach panel: a principal ({@code principalId}: the selected one, or for a group a member,
 * for a policy a holder) and the outcome of one action on one target.
 */
public record ReachRow(String principalId, ActionOutcome outcome) {
}
