package dev.iammodeller.analysis;

/** How much of a node (a resource, an AWS service) a principal reaches: what the canvas highlights. */
public enum NodeReach {
    /** Every action that applies to it. */
    FULL,
    /** Some of the actions that apply to it. */
    PARTIAL,
    /** Only if conditions hold (an external id, a source IP, MFA). */
    CONDITIONAL,
    /** Nothing. */
    NONE
}
