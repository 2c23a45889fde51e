package dev.iammodeller;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the case files of a test resource folder: each file is {@code {"cases": [ {...}, ... ]}}. */
public final class CaseFiles {
    /** One case, with the file it came from. */
    public record Case(String file, Json.JsonObject json) {
        public String text(String field) {
            Json value = json.get(field);
            return value == null ? null : Json.scalarText(value);
        }
    }

    private CaseFiles() {
    }

    public static List<Case> read(String resourceFolder) throws IOException, URISyntaxException {
        Path folder = Path.of(CaseFiles.class.getResource(resourceFolder).toURI());
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Json.JsonObject root = (Json.JsonObject) JsonReader.read(Files.readString(file, StandardCharsets.UTF_8), "$");
                for (Json item : ((Json.JsonArray) root.get("cases")).items()) {
                    cases.add(new Case(file.getFileName().toString(), (Json.JsonObject) item));
                }
            }
        }
        return cases;
    }
}
