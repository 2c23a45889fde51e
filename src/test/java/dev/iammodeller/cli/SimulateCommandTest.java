package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulate command's contract: input shapes, one output line per request in order, exit codes. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALICE = "{\"id\": \"r1\", \"principal\": \"arn:aws:iam::111111111111:user/alice\","
            + " \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::reports/q1.csv\","
            + " \"identityPolicies\": [{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"ReadReports\","
            + " \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::reports/*\"}]}]}";

    record Run(int exit, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneRequestObjectGivesOneLineWithTheDecidingStatement() throws Exception {
        Run run = run(ALICE, "simulate", "-");
        assertEquals(0, run.exit());
        assertEquals(1, run.lines().size());
        JsonNode line = run.lines().get(0);
        assertEquals("r1", line.get("id").asText());
        assertEquals("allowed", line.get("decision").asText());
        assertEquals(0, line.get("blockedBy").size());
        JsonNode statement = line.get("matchedStatements").get(0);
        assertEquals("identity", statement.get("layer").asText());
        assertEquals(0, statement.get("policy").asInt());
        assertEquals(0, statement.get("statement").asInt());
        assertEquals("ReadReports", statement.get("sid").asText());
        assertEquals(1, statement.get("line").asInt());
        assertEquals(ALICE.indexOf("{\"Sid\"") + 1, statement.get("column").asInt());
        assertEquals(0, line.get("missingContextKeys").size());
    }

    @Test
    void jsonLinesAreAnsweredInOrderAndAnErrorLineDoesNotStopTheRest(@TempDir Path dir) throws Exception {
        String denied = ALICE.replace("\"r1\"", "\"r2\"").replace("reports/q1.csv", "other/q1.csv");
        String bad = ALICE.replace("\"r1\"", "\"r3\"").replace("\"Allow\"", "\"Allwo\"");
        String badArn = ALICE.replace("\"r1\"", "\"r4\"").replace("arn:aws:iam::111111111111:user/alice", "alice");
        Path file = dir.resolve("requests.jsonl");
        Files.writeString(file, String.join("\n", ALICE, denied, bad, "", badArn, "{not json") + "\n");
        Run run = run("", "simulate", file.toString());
        assertEquals(1, run.exit(), "an error line makes the exit code non-zero");
        assertEquals(5, run.lines().size());
        assertEquals("allowed", run.lines().get(0).get("decision").asText());
        assertEquals("implicitDeny", run.lines().get(1).get("decision").asText());
        assertEquals("identity", run.lines().get(1).get("blockedBy").get(0).asText());
        JsonNode error = run.lines().get(2);
        assertEquals("r3", error.get("id").asText());
        assertEquals("error", error.get("decision").asText());
        int column = bad.indexOf("\"Allwo\"") + 1;
        assertEquals("line 3, column " + column + " ($.identityPolicies[0].Statement[0].Effect): \"Allwo\" is not \"Allow\" or \"Deny\"",
                error.get("error").asText());
        assertEquals("r4", run.lines().get(3).get("id").asText());
        assertTrue(run.lines().get(3).get("error").asText().contains("\"alice\" is not a principal"));
        assertTrue(run.lines().get(4).get("error").asText().startsWith("line 6, column"), run.lines().get(4).toString());
    }

    @Test
    void aPrettyPrintedRequestIsOneRequest() throws Exception {
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(ALICE));
        Run run = run(pretty, "simulate", "-");
        assertEquals(1, run.lines().size());
        assertEquals("allowed", run.lines().get(0).get("decision").asText());
        assertTrue(run.lines().get(0).get("matchedStatements").get(0).get("line").asInt() > 1);
    }

    @Test
    void explicitDenyNamesTheDenyStatement() throws Exception {
        String request = "{\"id\": 7, \"principal\": \"arn:aws:iam::111111111111:user/carol\", \"action\": \"iam:CreateUser\","
                + " \"resource\": \"arn:aws:iam::111111111111:user/x\", \"identityPolicies\": ["
                + "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}},"
                + "{\"Statement\": [{\"Sid\": \"NoIam\", \"Effect\": \"Deny\", \"Action\": [\"iam:*\", \"organizations:*\"], \"Resource\": \"*\"}]}]}";
        JsonNode line = run(request, "simulate", "-").lines().get(0);
        assertEquals("7", line.get("id").asText());
        assertEquals("explicitDeny", line.get("decision").asText());
        assertEquals("NoIam", line.get("matchedStatements").get(0).get("sid").asText());
        assertEquals(1, line.get("matchedStatements").get(0).get("policy").asInt());
    }

    @Test
    void missingContextKeysAreListed() throws Exception {
        String request = "{\"principal\": \"arn:aws:iam::111111111111:user/v\", \"action\": \"s3:GetObject\","
                + " \"resource\": \"arn:aws:s3:::exports/a\", \"identityPolicies\": [{\"Version\": \"2012-10-17\","
                + " \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::exports/*\","
                + " \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}}}]}";
        JsonNode line = run(request, "simulate", "-").lines().get(0);
        assertEquals("implicitDeny", line.get("decision").asText());
        assertEquals("aws:SourceIp", line.get("missingContextKeys").get(0).asText());
        JsonNode withIp = run(request.replace("\"action\"", "\"context\": {\"aws:SourceIp\": \"203.0.113.9\"}, \"action\""),
                "simulate", "-").lines().get(0);
        assertEquals("allowed", withIp.get("decision").asText());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine.run(new String[] {"--help"}, System.in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("simulate FILE"));
        assertTrue(help.contains("bench simulate --seconds N [--warmup W] FILE"));
    }

    @Test
    void benchPrintsEvaluationsPerSecondLast(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.jsonl");
        Files.writeString(file, ALICE + "\n" + ALICE.replace("\"r1\"", "\"r2\"") + "\n");
        Run run = run("", "bench", "simulate", "--seconds", "0.2", file.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode last = run.lines().get(run.lines().size() - 1);
        assertTrue(last.get("evaluationsPerSecond").asLong() > 0);
        assertEquals(2, last.get("requests").asInt());
        assertTrue(last.get("seconds").asDouble() >= 0.2);
        // the evaluating thread's processor time: never more than the time that passed
        assertTrue(last.get("cpuSeconds").asDouble() > 0);
        assertTrue(last.get("cpuSeconds").asDouble() <= last.get("seconds").asDouble() + 0.05);
        assertTrue(last.get("evaluationsPerCpuSecond").asLong() >= last.get("evaluationsPerSecond").asLong() * 0.9);
    }

    @Test
    void benchWarmsUpUntimedFirst(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.jsonl");
        Files.writeString(file, ALICE + "\n");
        Run run = run("", "bench", "simulate", "--warmup", "0.2", "--seconds", "0.2", file.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode last = run.lines().get(run.lines().size() - 1);
        assertTrue(last.get("seconds").asDouble() >= 0.2);
        assertTrue(last.get("seconds").asDouble() < 10, "the warm-up is not counted: " + last);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NaN", "-1", "Infinity", "1e9", "x"})
    void benchRefusesAWarmUpThatIsNotZeroToADay(String seconds, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.jsonl");
        Files.writeString(file, ALICE + "\n");
        Run run = run("", "bench", "simulate", "--seconds", "0.1", "--warmup", seconds, file.toString());
        assertEquals(2, run.exit(), run.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NaN", "-1", "0", "Infinity", "1e9"})
    void benchRefusesADurationThatIsNotAFewSecondsToADay(String seconds, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.jsonl");
        Files.writeString(file, ALICE + "\n");
        Run run = run("", "bench", "simulate", "--seconds", seconds, file.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("usage"), run.err());
    }
}
