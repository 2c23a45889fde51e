package dev.iammodeller.io.export;

import dev.iammodeller.io.ModelFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export so that nothing is ever half-written: one file through {@link ModelFile#writeAtomically}
 * (a temporary file beside it, then a rename); a folder into a temporary sibling folder renamed into place
 * (a folder already there is moved aside first and removed once the new one is in place); a folder as a
 * {@code .zip} when the output's name ends in {@code .zip}, its entries in a fixed order with a fixed time
 * (1980-01-01), so the same export gives the same bytes.
 */
public final class ExportWriter {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ExportWriter() {
    }

    public static void write(Exported exported, Path out) throws IOException {
        if (exported instanceof Exported.Single single) {
            ModelFile.writeAtomically(out, single.bytes());
        } else if (exported instanceof Exported.Folder folder) {
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                ModelFile.writeAtomically(out, zip(folder.files()));
            } else {
                writeFolder(folder.files(), out);
            }
        }
    }

    /** The files as a zip archive with stable bytes. */
    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void writeFolder(Map<String, byte[]> files, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(out + " is a file; this format writes a folder (or name it .zip)");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        Path aside = null;
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = temporary.resolve(file.getKey()).normalize();
                if (!path.startsWith(temporary)) {
                    throw new IOException("refused to write outside the folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(target)) {
                aside = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
                Files.delete(aside);
                move(target, aside);
            }
            move(temporary, target);
            temporary = null;
        } finally {
            if (temporary != null) {
                removeTree(temporary);
                if (aside != null && !Files.exists(target)) {
                    move(aside, target);
                    aside = null;
                }
            }
            if (aside != null) {
                removeTree(aside);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void removeTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
