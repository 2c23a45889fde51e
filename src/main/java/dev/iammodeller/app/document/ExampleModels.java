package dev.iammodeller.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The example models shipped in {@code /examples}, in the order of their {@code index.json}. */
public final class ExampleModels {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One example: its file in {@code /examples}, its title and what it shows. */
    public record Example(String file, String title, String description) {
        /** {@code 01-group-vs-service-role}. */
        public String key() {
            return file.endsWith(ModelFile.EXTENSION) ? file.substring(0, file.length() - ModelFile.EXTENSION.length()) : file;
        }

        /** {@code 01}, {@code 02b}: the scenario's number. */
        public String number() {
            int dash = file.indexOf('-');
            return dash < 0 ? "" : file.substring(0, dash);
        }
    }

    private ExampleModels() {
    }

    public static List<Example> all() {
        try {
            List<Example> out = new ArrayList<>();
            for (JsonNode item : JSON.readTree(text("index.json"))) {
                out.add(new Example(item.path("file").asText(), item.path("title").asText(),
                        item.path("description").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first scenario, the model the window opens on when given no file. */
    public static Example first() {
        return all().get(0);
    }

    public static IamModel load(Example example) {
        try {
            return ModelFile.read(text(example.file()), example.file());
        } catch (ModelFileException e) {
            throw new IllegalStateException("the example " + example.file() + " does not load: " + e.getMessage(), e);
        }
    }

    private static String text(String file) {
        try (InputStream in = ExampleModels.class.getResourceAsStream("/examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("/examples/" + file + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
