package dev.iammodeller.model;

/**
 * An edge of the model's graph: a stored relation, a trust read from a role's trust policy
 * ({@code TRUSTS}: role → principal it trusts), or an inline policy's owner ({@code OWNS}).
 */
public record ModelEdge(Kind kind, String from, String to) {
    /** The kinds of edge the graph holds. */
    public enum Kind { MEMBER_OF, ATTACHED_TO, BOUNDARY_OF, RUNS_AS, APPLIES_TO, TRUSTS, OWNS, PROVISIONS, ASSIGNED_TO }
}
