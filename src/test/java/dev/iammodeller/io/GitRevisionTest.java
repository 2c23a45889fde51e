package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file as a revision of its git repository holds it, read through a local {@code git show}. */
class GitRevisionTest {
    private static void git(Path folder, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=test@example.com"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + out);
    }

    @Test
    void readsTheFileAsEachRevisionHoldsIt(@TempDir Path dir) throws Exception {
        Path repository = dir.resolve("estate");
        Files.createDirectories(repository.resolve("models"));
        git(repository, "init", "-q");
        Path file = repository.resolve("models/prod.iam.json");
        Files.writeString(file, "first\n");
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "first");
        Files.writeString(file, "second\n");
        git(repository, "commit", "-q", "-am", "second");
        Files.writeString(file, "not committed\n");
        assertEquals(repository.toRealPath(), GitRevision.repositoryOf(file).orElseThrow().toRealPath());
        assertEquals("second\n", GitRevision.show(file, "HEAD"));
        assertEquals("first\n", GitRevision.show(file, "HEAD~1"));
        IOException missing = assertThrows(IOException.class, () -> GitRevision.show(file, "HEAD~5"));
        assertTrue(missing.getMessage().contains("HEAD~5"), missing.getMessage());
    }

    @Test
    void aFileOutsideARepositoryHasNoRevisionsAndOptionsAreNotRevisions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("loose.iam.json");
        Files.writeString(file, "{}");
        assertTrue(GitRevision.repositoryOf(file).isEmpty() || !GitRevision.repositoryOf(file).get().startsWith(dir));
        for (String revision : new String[] {"--output=/tmp/x", "HEAD:other", " "}) {
            IOException refused = assertThrows(IOException.class, () -> GitRevision.show(file, revision));
            assertTrue(refused.getMessage().contains("is not a revision"), refused.getMessage());
        }
    }
}
