package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ShortRunCompilation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {
    private static final long LARGE = 14L * 1024 * 1024;
    private static final List<String> EXPORT = List.of("export", "m.iam.json", "--format", "svg", "-o", "m.svg");
    private static final String MADVISE = "always [madvise] never\n";

    @TempDir
    Path folder;

    private static TunedJvm.Started here(List<String> options, Map<String, String> properties, String hugePages) {
        return new TunedJvm.Started("/jdk/bin/java", "iam-modeller.jar", options, properties, hugePages);
    }

    @Test
    void aCommandOverALargeModelRunsInAJvmStartedWithABatchRunsFlags() {
        List<String> command = TunedJvm.command(EXPORT, LARGE, here(List.of("-Xmx3g"), Map.of(), MADVISE)).orElseThrow();
        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-XX:+UseTransparentHugePages", "-Xmx3g", "-Diammodeller.tunedJvmStarted=true", "-cp", "iam-modeller.jar",
                "dev.iammodeller.Launcher"));
        expected.addAll(EXPORT);
        assertEquals(expected, command, "the user's own options after this class's, the arguments as given");
    }

    @Test
    void smallModelsOtherCommandsAndTheStartedJvmRunHere() {
        TunedJvm.Started plain = here(List.of(), Map.of(), MADVISE);
        assertEquals(Optional.empty(), TunedJvm.command(EXPORT, TunedJvm.LEAST_BYTES - 1, plain), "a small model");
        assertTrue(TunedJvm.command(EXPORT, TunedJvm.LEAST_BYTES, plain).isPresent());
        assertEquals(Optional.empty(), TunedJvm.command(List.of("bench"), -1, plain), "not a model command");
        assertEquals(Optional.empty(), TunedJvm.command(EXPORT, LARGE,
                here(List.of(), Map.of("iammodeller.tunedJvmStarted", "true"), MADVISE)), "the JVM started for it");
        assertEquals(Optional.empty(), TunedJvm.command(EXPORT, LARGE,
                here(List.of(), Map.of("iammodeller.tunedJvm", "false"), MADVISE)), "told to stay");
        assertEquals(Optional.empty(), TunedJvm.command(EXPORT, LARGE,
                new TunedJvm.Started(null, "iam-modeller.jar", List.of(), Map.of(), MADVISE)), "no java to start");
    }

    @Test
    void whatWouldActTwiceKeepsTheCommandHere() {
        for (String option : List.of("-XX:StartFlightRecording=filename=run.jfr", "-javaagent:agent.jar",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-XX:Flags=.hotspotrc")) {
            assertEquals(Optional.empty(), TunedJvm.command(EXPORT, LARGE, here(List.of(option), Map.of(), MADVISE)), option);
        }
    }

    @Test
    void theUsersChoicesOfCollectorCompilerAndPagesStand() {
        List<String> command = TunedJvm.command(EXPORT, LARGE, here(List.of("-XX:+UseG1GC",
                "-XX:-TieredCompilation", "-XX:-UseTransparentHugePages"), Map.of(), MADVISE)).orElseThrow();
        assertFalse(command.contains("-XX:+UseParallelGC"), "two collectors chosen would stop the JVM");
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(command.contains("-XX:+UseTransparentHugePages"));
        assertTrue(command.containsAll(List.of("-XX:+UseG1GC", "-XX:-TieredCompilation", "-XX:-UseTransparentHugePages")));
    }

    @Test
    void hugePagesOnlyWhereTheSystemGivesThemOnRequestAndG1AndC2ForALongRun() {
        for (String mode : new String[] {null, "always madvise [never]\n", "[always] madvise never\n"}) {
            assertFalse(TunedJvm.command(EXPORT, LARGE, here(List.of(), Map.of(), mode)).orElseThrow()
                    .contains("-XX:+UseTransparentHugePages"), String.valueOf(mode));
        }
        List<String> longRun = TunedJvm.command(EXPORT, ShortRunCompilation.SHORT_RUN_BYTES + 1,
                here(List.of(), Map.of(), MADVISE)).orElseThrow();
        assertFalse(longRun.contains("-XX:TieredStopAtLevel=1"), "a run of minutes earns C2's code back (ADR 0015)");
        assertFalse(longRun.contains("-XX:+UseParallelGC"), "and is quicker with G1 (ADR 0021)");
        assertTrue(longRun.contains("-XX:+UseTransparentHugePages"));
    }

    @Test
    void theOutputOfAnExportIsNotAModelRead() throws Exception {
        Path model = Files.writeString(folder.resolve("m.iam.json"), "{}");
        Path earlier = folder.resolve("m.png");
        Files.write(earlier, new byte[4096]);
        assertEquals(2, ShortRunCompilation.modelBytes(List.of("export", model.toString(), "--format", "png", "-o",
                earlier.toString())));
        assertEquals(-1, ShortRunCompilation.modelBytes(List.of("simulate", model.toString())));
    }

    /**
     * The jar's entry point with the threshold met: the command runs in a second JVM (told {@code say}, the first says
     * so on standard error, with the command line), which writes to the same standard streams, and whose exit code is the process's. Run from the test's class path, as
     * the jar runs from its own.
     */
    @Test
    void theStartedJvmRunsTheCommandWithTheSameStreamsAndExitCode() throws Exception {
        Path model = folder.resolve("large.iam.json");
        // an example model, padded past the threshold with spaces (JSON allows them)
        String text = new String(TunedJvmTest.class.getResourceAsStream("/examples/01-group-vs-service-role.iam.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(model, text + " ".repeat((int) TunedJvm.LEAST_BYTES));
        Path out = folder.resolve("out.mmd");
        Process ok = launch("export", model.toString(), "--format", "mermaid", "-o", out.toString());
        String said = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ok.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ok.exitValue(), said);
        assertTrue(Files.readString(out).contains("flowchart LR"), "the export was written");
        assertTrue(said.contains("in a JVM of its own: ") && said.contains("-XX:+UseParallelGC"), said);
        Process missing = launch("analyze", model.toString(), "--principal", "nobody-at-all");
        String err = new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(missing.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, missing.exitValue(), err);
        assertTrue(err.contains("nobody-at-all"), err);
    }

    private Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.iammodeller.Launcher"));
        command.add(3, "-Diammodeller.tunedJvm=say");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
