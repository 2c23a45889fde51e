package dev.iammodeller.model;

/**
 * An edge of the model's graph: a stored relation, a trust read from a role's trust policy
 * ({@code TRUSTS}: role → principal it trusts), or an inline policy's owner ({@code OWNS}).
 */
public record ModelEdge(Kind kind, String from, String to) {
    /** The kinds of edge the graph holds. */
    public enum Kind {
        MEMBER_OF, ATTACHED_TO, BOUNDARY_OF, RUNS_AS, APPLIES_TO, TRUSTS, OWNS, PROVISIONS, ASSIGNED_TO;

        /** The kind's word in a model file: {@code memberOf}, {@code trusts}, ... */
        public String json() {
            StringBuilder out = new StringBuilder();
            for (String part : name().split("_")) {
                out.append(out.length() == 0 ? part.toLowerCase(java.util.Locale.ROOT)
                        : part.charAt(0) + part.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            return out.toString();
        }

        /** The kind of a model file's word, or null. */
        public static Kind byJson(String word) {
            for (Kind kind : values()) {
                if (kind.json().equals(word)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
