package dev.iammodeller.app.document;

import dev.iammodeller.io.ModelFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder where IAM Modeller keeps what it remembers between runs: the recent files, the recovery
 * copies of unsaved models, the preferences and the escalation answers of large models. {@code ~/.iam-modeller},
 * or the folder the system property {@code iammodeller.home} names (tests point it at a temporary folder).
 */
public record UserFolder(Path path) {
    public static final String PROPERTY = "iammodeller.home";

    /** The folder of this user, or of {@code -Diammodeller.home=...}. */
    public static UserFolder standard() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return new UserFolder(Path.of(chosen));
        }
        return new UserFolder(Path.of(System.getProperty("user.home"), ".iam-modeller"));
    }

    public Path recentFiles() {
        return path.resolve("recent-files.json");
    }

    /** The window's preferences (theme, size, dividers, last folder): {@link Preferences}. */
    public Path preferences() {
        return path.resolve(Preferences.FILE);
    }

    /** The escalation answers of large models kept between runs: {@link dev.iammodeller.io.KnownEscalations}. */
    public Path escalations() {
        return path.resolve("escalations");
    }

    public Path recovery() {
        return path.resolve("recovery");
    }

    /** Writes text atomically: a temporary file beside the target, then a rename. */
    static void writeAtomically(Path target, String text) throws IOException {
        ModelFile.writeAtomically(target, text);
    }
}
