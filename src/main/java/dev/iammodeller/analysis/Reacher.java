package dev.iammodeller.analysis;

import java.util.List;

/**
 * One principal that reaches the subject of "who can reach this": how (its style: direct, via role,
 * indirect, conditional, denied), the way there as entity ids from the principal to the subject's side
 * ({@code path}), the conditions on the way, and a sentence saying so.
 */
public record Reacher(String principalId, HighlightStyle style, List<String> path, List<String> conditions,
                      String explanation) {
    public Reacher {
        path = List.copyOf(path);
        conditions = List.copyOf(conditions);
    }
}
