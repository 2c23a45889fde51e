package dev.iammodeller.analysis;

import java.util.List;

/**
 * One way a principal reaches the subject of "who can reach this": the route ({@link ReachRoute}: direct, via
 * role or indirect, with its path and conditions), how the canvas shows it ({@code style}: direct, via role,
 * indirect, conditional, denied) and a sentence saying so. A principal that reaches the subject several ways
 * has one reacher per way.
 */
public record Reacher(String principalId, HighlightStyle style, ReachRoute route, String explanation) {
    /** The way there as entity ids, from the principal to the subject's side. */
    public List<String> path() {
        return route.path();
    }

    /** The condition keys on the way. */
    public List<String> conditions() {
        return route.conditions();
    }
}
