package dev.iammodeller.policy;

import java.util.List;

/**
 * One statement of a policy, with where it starts. Absent elements are null: a statement without
 * Principal (identity policies), without Resource (trust policies), without Condition (empty list).
 *
 * @param index        position of the statement in its policy, from 0
 * @param notPrincipal true when {@code principal} came from NotPrincipal
 * @param notAction    true when {@code actions} came from NotAction
 * @param notResource  true when {@code resources} came from NotResource
 */
public record Statement(int index, String sid, Effect effect, SourcePosition effectPosition,
                        PrincipalSpec principal, boolean notPrincipal,
                        List<ActionPattern> actions, boolean notAction,
                        List<PolicyTemplate> resources, boolean notResource,
                        List<Condition> conditions, SourcePosition position, String path) {

    /** True when this statement's Action/NotAction covers {@code action}. */
    public boolean coversAction(String action) {
        if (actions == null) {
            return false;
        }
        if (actions instanceof ActionPatterns indexed) {
            return indexed.anyMatches(action) != notAction;
        }
        boolean listed = false;
        for (ActionPattern pattern : actions) {
            if (pattern.matches(action)) {
                listed = true;
                break;
            }
        }
        return listed != notAction;
    }
}
