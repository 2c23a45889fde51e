package dev.iammodeller.io;

import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The model file format, {@code iam-modeller/1} (docs/file-format.md): load with every problem reported
 * by line, column and JSON path; save atomically (a temporary file beside the target, then a rename).
 */
public final class ModelFile {
    public static final String FORMAT = "iam-modeller/1";
    public static final String EXTENSION = ".iam.json";

    private ModelFile() {
    }

    public static IamModel read(Path file) throws IOException, ModelFileException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Reads model text; {@code name} names it in messages (a file name). */
    public static IamModel read(String text, String name) throws ModelFileException {
        return ModelFileReader.read(text, name);
    }

    /** The text of the model's file: stable, so saving a loaded file writes the same bytes. */
    public static String toJson(IamModel model) {
        return ModelFileWriter.write(model);
    }

    /**
     * A temporary file is private to its owner; the saved model keeps the permissions of the file it
     * replaces, or gets the usual rw-r--r-- when new.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Saves atomically: a crash leaves the old file or the new one, never half of either. */
    public static void write(IamModel model, Path file) throws IOException {
        writeAtomically(file, toJson(model));
    }

    /**
     * Writes text to a file through a temporary file beside it and a rename, keeping the file's
     * permissions: a crash leaves the old content or the new, never half of either.
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".saving");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
