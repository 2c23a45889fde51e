package dev.iammodeller.model;

/**
 * A rule of IAM (or of the model) that a model breaks: which entity or relation, and one sentence a
 * learner can act on. {@code relation} is null when an entity breaks the rule.
 */
public record RuleViolation(String entityId, Relation relation, String message) {
}
