package dev.iammodeller.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The models opened or saved last, newest first, at most {@value #LIMIT}. Kept in a small JSON file
 * ({@code {"recent": ["/path/a.iam.json", ...]}}), written atomically after every change. A file that
 * cannot be read or written is not worth an error: the list then simply starts empty or is not kept.
 */
public final class RecentFiles {
    static final int LIMIT = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** Reads the list kept in {@code store}, if there is one. */
    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(read(store));
    }

    private static List<Path> read(Path store) {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(store)) {
            return out;
        }
        try {
            for (JsonNode item : JSON.readTree(store.toFile()).path("recent")) {
                Path path = Path.of(item.asText());
                if (item.isTextual() && !out.contains(path) && out.size() < LIMIT) {
                    out.add(path);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** Newest first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts the file first (moving it if it was there already). */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        change(next.size() > LIMIT ? next.subList(0, LIMIT) : next);
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        next.remove(file.toAbsolutePath().normalize());
        change(next);
    }

    public void clear() {
        change(List.of());
    }

    private void change(List<Path> next) {
        if (next.equals(files)) {
            return;
        }
        files.setAll(next);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("recent");
        files.forEach(path -> list.add(path.toString()));
        try {
            UserFolder.writeAtomically(store, root.toPrettyString() + "\n");
        } catch (IOException e) {
            // Not kept this time: the list in memory is still right.
        }
    }
}
