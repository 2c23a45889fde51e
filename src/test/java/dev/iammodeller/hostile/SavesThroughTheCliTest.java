package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 6, through {@code import -o}: a model written through a symbolic link goes to the link's target
 * and the link stays; the temporary file a killed save left beside it is cleaned up by the next save.
 */
class SavesThroughTheCliTest {
    private static final Path EXPORT = Path.of("src/test/resources/authz-details/handwritten/features.json");

    @TempDir
    Path folder;

    @Test
    void aModelIsWrittenThroughItsLinkAndAKilledSavesLeftoverIsRemoved() throws Exception {
        Path target = Files.createDirectory(folder.resolve("models")).resolve("estate.iam.json");
        Path link;
        try {
            link = Files.createSymbolicLink(folder.resolve("estate.iam.json"), Path.of("models", "estate.iam.json"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
            return;
        }
        Path killed = Files.writeString(target.resolveSibling(".estate.iam.json.4242.saving"), "half a mod");
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        CommandRun run = CommandRun.of("import", EXPORT.toString(), "-o", link.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("imported "), run.toString());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.isRegularFile(target));
        assertEquals(ModelFile.read(target), ModelFile.read(link));
        assertFalse(Files.exists(killed), "the killed save's leftover is gone");
        try (var left = Files.list(target.getParent())) {
            assertEquals(1, left.count(), "only the model itself remains");
        }
    }
}
