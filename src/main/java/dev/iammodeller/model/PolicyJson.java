package dev.iammodeller.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A policy document as a JSON tree, for the edits that change one (a trust added, a statement narrowed): read,
 * its statements as a list, and printed back as policy text.
 */
public final class PolicyJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private PolicyJson() {
    }

    /** The document as an object; empty when it is not JSON or not an object. */
    public static Optional<ObjectNode> read(PolicyText text) {
        try {
            JsonNode read = text == null || text.json().isBlank() ? null : JSON.readTree(text.json());
            return read instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The document's {@code Statement} made a list (a single statement becomes a list of one), to change in place. */
    public static ArrayNode statements(ObjectNode document) {
        JsonNode existing = document.get("Statement");
        ArrayNode statements = JSON.createArrayNode();
        if (existing instanceof ArrayNode array) {
            statements.addAll(array);
        } else if (existing instanceof ObjectNode single) {
            statements.add(single);
        }
        document.set("Statement", statements);
        return statements;
    }

    /** The document printed as policy text (indented). */
    public static PolicyText text(ObjectNode document) {
        try {
            return new PolicyText(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
