package dev.iammodeller.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the window remembers between runs: the theme, the window's place and size (and whether it was
 * maximized), the positions of the dividers between the palette, the canvas and the side panels, the
 * folder the file choosers showed last, and the folder File › Export wrote to last. Kept in {@code preferences.json} in the user's folder, written
 * atomically. A file that cannot be read (missing, corrupt, from a newer version) gives the defaults for
 * what it lacks; a value of the wrong type or out of range is ignored: preferences never stop the window.
 */
public final class Preferences {
    public static final String FILE = "preferences.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the window was, in screen coordinates, when not maximized. */
    public record Bounds(double x, double y, double width, double height) {
        static Optional<Bounds> valid(double x, double y, double width, double height) {
            boolean ok = Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                    && width >= 200 && height >= 150 && width <= 100_000 && height <= 100_000;
            return ok ? Optional.of(new Bounds(x, y, width, height)) : Optional.empty();
        }
    }

    private final Path store;
    private boolean dark;
    private Bounds window;
    private boolean maximized;
    private List<Double> dividers = List.of();
    private Path lastFolder;
    private Path lastExportFolder;

    private Preferences(Path store) {
        this.store = store;
    }

    /** The preferences kept in {@code store}; the defaults where there is no such file or it cannot be read. */
    public static Preferences load(Path store) {
        Preferences preferences = new Preferences(store);
        if (store == null || !Files.isRegularFile(store)) {
            return preferences;
        }
        JsonNode root;
        try {
            root = JSON.readTree(store.toFile());
        } catch (IOException | RuntimeException e) {
            System.err.println("iam-modeller: " + store + " cannot be read (" + e.getClass().getSimpleName()
                    + "); the preferences start from the defaults");
            return preferences;
        }
        if (root == null || !root.isObject()) {
            return preferences;
        }
        preferences.dark = "dark".equals(root.path("theme").asText("light"));
        JsonNode window = root.path("window");
        if (window.isObject()) {
            preferences.window = Bounds.valid(number(window, "x"), number(window, "y"), number(window, "width"),
                    number(window, "height")).orElse(null);
            preferences.maximized = window.path("maximized").asBoolean(false);
        }
        List<Double> dividers = new ArrayList<>();
        for (JsonNode divider : root.path("dividers")) {
            double position = divider.isNumber() ? divider.asDouble() : Double.NaN;
            if (!(position >= 0 && position <= 1)) {
                dividers.clear();
                break;
            }
            dividers.add(position);
        }
        preferences.dividers = List.copyOf(dividers);
        preferences.lastFolder = folder(root, "lastFolder");
        preferences.lastExportFolder = folder(root, "lastExportFolder");
        return preferences;
    }

    private static Path folder(JsonNode root, String field) {
        JsonNode folder = root.path(field);
        if (folder.isTextual() && !folder.asText().isBlank()) {
            try {
                return Path.of(folder.asText());
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    /** The preferences of the user's folder ({@code preferences.json}). */
    public static Preferences of(UserFolder folder) {
        return load(folder.preferences());
    }

    /** Defaults that are never written anywhere (tests, a window without a user's folder). */
    public static Preferences notKept() {
        return new Preferences(null);
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    /**
     * Writes the preferences to their file (atomically: a temporary file, then a rename). Returns false when
     * they could not be written: that is not worth an error, they are simply not kept.
     */
    public boolean save() {
        if (store == null) {
            return false;
        }
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            UserFolder.writeAtomically(store, toJson() + "\n");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("theme", dark ? "dark" : "light");
        if (window != null || maximized) {
            ObjectNode node = root.putObject("window");
            if (window != null) {
                node.put("x", window.x()).put("y", window.y()).put("width", window.width()).put("height", window.height());
            }
            node.put("maximized", maximized);
        }
        ArrayNode positions = root.putArray("dividers");
        dividers.forEach(positions::add);
        if (lastFolder != null) {
            root.put("lastFolder", lastFolder.toString());
        }
        if (lastExportFolder != null) {
            root.put("lastExportFolder", lastExportFolder.toString());
        }
        return root.toPrettyString();
    }

    public boolean dark() {
        return dark;
    }

    public void setDark(boolean dark) {
        this.dark = dark;
    }

    /** The window's place and size when it was last closed (not maximized), if known. */
    public Optional<Bounds> window() {
        return Optional.ofNullable(window);
    }

    public void setWindow(Bounds bounds) {
        this.window = bounds == null ? null : Bounds.valid(bounds.x(), bounds.y(), bounds.width(), bounds.height()).orElse(window);
    }

    public boolean maximized() {
        return maximized;
    }

    public void setMaximized(boolean maximized) {
        this.maximized = maximized;
    }

    /** The divider positions of the main split (palette | canvas | side panels), each between 0 and 1. */
    public List<Double> dividers() {
        return dividers;
    }

    public void setDividers(List<Double> positions) {
        this.dividers = positions.stream().allMatch(p -> p != null && p >= 0 && p <= 1) ? List.copyOf(positions) : List.of();
    }

    /** The folder a file chooser showed last, if any. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(lastFolder);
    }

    public void setLastFolder(Path folder) {
        this.lastFolder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    /** The folder File › Export wrote to last, if any. */
    public Optional<Path> lastExportFolder() {
        return Optional.ofNullable(lastExportFolder);
    }

    public void setLastExportFolder(Path folder) {
        this.lastExportFolder = folder == null ? null : folder.toAbsolutePath().normalize();
    }
}
