package dev.iammodeller.cli;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of a simulate file: one JSON object, a JSON list of objects, or JSON Lines (one object
 * per line). Each entry is the parsed JSON of one request, or the error that kept it from parsing;
 * positions are lines and columns of the whole file.
 */
public final class RequestFile {
    /** One request of the file: its JSON, or the problem with its text. */
    public record Entry(Json json, PolicyParseException error) {
    }

    private RequestFile() {
    }

    /** Reads FILE, or standard input for "-". */
    public static String text(String file, InputStream stdin) throws IOException {
        if (file.equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    public static List<Entry> entries(String text) {
        List<String> lines = text.lines().toList();
        int firstLine = 0;
        while (firstLine < lines.size() && lines.get(firstLine).isBlank()) {
            firstLine++;
        }
        if (firstLine == lines.size()) {
            return List.of();
        }
        boolean moreLines = false;
        for (int i = firstLine + 1; i < lines.size() && !moreLines; i++) {
            moreLines = !lines.get(i).isBlank();
        }
        if (moreLines && parsesAlone(lines.get(firstLine))) {
            return jsonLines(lines);
        }
        try {
            Json root = JsonReader.read(text, "$");
            if (root instanceof Json.JsonArray array) {
                List<Entry> entries = new ArrayList<>();
                for (Json item : array.items()) {
                    entries.add(new Entry(item, null));
                }
                return entries;
            }
            return List.of(new Entry(root, null));
        } catch (PolicyParseException e) {
            return List.of(new Entry(null, e));
        }
    }

    private static boolean parsesAlone(String line) {
        try {
            return JsonReader.read(line, "$") instanceof Json.JsonObject;
        } catch (PolicyParseException e) {
            return false;
        }
    }

    private static List<Entry> jsonLines(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                entries.add(new Entry(shift(JsonReader.read(lines.get(i), "$"), i), null));
            } catch (PolicyParseException e) {
                entries.add(new Entry(null, new PolicyParseException(e.position().shiftedBy(i), e.path(), e.problem())));
            }
        }
        return entries;
    }

    /** Moves every position of a tree read from line {@code lines + 1} of the file to that line. */
    private static Json shift(Json value, int lines) {
        if (lines == 0) {
            return value;
        }
        if (value instanceof Json.JsonObject o) {
            java.util.Map<String, Json> members = new java.util.LinkedHashMap<>();
            java.util.Map<String, dev.iammodeller.policy.SourcePosition> keys = new java.util.LinkedHashMap<>();
            o.members().forEach((k, v) -> members.put(k, shift(v, lines)));
            o.keyPositions().forEach((k, p) -> keys.put(k, p.shiftedBy(lines)));
            return new Json.JsonObject(members, keys, o.position().shiftedBy(lines), o.path());
        }
        if (value instanceof Json.JsonArray a) {
            List<Json> items = new ArrayList<>();
            a.items().forEach(item -> items.add(shift(item, lines)));
            return new Json.JsonArray(List.copyOf(items), a.position().shiftedBy(lines), a.path());
        }
        if (value instanceof Json.JsonString s) {
            return new Json.JsonString(s.value(), s.position().shiftedBy(lines), s.path());
        }
        if (value instanceof Json.JsonNumber n) {
            return new Json.JsonNumber(n.text(), n.position().shiftedBy(lines), n.path());
        }
        if (value instanceof Json.JsonBoolean b) {
            return new Json.JsonBoolean(b.value(), b.position().shiftedBy(lines), b.path());
        }
        return new Json.JsonNull(value.position().shiftedBy(lines), value.path());
    }
}
