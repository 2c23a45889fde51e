package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.cli.CommandLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, point 5: {@code COMMAND > /dev/full} (every write fails with "No space left on device"): each command
 * that writes to standard output says so on standard error and exits non-zero, never 0 with nothing said.
 */
class FullDiskTest {
    private static final Path EXAMPLE = Path.of("src/main/resources/examples/07-provisioning-escalation.iam.json");
    private static final Path EXPORT = Path.of("src/test/resources/authz-details/handwritten/features.json");

    @TempDir
    Path folder;
    private Path request;
    private Path policy;

    @BeforeEach
    void files() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full (Linux)");
        request = Files.writeString(folder.resolve("request.json"), "{\"principal\": \"arn:aws:iam::111111111111:user/alice\","
                + " \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::reports/q1.csv\"}\n");
        policy = Files.writeString(folder.resolve("policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\":"
                + " \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\"}]}\n");
    }

    private static CommandRun toDevFull(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream full = new PrintStream(new FileOutputStream("/dev/full"), true, StandardCharsets.UTF_8)) {
            int exit = CommandLine.run(args, new ByteArrayInputStream(new byte[0]), full,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandRun(exit, "", err.toString(StandardCharsets.UTF_8));
        }
    }

    private static void saysItCannotWrite(CommandRun run, String command) {
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains(command + ": cannot write the output (the disk is full, or the reader closed it)"),
                run.toString());
    }

    @Test
    void simulate() throws Exception {
        saysItCannotWrite(toDevFull("simulate", request.toString()), "simulate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--findings", "--findings --json", "--findings --csv", "--escalations",
        "--escalations --all-paths --json", "--principal onboard-dev", "--who-can provisioner"})
    void analyze(String options) throws Exception {
        String[] args = ("analyze " + EXAMPLE + " " + options).split(" ");
        saysItCannotWrite(toDevFull(args), "analyze");
    }

    @Test
    void lint() throws Exception {
        saysItCannotWrite(toDevFull("lint", policy.toString()), "lint");
    }

    @Test
    void actions() throws Exception {
        saysItCannotWrite(toDevFull("actions", "s3:Get*"), "actions");
    }

    @Test
    void importWritesTheModelButNotItsSummary() throws Exception {
        Path model = folder.resolve("imported.iam.json");
        saysItCannotWrite(toDevFull("import", EXPORT.toString(), "-o", model.toString()), "import");
        assertTrue(Files.size(model) > 0, "the model file itself is whole: only the summary line was lost");
    }

    @Test
    void bench() throws Exception {
        saysItCannotWrite(toDevFull("bench", "simulate", "--seconds", "0.05", request.toString()), "bench");
    }

    @Test
    void helpAndVersion() throws Exception {
        saysItCannotWrite(toDevFull("--help"), "--help");
        saysItCannotWrite(toDevFull("--version"), "--version");
    }

    /** {@code export} writes OUT and nothing on standard output: a full standard output loses nothing of it. */
    @Test
    void exportWritesNothingOnStandardOutput() throws Exception {
        Path out = folder.resolve("model.mmd");
        CommandRun run = toDevFull("export", EXAMPLE.toString(), "--format", "mermaid", "-o", out.toString());
        assertEquals(0, run.exit(), run.toString());
        String diagram = Files.readString(out);
        assertTrue(diagram.contains("\nflowchart LR\n") && diagram.contains("onboard-dev"), "OUT is written whole");
        CommandRun stdout = CommandRun.of("export", EXAMPLE.toString(), "--format", "mermaid", "-o", out.toString());
        assertEquals("", stdout.out(), "nothing goes to standard output");
    }
}
