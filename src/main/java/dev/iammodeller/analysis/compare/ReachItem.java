package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.Outcome;
import java.util.List;

/**
 * One thing a principal reaches: an action on a target ({@code *} for what the model does not draw), allowed or
 * only on conditions. {@code sts:AssumeRole} (or {@code sts:AssumeRoleWithSAML} / {@code ...WithWebIdentity}) on a
 * role's ARN is a role it can assume, directly or through a chain; {@code *} on {@code *} is every action on every
 * resource (an administrator).
 */
public record ReachItem(String action, String resource, Outcome.Kind outcome, List<String> conditions) {
    /** The action of {@link #EVERYTHING}. */
    public static final String EVERY_ACTION = "*";
    /** Every action on every resource, unconditionally: an administrator's reach, in one item. */
    public static final ReachItem EVERYTHING = new ReachItem(EVERY_ACTION, "*", Outcome.Kind.ALLOWED, List.of());

    public ReachItem {
        conditions = List.copyOf(conditions);
    }

    /** "allowed", "conditional on iam:PassedToService". */
    public String outcomeWords() {
        return outcome == Outcome.Kind.ALLOWED ? "allowed" : "conditional on " + String.join(", ", conditions);
    }

    /** What a reach is keyed by: the action and the target. */
    String key() {
        return action + '\u0000' + resource;
    }
}
