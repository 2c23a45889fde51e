package dev.iammodeller.diagram;

/**
 * How the live evaluator marks a node for the selected principal; each is a CSS pseudo-class of the node's
 * view ({@code :reach-allowed}), so a theme decides the colours.
 */
public enum ReachState {
    NONE(null),
    ALLOWED("reach-allowed"),
    CONDITIONAL("reach-conditional"),
    DENIED("reach-denied"),
    VIA_ROLE("reach-via-role"),
    INDIRECT("reach-indirect");

    private final String pseudoClass;

    ReachState(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    /** The pseudo-class name, or null for {@link #NONE}. */
    public String pseudoClass() {
        return pseudoClass;
    }
}
