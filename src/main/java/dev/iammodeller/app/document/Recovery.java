package dev.iammodeller.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Recovery copies of unsaved models: {@code recovery/<key>.iam.json}, where the key is a hash of the
 * model's file (or {@code untitled}) and the writing session (its process id and start time), beside
 * {@code <key>.origin.json}, which says which file the model belongs to and which process wrote it, and
 * when that process started. A copy whose process is no longer running is what a crash left behind; a
 * running process with the same id but another start time (after a reboot) is not its writer. A new
 * session never writes under the key of an earlier one, so a leftover is never overwritten before it is
 * offered. Writing and removing are serialized, so a late write never brings back a removed copy. Safe to
 * call from any thread.
 */
public final class Recovery {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = ".iam.json";
    private static final String ORIGIN = ".origin.json";

    /** A copy left by a process that ended without saving: its model's file (or null) and when it was written. */
    public record Leftover(Path copy, Path file, Instant written) {
        /** The file name the user knows the model by. */
        public String name() {
            return file == null ? "an untitled model" : file.getFileName().toString();
        }
    }

    private final Path folder;
    private final long processId;
    /** When the process started (null when the system does not say): with the id, who wrote a copy. */
    private final Instant processStart;

    /** Copies in {@code folder}, written by the process {@code processId} (this process, outside tests). */
    public Recovery(Path folder, long processId) {
        this(folder, processId, ProcessHandle.of(processId).flatMap(p -> p.info().startInstant()).orElse(null));
    }

    Recovery(Path folder, long processId, Instant processStart) {
        this.folder = folder;
        this.processId = processId;
        this.processStart = processStart;
    }

    /** The process id, and its start time when known: unique to this session among all that wrote copies. */
    private String session() {
        return processStart == null ? Long.toString(processId)
                : processId + "-" + Long.toString(processStart.toEpochMilli(), 36);
    }

    /** Where the copy of the model kept in {@code file} (null: an untitled model) goes. */
    public Path copyFor(Path file) {
        return folder.resolve(key(file) + MODEL);
    }

    private String key(Path file) {
        if (file == null) {
            return "untitled-" + session();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10) + "-" + session();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Writes the copy of {@code model}, unless {@code stillWanted} says it no longer is (checked under the lock). */
    public synchronized void write(IamModel model, Path file, BooleanSupplier stillWanted) throws IOException {
        if (!stillWanted.getAsBoolean()) {
            return;
        }
        Path copy = copyFor(file);
        ObjectNode origin = JSON.createObjectNode();
        origin.put("file", file == null ? null : file.toAbsolutePath().normalize().toString());
        origin.put("process", processId);
        if (processStart != null) {
            origin.put("processStart", processStart.toString());
        }
        origin.put("written", Instant.now().toString());
        UserFolder.writeAtomically(originOf(copy), origin.toPrettyString() + "\n");
        ModelFile.write(model, copy);
    }

    /** Removes the copy of the model kept in {@code file}, if there is one. */
    public synchronized void remove(Path file) {
        removeCopy(copyFor(file));
    }

    public synchronized void removeCopy(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(originOf(copy));
        } catch (IOException e) {
            // Left behind: it will be offered at the next start, and can be discarded then.
        }
    }

    /** The copies of processes that are no longer running, newest first. */
    public synchronized List<Leftover> leftovers() {
        List<Leftover> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> origins = Files.newDirectoryStream(folder, "*" + ORIGIN)) {
            for (Path origin : origins) {
                String name = origin.getFileName().toString();
                Path copy = folder.resolve(name.substring(0, name.length() - ORIGIN.length()) + MODEL);
                try {
                    JsonNode meta = JSON.readTree(origin.toFile());
                    boolean running = writerRunning(meta);
                    if (!running && Files.isRegularFile(copy)) {
                        String file = meta.path("file").isTextual() ? meta.path("file").asText() : null;
                        out.add(new Leftover(copy, file == null ? null : Path.of(file),
                                Instant.parse(meta.path("written").asText())));
                    }
                } catch (IOException | RuntimeException e) {
                    // Not one of ours, or half written: skip it.
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Leftover::written).reversed());
        return out;
    }

    /**
     * Whether the process that wrote a copy still runs: this one, or a live process with its id that started
     * when the writer did (a process id alone is reused, by the next boot at the latest). A copy of an older
     * version, without a start time, is taken as running while its id is alive, as that version did.
     */
    private boolean writerRunning(JsonNode meta) {
        long writer = meta.path("process").asLong(-1);
        Instant started = meta.path("processStart").isTextual() ? Instant.parse(meta.path("processStart").asText()) : null;
        if (writer == processId && (started == null || started.equals(processStart))) {
            return true;
        }
        return ProcessHandle.of(writer).filter(ProcessHandle::isAlive)
                .map(p -> started == null || started.equals(p.info().startInstant().orElse(null)))
                .orElse(false);
    }

    /** Reads a leftover copy. */
    public IamModel read(Leftover leftover) throws IOException, ModelFileException {
        return ModelFile.read(leftover.copy());
    }

    private static Path originOf(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - MODEL.length()) + ORIGIN);
    }
}
