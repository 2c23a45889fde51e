package dev.iammodeller.io;

import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The model file format, {@code iam-modeller/1}, and {@code iam-modeller/2} for a model with comments
 * (docs/file-format.md): load with every problem reported
 * by line, column and JSON path; save atomically (a temporary file beside the target, then a rename).
 */
public final class ModelFile {
    /** The newest format: what this version writes for a model with comments. */
    public static final String FORMAT = "iam-modeller/2";
    /** The format without comments: what this version writes for a model with none, as earlier versions did. */
    public static final String FORMAT_1 = "iam-modeller/1";
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
     * permissions: a crash or a power cut leaves the old content or the new, never half of either (the
     * temporary file is forced to disk before the rename, the folder after it). A symbolic link is written
     * through to its target and stays a link. The temporary file is removed on any failure, and leftovers
     * of an earlier save of the same file that was killed are removed by the next save.
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        writeAtomically(file, StandardCharsets.UTF_8.encode(text));
    }

    /** {@link #writeAtomically(Path, String)} for bytes (an export: a zip, an image). */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        writeAtomically(file, ByteBuffer.wrap(content));
    }

    private static void writeAtomically(Path file, ByteBuffer bytes) throws IOException {
        Path target = throughLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        Files.createDirectories(folder);
        removeLeftovers(folder, target.getFileName().toString());
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", SAVING);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static final String SAVING = ".saving";
    /** A leftover younger than this may belong to a save still running in another process. */
    private static final long LEFTOVER_AGE_MILLIS = 60_000;

    /** The file a chain of symbolic links ends at (which need not exist yet); the path itself when no link. */
    static Path throughLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops > 40) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** Removes the temporary files of earlier saves of {@code name} that were killed before their rename. */
    private static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name + ".";
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(SAVING))) {
            for (Path leftover : leftovers) {
                if (now - Files.getLastModifiedTime(leftover).toMillis() > LEFTOVER_AGE_MILLIS) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // A leftover that cannot be listed or removed does no harm to this save.
        }
    }

    /** Forces the folder's entry of the renamed file to disk; a system that cannot open folders skips it. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is durable by itself.
        }
    }
}
