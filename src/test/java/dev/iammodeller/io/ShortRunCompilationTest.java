package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunCompilationTest {
    @TempDir
    Path folder;

    @Test
    void aModelCommandOverASmallModelIsAShortRun() throws IOException {
        Path model = Files.writeString(folder.resolve("small.iam.json"), "{}");
        assertTrue(ShortRunCompilation.isShortRun(List.of("analyze", model.toString(), "--escalations")));
        assertTrue(ShortRunCompilation.isShortRun(List.of("export", model.toString(), "--format", "svg", "-o",
                folder.resolve("out.svg").toString())));
        assertTrue(ShortRunCompilation.isShortRun(List.of("diff", model.toString(), model.toString())));
    }

    @Test
    void modelsLargerThanTheThresholdInAllAreALongRun() throws IOException {
        Path big = folder.resolve("big.iam.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ShortRunCompilation.SHORT_RUN_BYTES + 1); // sparse: no disk used
        }
        assertFalse(ShortRunCompilation.isShortRun(List.of("analyze", big.toString(), "--findings")));
        Path half = folder.resolve("half.iam.json");
        try (RandomAccessFile file = new RandomAccessFile(half.toFile(), "rw")) {
            file.setLength(ShortRunCompilation.SHORT_RUN_BYTES / 2 + 1);
        }
        assertFalse(ShortRunCompilation.isShortRun(List.of("diff", half.toString(), half.toString())),
                "the files a command reads count together");
    }

    @Test
    void otherCommandsAreLeftToTheJvm() throws IOException {
        Path model = Files.writeString(folder.resolve("small.iam.json"), "{}");
        assertFalse(ShortRunCompilation.isShortRun(List.of("simulate", model.toString())));
        assertFalse(ShortRunCompilation.isShortRun(List.of("bench")));
        assertFalse(ShortRunCompilation.isShortRun(List.of()));
    }

    @Test
    void theWindowIsAShortRunUnlessItOpensALargeModelAtLaunch() throws IOException {
        assertTrue(ShortRunCompilation.isShortWindow(java.util.Optional.empty()), "an example");
        Path model = Files.writeString(folder.resolve("small.iam.json"), "{}");
        assertTrue(ShortRunCompilation.isShortWindow(java.util.Optional.of(model)));
        assertTrue(ShortRunCompilation.isShortWindow(java.util.Optional.of(folder.resolve("missing.iam.json"))),
                "a file that is not there opens a window that says so");
        Path big = folder.resolve("big.iam.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ShortRunCompilation.SHORT_RUN_BYTES + 1); // sparse: no disk used
        }
        assertFalse(ShortRunCompilation.isShortWindow(java.util.Optional.of(big)));
    }
}
