package dev.iammodeller.io;

import dev.iammodeller.policy.SourcePosition;

/**
 * One problem of a model file: syntax (not JSON), structure (a missing or mistyped field) or meaning
 * (a rule of IAM or of the model), with where it is.
 */
public record ModelProblem(Kind kind, SourcePosition position, String path, String message) {
    /** The three kinds of problem a file can have. */
    public enum Kind { SYNTAX, STRUCTURE, MEANING }

    @Override
    public String toString() {
        return position + " (" + path + "): " + message;
    }
}
