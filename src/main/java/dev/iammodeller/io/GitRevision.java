package dev.iammodeller.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A file as a revision of its git repository holds it, read by running {@code git show REVISION:PATH} as a local
 * process (no network: git reads its own object store). Used to compare a model with an earlier version of it.
 */
public final class GitRevision {
    private static final long TIMEOUT_SECONDS = 30;

    private GitRevision() {
    }

    /** The top folder of the git work tree the file is in, or empty when it is in none (or git is not installed). */
    public static Optional<Path> repositoryOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        try {
            String top = run(folder, List.of("git", "rev-parse", "--show-toplevel")).strip();
            return top.isEmpty() ? Optional.empty() : Optional.of(Path.of(top));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The text of the file at a revision ({@code HEAD}, {@code HEAD~1}, a branch, a tag, a commit id); an
     * {@link IOException} saying git's own words when the revision or the file at it does not exist.
     */
    public static String show(Path file, String revision) throws IOException {
        if (revision == null || revision.isBlank() || revision.startsWith("-") || revision.contains(":")) {
            throw new IOException("\"" + revision + "\" is not a revision (such as HEAD, HEAD~1, a branch or a tag)");
        }
        Path top = repositoryOf(file).orElseThrow(() -> new IOException(file + " is not in a git repository"));
        Path relative = top.toRealPath().relativize(file.toAbsolutePath().toRealPath());
        String path = relative.toString().replace('\\', '/');
        return run(top, List.of("git", "show", revision.strip() + ":" + path));
    }

    /** Standard output of a git command run in {@code folder}; its standard error as the message when it fails. */
    private static String run(Path folder, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = readAll(process.getInputStream());
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git did not answer within " + TIMEOUT_SECONDS + " seconds");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git ran", e);
        }
        if (process.exitValue() != 0) {
            String why = new String(errors.join(), StandardCharsets.UTF_8).strip();
            throw new IOException(why.isEmpty() ? "git exited with " + process.exitValue() : why);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
