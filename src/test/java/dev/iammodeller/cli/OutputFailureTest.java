package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command whose standard output cannot be written (a full disk) says so and exits non-zero. */
class OutputFailureTest {
    /** What {@code > /dev/full} gives a program: every write fails with "No space left on device". */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            simulate -                                                             | 1
            actions s3:GetObject                                                   | 1
            analyze src/main/resources/examples/01-group-vs-service-role.iam.json --findings | 1
            --help                                                                 | 1
            --version                                                              | 1
            """)
    void aCommandWhoseOutputCannotBeWrittenFails(String command, int expected) {
        String request = "{\"principal\":\"arn:aws:iam::111111111111:user/alice\",\"action\":\"s3:GetObject\","
                + "\"resource\":\"arn:aws:s3:::reports/q1.csv\"}";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(command.split(" "), new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expected, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write the output"),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Started with standard input closed ({@code <&-}), {@code simulate -} says so (it read the JVM's own files). */
    @org.junit.jupiter.api.Test
    void simulateFromAClosedStandardInputIsAUsageError() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/fd"))
                && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/bin/sh")), "needs /proc and /bin/sh");
        String javaCommand = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("/bin/sh", "-c", "exec \"$0\" -cp \"$1\" dev.iammodeller.Launcher simulate - <&-",
                javaCommand, System.getProperty("java.class.path")).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor(), output);
        assertTrue(output.contains("standard input is closed"), output);
    }
}
