package dev.iammodeller.io.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.io.JsonLayout;
import dev.iammodeller.model.PolicyText;

/**
 * JSON laid out as the AWS console and CLI print policies: four spaces of indentation, {@code "Key": value},
 * each array item and member on its own line, keys in the order the document has them, a final line break.
 */
final class AwsJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private AwsJson() {
    }

    /** A policy's document as a JSON tree, in its own key order. */
    static JsonNode tree(PolicyText text) {
        try {
            return MAPPER.readTree(text.json());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a policy document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String print(JsonNode node) {
        try {
            return MAPPER.writer(JsonLayout.fourSpaces()).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
