package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * The window's start, in this JVM: C2 is excluded from the start until the first model is drawn, and only then
     * (as HotSpot itself prints its compiler directives). The only test that tells this JVM anything: the once-per-process
     * switches are then spent, and methods hot during those few milliseconds stay with C1.
     */
    @Test
    void theWindowsStartKeepsC2OutUntilItsFirstModelIsDrawn() throws Exception {
        assertEquals(0, directivesExcludingC2(), "the JVM's defaults before");
        ShortRunCompilation.windowDrawn();
        assertEquals(0, directivesExcludingC2(), "nothing to lift before the window has started");
        ShortRunCompilation.tuneWindow(java.util.Optional.empty());
        assertEquals(1, directivesExcludingC2(), "the start: C2 excluded for every method");
        ShortRunCompilation.tuneWindow(java.util.Optional.empty());
        assertEquals(1, directivesExcludingC2(), "told once per process");
        ShortRunCompilation.windowDrawn();
        assertEquals(0, directivesExcludingC2(), "C2 let in once the first model is drawn");
        ShortRunCompilation.windowDrawn();
        assertEquals(0, directivesExcludingC2());
    }

    /** How many of the JVM's compiler directives exclude C2 (its diagnostic command, as {@code jcmd Compiler.directives_print}). */
    private static long directivesExcludingC2() throws Exception {
        String printed = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        // each directive prints its c1 and c2 blocks, one line of options each; ours: "Enable:true Exclude:true" under c2
        long count = printed.lines().filter(line -> line.contains("Exclude:true")).count();
        return count;
    }
}
