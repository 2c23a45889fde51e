package dev.iammodeller.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON report written piece by piece as it is made, indented by Jackson's default pretty printer (the bytes
 * a whole tree would give): objects and arrays are opened and closed here, and what goes inside is one field or
 * one element at a time, each small enough to hold.
 */
final class ReportJson {
    private final JsonGenerator generator;
    private final ReportText out;

    ReportJson(ReportText out) {
        this.out = out;
        try {
            this.generator = AnalyzeJson.generator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReportJson startObject() {
        return act(JsonGenerator::writeStartObject);
    }

    ReportJson endObject() {
        return act(JsonGenerator::writeEndObject);
    }

    ReportJson startArray() {
        return act(JsonGenerator::writeStartArray);
    }

    /** A field whose value is an array, opened: its elements follow. */
    ReportJson startArray(String field) {
        return act(g -> g.writeArrayFieldStart(field));
    }

    ReportJson endArray() {
        return act(JsonGenerator::writeEndArray);
    }

    /** A field's name: its value (an array or an object written piece by piece) follows. */
    ReportJson fieldName(String name) {
        return act(g -> g.writeFieldName(name));
    }

    ReportJson field(String name, JsonNode value) {
        return act(g -> {
            g.writeFieldName(name);
            AnalyzeJson.writeTree(g, value);
        });
    }

    ReportJson field(String name, String value) {
        return act(g -> g.writeStringField(name, value));
    }

    ReportJson field(String name, int value) {
        return act(g -> g.writeNumberField(name, value));
    }

    ReportJson field(String name, boolean value) {
        return act(g -> g.writeBooleanField(name, value));
    }

    /** One element of the open array. */
    ReportJson element(JsonNode value) {
        return act(g -> AnalyzeJson.writeTree(g, value));
    }

    /** The document is whole: it ends with a newline. */
    void end() {
        act(JsonGenerator::flush);
        out.append('\n');
    }

    private interface Step {
        void on(JsonGenerator generator) throws IOException;
    }

    private ReportJson act(Step step) {
        try {
            step.on(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
