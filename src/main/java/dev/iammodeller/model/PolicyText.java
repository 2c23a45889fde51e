package dev.iammodeller.model;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.policy.TwoSpaceJson;

/**
 * A policy document as JSON text. The model keeps the text the user wrote (or AWS returned) so that
 * files stay diffable and the policy editor shows what was written. {@link #document()} parses it once
 * and keeps the result: a model value never changes, so analysis reads each policy only once per
 * model version. Two texts are equal when their JSON text is.
 */
public final class PolicyText {
    private final String json;
    private volatile PolicyDocument document;
    /** The tree the reader makes of {@link #json}, when it came with it, until {@link #document()} reads it. */
    private volatile Json tree;

    public PolicyText(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("a policy document cannot be empty");
        }
        this.json = json;
    }

    /**
     * A document laid out with its tree (a model file's policy): {@link #document()} reads the tree rather than
     * reading the text again, with the same outcome, positions included.
     */
    public PolicyText(TwoSpaceJson laidOut) {
        this(laidOut.text());
        if (laidOut.tree() instanceof Json.JsonObject object) {
            this.tree = object;
        }
    }

    public String json() {
        return json;
    }

    /** The parsed policy; throws {@link dev.iammodeller.policy.PolicyParseException} if it does not parse. */
    public PolicyDocument document() {
        PolicyDocument parsed = document;
        if (parsed == null) {
            Json read = tree;
            parsed = read != null ? PolicyReader.read(read) : PolicyReader.parse(json);
            document = parsed;
            tree = null;
        }
        return parsed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyText text && text.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
