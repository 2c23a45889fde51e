package dev.iammodeller.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.analysis.escalation.EscalationGain;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.analysis.escalation.PrincipalEscalations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's whole grouped escalation answer ({@link dev.iammodeller.analysis.escalation.EscalationAnalysis#settled}) as
 * JSON, and back to equal values: what {@link KnownEscalations} keeps between runs. Every path belongs to the principal
 * it is listed under, so the principal's id is written once.
 */
final class EscalationAnswerFile {
    static final String FORMAT = "iam-modeller-escalations/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EscalationAnswerFile() {
    }

    static void write(Map<String, PrincipalEscalations> answer, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("principals");
            for (Map.Entry<String, PrincipalEscalations> entry : answer.entrySet()) {
                PrincipalEscalations principal = entry.getValue();
                json.writeStartObject();
                json.writeStringField("id", entry.getKey());
                json.writeNumberField("paths", principal.paths());
                json.writeNumberField("toAdmin", principal.toAdmin());
                json.writeArrayFieldStart("gains");
                for (EscalationGain gain : principal.gains()) {
                    gain(json, entry.getKey(), gain);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void gain(JsonGenerator json, String id, EscalationGain gain) throws IOException {
        if (!gain.principalId().equals(id) || !gain.path().principalId().equals(id)) {
            throw new IllegalArgumentException("a gain of " + gain.principalId() + " listed under " + id);
        }
        json.writeStartObject();
        json.writeStringField("principalArn", gain.principalArn());
        json.writeStringField("gains", gain.gains());
        json.writeNumberField("alternatives", gain.alternatives());
        json.writeNumberField("alsoGains", gain.alsoGains());
        EscalationPath path = gain.path();
        json.writeObjectFieldStart("path");
        json.writeStringField("principalArn", path.principalArn());
        json.writeStringField("gains", path.gains());
        json.writeStringField("rule", path.rule());
        strings(json, "conditions", path.conditions());
        strings(json, "assumes", path.assumes());
        json.writeArrayFieldStart("steps");
        for (EscalationStep step : path.steps()) {
            json.writeStartObject();
            json.writeStringField("action", step.action());
            json.writeStringField("target", step.target());
            json.writeStringField("note", step.note());
            json.writeStringField("assumes", step.assumes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The answer {@link #write} wrote; an {@link IOException} for anything else (another format, a part missing). */
    static Map<String, PrincipalEscalations> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a file of " + FORMAT);
        }
        Map<String, PrincipalEscalations> out = new LinkedHashMap<>();
        for (JsonNode principal : required(root, "principals")) {
            String id = text(principal, "id");
            List<EscalationGain> gains = new ArrayList<>();
            for (JsonNode gain : required(principal, "gains")) {
                JsonNode path = required(gain, "path");
                List<EscalationStep> steps = new ArrayList<>();
                for (JsonNode step : required(path, "steps")) {
                    steps.add(new EscalationStep(text(step, "action"), text(step, "target"), text(step, "note"),
                            text(step, "assumes")));
                }
                EscalationPath made = new EscalationPath(id, text(path, "principalArn"), text(path, "gains"),
                        text(path, "rule"), strings(path, "conditions"), steps, strings(path, "assumes"));
                gains.add(new EscalationGain(id, text(gain, "principalArn"), text(gain, "gains"), made,
                        required(gain, "alternatives").asInt(), required(gain, "alsoGains").asInt()));
            }
            out.put(id, new PrincipalEscalations(gains, required(principal, "paths").asLong(),
                    required(principal, "toAdmin").asLong()));
        }
        return out;
    }

    private static JsonNode required(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IOException("no \"" + field + "\"");
        }
        return value;
    }

    /** A text field, null when written as null. */
    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = required(node, field);
        return value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode node, String field) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode value : required(node, field)) {
            out.add(value.asText());
        }
        return out;
    }
}
