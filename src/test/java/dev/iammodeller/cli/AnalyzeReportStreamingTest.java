package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.IamModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code analyze} writes its reports as it makes them: the first part of a report longer than one chunk reaches
 * the output while the report is still being made (its class is still at work when the output receives it), no
 * piece handed over is longer than a chunk, and an output that refuses a piece stops the report there.
 */
class AnalyzeReportStreamingTest {
    @TempDir
    static Path folder;
    private static Path model;

    @BeforeAll
    static void aGeneratedAccount() throws Exception {
        IamModel imported = SyntheticAuthorizationDetails.imported(
                new SyntheticAuthorizationDetails.Shape("123456789012", 120, 20, 90, 40, 7L));
        model = folder.resolve("synthetic.iam.json");
        ModelFile.write(imported, model);
    }

    private static String example(String name) throws Exception {
        return Path.of(AnalyzeReportStreamingTest.class.getResource("/examples/" + name).toURI()).toString();
    }

    /** What the output received: each piece's length, and whether the report's class was at work at that moment. */
    private static final class Recorder extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> pieces = new ArrayList<>();
        final String reportClass;
        Boolean firstWhileMaking;

        Recorder(String reportClass) {
            this.reportClass = reportClass;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (firstWhileMaking == null) {
                firstWhileMaking = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                        f -> f.getClassName().equals("dev.iammodeller.cli." + reportClass)));
            }
            pieces.add(len);
            bytes.write(b, off, len);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --findings                        | FindingsReport
            --findings --json                 | FindingsReport
            --findings --csv                  | FindingsReport
            --escalations                     | EscalationReport
            --escalations --json              | EscalationReport
            --escalations --all-paths         | EscalationReport
            --escalations --all-paths --json  | EscalationReport
            --principal carol --json          | PrincipalReport
            --principal admins --json         | HolderReport
            """)
    void aLongReportReachesTheOutputWhileItIsBeingMade(String options, String reportClass) throws Exception {
        Recorder recorder = new Recorder(reportClass);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the generated account's reach is small; example 6's developers reach thousands of actions, listed in JSON
        String file = options.startsWith("--principal") ? example("06-group-deny-boundary.iam.json") : model.toString();
        List<String> args = new ArrayList<>(List.of("analyze", file));
        args.addAll(List.of(options.split(" ")));
        int code = CommandLine.run(args.toArray(String[]::new), System.in,
                new PrintStream(recorder, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String text = recorder.bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.length() > ReportText.CHUNK, "the report is long enough to tell: " + text.length());
        assertNotNull(recorder.firstWhileMaking);
        assertTrue(recorder.firstWhileMaking, "the first piece reached the output while " + reportClass + " was at work");
        if (options.contains("--json")) {
            new ObjectMapper().readTree(text); // one whole JSON document
        }
    }

    /** A disk that takes {@code room} bytes, then refuses every write, counting them. */
    private static final class SmallDisk extends OutputStream {
        private int room;
        int refused;

        SmallDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                refused++;
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    @Test
    void aReportStopsAtTheFirstPieceTheOutputRefuses() {
        SmallDisk disk = new SmallDisk(ReportText.CHUNK);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {"analyze", model.toString(), "--escalations", "--all-paths"}, System.in,
                new PrintStream(disk, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("analyze: cannot write the output"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(1, disk.refused, "nothing more is tried once the output refused a piece");
    }

    @Test
    void aTargetNotFoundWritesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {"analyze", model.toString(), "--who-can", "nobody-here"}, System.in,
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(model) > 0);
    }
}
