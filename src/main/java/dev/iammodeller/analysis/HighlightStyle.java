package dev.iammodeller.analysis;

/**
 * How the canvas shows a node while another is selected: the route by which the selected node reaches it
 * (or it reaches the selected node, in "who can reach this"). Each style carries the CSS pseudo-class the
 * canvas sets and one sentence of the IAM rule behind it, for the legend and tooltips. When several routes
 * lead to one node, the one that reaches more of it wins, then the one listed first here.
 */
public enum HighlightStyle {
    /** Where the permissions come from: the selected principal's groups and policies, a policy's holders. */
    SOURCE("reach-source", "Where the permissions come from: a user gets the policies attached to it and to each"
            + " of its groups, a role only its own, and a policy grants only where it is attached."),
    /** Reached by the principal's own policies. */
    DIRECT("reach-direct", "Allowed by its own policies: an identity policy (or the resource's own policy) allows it,"
            + " and no explicit Deny, permissions boundary or SCP stands against it."),
    /** Reached after assuming a role (a chain of roles). */
    VIA_ROLE("reach-via-role", "Reached only after assuming the role: its trust policy must name the caller, and only"
            + " one role session is active at a time, so the role's permissions never add to the caller's own."),
    /** Reached through compute the principal can change or drive. */
    INDIRECT("reach-indirect", "Reached through compute it can change: whoever can update a function's code or run"
            + " commands on an instance makes it act with the permissions of the role it runs as."),
    /** Reached only if conditions hold. */
    CONDITIONAL("reach-conditional", "Allowed only if the conditions hold (an external id, a source IP, MFA): IAM"
            + " ignores a statement whose condition is not met, so without them the request is denied."),
    /** Explicitly denied. */
    DENIED("reach-denied", "Explicitly denied: an explicit Deny in any policy (its own, a group's, a boundary, an SCP,"
            + " the resource's) wins over every Allow, so a deny on a group caps each of its members.");

    private final String pseudoClass;
    private final String rule;

    HighlightStyle(String pseudoClass, String rule) {
        this.pseudoClass = pseudoClass;
        this.rule = rule;
    }

    /** The CSS pseudo-class the canvas sets on a node in this style ({@code reach-direct}). */
    public String pseudoClass() {
        return pseudoClass;
    }

    /** One sentence of the IAM rule behind the style, for someone learning IAM. */
    public String rule() {
        return rule;
    }

    /** The word the legend uses: "direct", "via role", ... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
