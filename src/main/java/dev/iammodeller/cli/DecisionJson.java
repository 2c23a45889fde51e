package dev.iammodeller.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.eval.StatementRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes the one-line JSON answers of the {@code simulate} command. */
public final class DecisionJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DecisionJson() {
    }

    public static String decision(String id, Decision decision) {
        return write(json -> {
            json.writeStringField("id", id);
            json.writeStringField("decision", decision.kind().json());
            json.writeArrayFieldStart("blockedBy");
            for (PolicyLayer layer : decision.blockedBy()) {
                json.writeString(layer.json());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("matchedStatements");
            for (StatementRef ref : decision.matchedStatements()) {
                json.writeStartObject();
                json.writeStringField("layer", ref.layer().json());
                if (ref.target() != null) {
                    json.writeStringField("target", ref.target());
                }
                json.writeNumberField("policy", ref.policy());
                json.writeNumberField("statement", ref.statement());
                if (ref.sid() != null) {
                    json.writeStringField("sid", ref.sid());
                }
                json.writeNumberField("line", ref.position().line());
                json.writeNumberField("column", ref.position().column());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("missingContextKeys");
            for (String key : decision.missingContextKeys()) {
                json.writeString(key);
            }
            json.writeEndArray();
            json.writeStringField("reason", decision.reason());
        });
    }

    public static String error(String id, String message) {
        return write(json -> {
            json.writeStringField("id", id);
            json.writeStringField("decision", "error");
            json.writeStringField("error", message);
        });
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
