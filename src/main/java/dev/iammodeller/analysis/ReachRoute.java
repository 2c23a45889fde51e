package dev.iammodeller.analysis;

import java.util.List;

/**
 * How a principal reaches a subject: the way ({@link Way}), the entity ids on it from the principal to the
 * subject ({@code path}), the principal whose permissions act at its end ({@code actorId}: the principal itself,
 * the last role of a chain, or the role a compute runs as) and the condition keys the way needs.
 */
public record ReachRoute(Way way, List<String> path, String actorId, List<String> conditions) {
    /** Its own policies, a chain of roles, an Identity Center assignment, or compute it can make act for it. */
    public enum Way {
        DIRECT("direct"),
        VIA_ROLE("via role"),
        /** An Identity Center user or group through the role an account assignment provisions (then any chain). */
        VIA_ASSIGNMENT("via assignment"),
        INDIRECT("indirect via");

        private final String words;

        Way(String words) {
            this.words = words;
        }

        /** How {@code analyze} names it: "direct", "via role", "via assignment", "indirect via". */
        public String words() {
            return words;
        }
    }

    public ReachRoute {
        path = List.copyOf(path);
        conditions = List.copyOf(conditions);
    }

    /** The principal the route starts from. */
    public String principalId() {
        return path.get(0);
    }

    /** True when the way holds only if conditions hold (an external id, MFA). */
    public boolean conditional() {
        return !conditions.isEmpty();
    }
}
