package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.cli.CommandLine;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, points 1, 2, 7 and 8 for {@code simulate}: requests are answered as they arrive and memory does not
 * grow with the file; size limits, invalid UTF-8 and a missing file are said with their place; numbers are
 * compared exactly; a long wildcard against a long resource is answered.
 */
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "{\"principal\": \"arn:aws:iam::111111111111:user/alice\", \"action\":"
            + " \"s3:GetObject\", \"resource\": \"arn:aws:s3:::reports/q1.csv\"";

    @TempDir
    Path folder;

    private static String request(String id, String more) {
        return PREFIX + ", \"id\": \"" + id + "\"" + more + "}";
    }

    /** An identity policy allowing s3:GetObject on {@code resource} under one condition. */
    private static String allowIf(String resource, String condition) {
        return ", \"identityPolicies\": [{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                + " \"s3:GetObject\", \"Resource\": \"" + resource + "\"" + (condition.isEmpty() ? "" : ", \"Condition\": "
                + condition) + "}]}]";
    }

    private List<JsonNode> answers(String... lines) throws Exception {
        Path file = Files.writeString(folder.resolve("requests.jsonl"), String.join("\n", lines) + "\n");
        CommandRun run = CommandRun.of("simulate", file.toString());
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            out.add(JSON.readTree(line));
        }
        assertEquals(lines.length, out.size(), run.toString());
        return out;
    }

    /** Each request is answered before the next is written: standard input stays open while the answers come. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard: without streaming the answer would never come
    void eachRequestIsAnsweredBeforeTheNextArrives() throws Exception {
        PipedOutputStream requests = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(requests, 1 << 16);
        PipedInputStream stdoutEnd = new PipedInputStream(1 << 16);
        PrintStream stdout = new PrintStream(new PipedOutputStream(stdoutEnd), false, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            int code = CommandLine.run(new String[] {"simulate", "-"}, stdin, stdout, new PrintStream(new ByteArrayOutputStream()));
            stdout.close();
            return code;
        });
        BufferedReader answers = new BufferedReader(new InputStreamReader(stdoutEnd, StandardCharsets.UTF_8));
        write(requests, request("r1", "") + "\n" + request("r2", "") + "\n"); // two lines: JSON Lines
        assertEquals("r1", JSON.readTree(answers.readLine()).get("id").asText());
        assertEquals("r2", JSON.readTree(answers.readLine()).get("id").asText());
        write(requests, request("r3", allowIf("*", "")) + "\n");
        JsonNode third = JSON.readTree(answers.readLine());
        assertEquals("r3", third.get("id").asText(), "answered while standard input is still open");
        assertEquals("allowed", third.get("decision").asText());
        requests.close();
        assertEquals(null, answers.readLine());
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
    }

    private static void write(OutputStream out, String text) throws Exception {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * 64 MB of requests (1,000 of 64 KB) piped into {@code simulate -} in a JVM whose heap is 24 MB: every request
     * is answered, so memory holds a request at a time, not the file.
     */
    @Test
    void aFileLargerThanTheHeapIsAnsweredWhole() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                "dev.iammodeller.Launcher", "simulate", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Long> lines = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                return out.lines().filter(l -> l.contains("\"decision\":\"implicitDeny\"")).count();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String pad = "x".repeat(64 * 1024);
        try (OutputStream in = process.getOutputStream()) {
            for (int i = 0; i < 1000; i++) {
                in.write((request("r" + i, ", \"context\": {\"pad\": \"" + pad + "\"}") + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(1000, lines.get(5, TimeUnit.MINUTES));
        assertEquals(0, process.waitFor());
    }

    /** A line beyond a size limit is answered with its error, in place; the lines around it are answered too. */
    @Test
    void sizeLimitsAreSaidWithLineColumnAndPathAndTheOtherLinesAreAnswered() throws Exception {
        String deep = request("deep", ", \"context\": {\"x\": " + "[".repeat(1200) + "]".repeat(1200) + "}");
        String digits = request("digits", ", \"context\": {\"n\": " + "7".repeat(2000) + "}");
        List<JsonNode> out = answers(request("first", ""), deep, digits, request("last", ""));
        assertEquals("implicitDeny", out.get(0).get("decision").asText());
        // the request's { is level 1, the context's level 2, so level 1,001 opens at the 999th bracket
        String where = "line 2, column " + (deep.indexOf('[') + 1 + 998) + " ($.context.x[0][0]";
        String error = out.get(1).get("error").asText();
        assertTrue(error.startsWith(where), where + "\n" + error);
        assertTrue(error.endsWith("): the JSON is beyond what a policy can hold: it nests deeper than 1000 levels"), error);
        assertTrue(error.length() < 400, "a long path keeps its start and end: " + error);
        assertEquals("error", out.get(2).get("decision").asText());
        assertTrue(out.get(2).get("error").asText().startsWith("line 3, column " + (digits.indexOf("7777") + 1)
                + " ($.context.n): the JSON is beyond what a policy can hold:"
                + " Number value length (2000) exceeds the maximum allowed (1000)"), out.get(2).toString());
        assertEquals("last", out.get(3).get("id").asText());
    }

    @Test
    void invalidUtf8IsRefusedAlikeFromAFileAndFromStandardInputWithItsPlace() throws Exception {
        byte[] text = (request("r1", "") + "\n" + "{\"id\": \"caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 3);
        bytes[text.length] = (byte) 0xE9; // é in ISO 8859-1: not UTF-8
        bytes[text.length + 1] = '"';
        bytes[text.length + 2] = '}';
        Path file = Files.write(folder.resolve("latin1.jsonl"), bytes);
        String expected = "line 2, column 12: the text is not UTF-8 (the byte 0xE9 is not a character)";
        CommandRun fromFile = CommandRun.of("simulate", file.toString());
        assertEquals(2, fromFile.exit(), fromFile.toString());
        assertTrue(fromFile.err().contains("simulate: cannot read " + file + ": " + expected), fromFile.toString());
        CommandRun fromStdin = CommandRun.withInput(bytes, "simulate", "-");
        assertEquals(2, fromStdin.exit(), fromStdin.toString());
        assertTrue(fromStdin.err().contains("simulate: cannot read -: " + expected), fromStdin.toString());
    }

    @Test
    void aMissingFileIsNamedWithoutItsNameTwice() {
        Path missing = folder.resolve("x.json");
        CommandRun run = CommandRun.of("simulate", missing.toString());
        assertEquals(2, run.exit());
        assertEquals("simulate: cannot read " + missing + ": no such file\n", run.err());
    }

    /**
     * Point 8: an epoch time past a long's range is a date after 2020, not 1970; a number past a long's range compares
     * as itself; a million digits are no number (far beyond any a request holds), so a numeric condition on them does
     * not hold, and they are answered at once.
     */
    @Test
    void numbersInConditionsAreComparedExactly() throws Exception {
        List<JsonNode> out = answers(
                request("epoch", ", \"context\": {\"aws:EpochTime\": \"18446744073709551.616\"}"
                        + allowIf("*", "{\"DateLessThan\": {\"aws:EpochTime\": \"2020-01-01T00:00:00Z\"}}")),
                request("past-a-long", ", \"context\": {\"s3:max-keys\": \"9223372036854775808\"}"
                        + allowIf("*", "{\"NumericGreaterThan\": {\"s3:max-keys\": \"9223372036854775807\"}}")),
                request("million-digits", ", \"context\": {\"s3:max-keys\": \"" + "0".repeat(999_999) + "5\"}"
                        + allowIf("*", "{\"NumericLessThan\": {\"s3:max-keys\": \"10\"}}")));
        assertEquals("implicitDeny", out.get(0).get("decision").asText(), "year 586,524 is not before 2020");
        assertEquals("allowed", out.get(1).get("decision").asText(), "2^63 is greater than 2^63 - 1, not negative");
        assertEquals("implicitDeny", out.get(2).get("decision").asText(), "a million digits are not read as a number");
    }

    /** Point 2: a 7,000-character pattern against a 1 MB resource is answered (and decided right both ways). */
    @Test
    void aLongWildcardAgainstALongResourceIsAnswered() throws Exception {
        String pattern = "arn:aws:s3:::reports/*" + "a*".repeat(3500);
        String resource = "arn:aws:s3:::reports/" + "ab".repeat(500_000);
        List<JsonNode> out = answers(
                PREFIX.replace("arn:aws:s3:::reports/q1.csv", resource) + ", \"id\": \"no-c\""
                        + allowIf(pattern + "c", "") + "}",
                PREFIX.replace("arn:aws:s3:::reports/q1.csv", resource) + ", \"id\": \"matches\""
                        + allowIf(pattern + "b", "") + "}");
        assertEquals("implicitDeny", out.get(0).get("decision").asText(), "no c in the resource");
        assertEquals("allowed", out.get(1).get("decision").asText(), "3,500 a's then a b, in that order");
    }
}
