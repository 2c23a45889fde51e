package dev.iammodeller.io;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.PrincipalEscalations;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The escalation answers of the last models the window worked out, kept in a folder between runs, so that a model
 * opened again (or an edit undone back to it) shows every escalation at once instead of after the analysis (seconds
 * on an account of thousands of principals). An answer is found by a digest of the model's entities and relations
 * (as the model file writes them, without layout, title, comments or accepted findings) and of the program's own code
 * and data ({@link BuildInfo#codeDigest}): another model, or another build of the program, never finds it. The
 * {@value #KEPT} answers used last are kept. Everything here is a shortcut: an answer that cannot be read or written is
 * worked out again, never an error.
 */
public final class KnownEscalations {
    static final int KEPT = 16;
    private static final String SUFFIX = ".json.gz";
    private final Path folder;
    private final Supplier<String> code;

    /** Answers kept in {@code folder}, for this build of the program. */
    public KnownEscalations(Path folder) {
        this(folder, BuildInfo::codeDigest);
    }

    /** Answers kept in {@code folder}, for the code whose digest {@code code} gives (null: keep nothing). */
    KnownEscalations(Path folder, Supplier<String> code) {
        this.folder = folder;
        this.code = code;
    }

    /**
     * Gives the model of {@code check} its kept answer ({@link EscalationAnalysis#adopt}), if one is kept: true when it
     * did. Only a model whose counts of entities and relations some kept answer has is digested (a fraction of a
     * second for thousands of principals), and only then the program's code (a tenth of a second, which the window's
     * start, asking about its first empty model, does without).
     */
    public boolean adopt(AccessCheck check) {
        IamModel model = check.model();
        if (!anyKept(prefix(model))) {
            return false;
        }
        String codeDigest = code.get();
        if (codeDigest == null) {
            return false;
        }
        Path file = file(codeDigest, model);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            if (EscalationAnalysis.adopt(check, EscalationAnswerFile.read(in))) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: worked out again, and written again after
        }
        forget(file);
        return false;
    }

    /** Keeps the answer of the model of {@code check} if it is whole ({@link EscalationAnalysis#settled}); else nothing. */
    public void keep(AccessCheck check) {
        String codeDigest = code.get();
        Optional<Map<String, PrincipalEscalations>> answer = EscalationAnalysis.settled(check);
        if (codeDigest == null || answer.isEmpty()) {
            return;
        }
        try {
            Path file = file(codeDigest, check.model());
            if (Files.isRegularFile(file)) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
                return;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                EscalationAnswerFile.write(answer.get(), out);
            }
            ModelFile.writeAtomically(file, bytes.toByteArray());
            prune();
        } catch (IOException | RuntimeException e) {
            // not kept: the next opening works it out again
        }
    }

    /** The file of a model's answer: its counts first (so that most models need no digest to know none is kept). */
    private Path file(String codeDigest, IamModel model) {
        return folder.resolve(prefix(model) + digest(codeDigest, model) + SUFFIX);
    }

    private static String prefix(IamModel model) {
        return model.entities().size() + "-" + model.relations().size() + "-";
    }

    /** The digest of the code and of the model's entities and relations, as its file writes them. */
    static String digest(String codeDigest, IamModel model) {
        IamModel bare = new IamModel("", "", model.entities(), model.relations(), Layout.EMPTY);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((codeDigest + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(ModelFile.toJson(bare).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private boolean anyKept(String prefix) {
        return kept().stream().anyMatch(file -> file.getFileName().toString().startsWith(prefix));
    }

    /** The answers kept, used last first. */
    private List<Path> kept() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(file))
                    .sorted(Comparator.comparing(KnownEscalations::lastUsed).reversed()).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Forgets all but the {@value #KEPT} answers used last. */
    private void prune() {
        List<Path> kept = kept();
        kept.stream().skip(KEPT).forEach(KnownEscalations::forget);
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next prune
        }
    }
}
