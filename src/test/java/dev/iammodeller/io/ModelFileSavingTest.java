package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.ModelSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps links, cleans up after a killed save, and leaves nothing of its own behind. */
class ModelFileSavingTest {

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("models")).resolve("estate.iam.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("estate.iam.json"), Path.of("models/estate.iam.json"));
        ModelFile.write(ModelSamples.small(), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(ModelFile.toJson(ModelSamples.small()), Files.readString(real));
        assertEquals(List.of("estate.iam.json"), names(dir.resolve("models")));
    }

    @Test
    void aDanglingLinkIsWrittenThroughToTheFileItNames(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("estate.iam.json"), dir.resolve("target.iam.json"));
        ModelFile.write(ModelSamples.small(), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(ModelSamples.small(), ModelFile.read(dir.resolve("target.iam.json")));
    }

    @Test
    void theLeftoverOfAKilledSaveIsRemovedByTheNextSaveOfThatFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("estate.iam.json");
        Path killed = Files.writeString(dir.resolve(".estate.iam.json.12345.saving"), "half a mod");
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(dir.resolve(".estate.iam.json.67890.saving"), "being written now");
        Path other = Files.writeString(dir.resolve(".other.iam.json.1.saving"), "another file's");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        ModelFile.write(ModelSamples.small(), target);
        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(fresh), "a save younger than a minute may still be running");
        assertTrue(Files.exists(other), "leftovers of other files are theirs to clean");
        assertEquals(ModelSamples.small(), ModelFile.read(target));
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("estate.iam.json")); // a folder: the rename fails
        Files.writeString(target.resolve("inside"), "x");
        try {
            ModelFile.write(ModelSamples.small(), target);
        } catch (java.io.IOException expected) {
            // refused: the target is a folder that is not empty
        }
        assertEquals(List.of("estate.iam.json"), names(dir));
        assertEquals(List.of("inside"), names(target));
    }
}
