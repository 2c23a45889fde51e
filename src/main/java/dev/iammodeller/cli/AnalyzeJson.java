package dev.iammodeller.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON pieces every {@code analyze --json} answer shares: an entity, an outcome, a list, the indented generator. */
final class AnalyzeJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** For a document written piece by piece: the buffer in front of the output flushes when it fills, not per piece. */
    private static final ObjectMapper PIECES = JSON.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private AnalyzeJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** {@code {"id", "name", "kind", "arn"}}; a service's ARN is its principal name. */
    static ObjectNode entity(Entity entity) {
        ObjectNode node = object();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("kind", entity.kind().json());
        node.put("arn", entity instanceof AwsService service ? service.principal() : entity.arn());
        return node;
    }

    /** How a request names a principal of the model: its ARN, or a service's principal ({@code ec2.amazonaws.com}). */
    static String principal(Entity principal) {
        return principal instanceof AwsService service ? service.principal() : principal.arn();
    }

    static String outcome(Outcome outcome) {
        return switch (outcome.kind()) {
            case ALLOWED -> "allowed";
            case CONDITIONAL -> "conditional";
            case EXPLICIT_DENY -> "explicitDeny";
            case IMPLICIT_DENY -> "implicitDeny";
        };
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** A generator that indents with Jackson's default pretty printer, for a document written piece by piece. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator generator = PIECES.getFactory().createGenerator(out);
        generator.setPrettyPrinter(PIECES.getSerializationConfig().constructDefaultPrettyPrinter());
        return generator;
    }

    /** One node of such a document, indented at the generator's depth. */
    static void writeTree(JsonGenerator generator, JsonNode node) throws IOException {
        PIECES.writeTree(generator, node);
    }
}
