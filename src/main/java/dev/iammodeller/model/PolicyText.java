package dev.iammodeller.model;

/**
 * A policy document as JSON text. The model keeps the text the user wrote (or AWS returned) so that
 * files stay diffable and the policy editor shows what was written; the evaluator parses it.
 */
public record PolicyText(String json) {
    public PolicyText {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("a policy document cannot be empty");
        }
    }
}
