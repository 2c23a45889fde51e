package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint command's contract: one line per finding as file:line:column: severity CODE message, exit codes. */
class LintCommandTest {
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(args, System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void findingsPointAtTheOffendingElementAndAnErrorFailsTheRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n"
                + "    {\"Effect\": \"Allwo\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"},\n"
                + "    {\"Effect\": \"Allow\", \"Action\": [\"s3:ListBucket\", \"iam:PassRole\"], \"Resource\": \"*\"}\n"
                + "  ]\n}\n");
        Run run = run("lint", file.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        String[] lines = run.out().split("\n");
        assertEquals(file + ":4:16: error INVALID_EFFECT \"Allwo\" is not \"Allow\" or \"Deny\"", lines[0]);
        assertTrue(lines[1].startsWith(file + ":5:53: security-warning PASS_ROLE_ON_ALL "), run.out());
    }

    @Test
    void aCleanPolicyExitsZeroAndJsonListsFindings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": [\"s3:GetObject\", \"s3:Get*\"], \"Resource\": \"arn:aws:s3:::reports/*\"}]}");
        Run run = run("lint", "--json", file.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertEquals(1, findings.size());
        assertEquals("REDUNDANT_ACTION", findings.get(0).get("code").asText());
        assertEquals("suggestion", findings.get(0).get("severity").asText());
        assertEquals(1, findings.get(0).get("line").asInt());
        assertEquals(72, findings.get(0).get("column").asInt());
    }

    @Test
    void theTypeChangesTheRules(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trust.json");
        Files.writeString(file, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}");
        assertEquals(0, run("lint", "--type", "trust", file.toString()).exit());
        Run asIdentity = run("lint", file.toString());
        assertEquals(1, asIdentity.exit());
        assertTrue(asIdentity.out().contains("PRINCIPAL_NOT_ALLOWED"), asIdentity.out());
        assertTrue(asIdentity.out().contains("MISSING_RESOURCE"), asIdentity.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("lint").exit());
        assertEquals(2, run("lint", "--type", "nope", "x.json").exit());
        assertEquals(2, run("lint", "/nonexistent/policy.json").exit());
    }

    @Test
    void anUnreadableFileIsSaidAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n"
                + "    {\"Effect\": \"Allwo\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n  ]\n}\n");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\n  \"Version\": \"2012-10-17\",\n  \"Sid\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1));
        Run run = run("lint", dir.resolve("missing.json").toString(), bad.toString(), latin1.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("missing.json: no such file"), run.err());
        // "  \"Sid\": \"caf" is 13 characters: the é, one byte in ISO 8859-1, is the 14th
        assertTrue(run.err().contains("latin1.json: line 3, column 14: the text is not UTF-8 (the byte 0xE9 is not a"
                + " character)"), run.err());
        assertTrue(run.out().contains("bad.json:4:") && run.out().contains("INVALID_EFFECT"), run.out());
    }
}
