package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.AcceptedFinding;
import dev.iammodeller.model.IamModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --findings}: text names subjects by name and ARN, accepted findings (from the model file) come
 * apart and are not counted, {@code --csv} quotes by RFC 4180, {@code --fail-on} gates CI.
 */
class FindingsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYS_ARN = "arn:aws:iam::111111111111:user/vendor-keys";
    private static final String VENDOR_ACCESS_ARN = "arn:aws:iam::111111111111:role/vendor-access";

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AnalyzeCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static IamModel scenario4() throws Exception {
        try (var in = FindingsCommandTest.class.getResourceAsStream("/examples/04-third-party-access.iam.json")) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "04");
        }
    }

    /** Scenario 4 (findings: vendor-keys medium, vendor-access info) with the access keys accepted. */
    private static String keysAccepted(Path dir) throws Exception {
        Path file = dir.resolve("reviewed.iam.json");
        ModelFile.write(scenario4().withAccepted(new AcceptedFinding("LONG_LIVED_ACCESS_KEYS", KEYS_ARN,
                "The vendor's CI, \"rotated\" monthly", "dana", "2025-01-31T10:15:00Z")), file);
        return file.toString();
    }

    private static String plain(Path dir) throws Exception {
        Path file = dir.resolve("plain.iam.json");
        ModelFile.write(scenario4(), file);
        return file.toString();
    }

    @Test
    void textNamesSubjectsByNameAndArnAndListsAcceptedFindingsApartUncounted(@TempDir Path dir) throws Exception {
        Run text = run(keysAccepted(dir), "--findings");
        assertEquals(0, text.exit(), text.err());
        String out = text.out();
        assertTrue(out.startsWith("1 finding: 1 info; 1 accepted\n"), out);
        assertTrue(out.contains("  EXTERNAL_TRUST  vendor-access  " + VENDOR_ACCESS_ARN + "\n"), out);
        int accepted = out.indexOf("\nAccepted (1)\n");
        assertTrue(accepted > out.indexOf("EXTERNAL_TRUST"), "the accepted section comes at the end: " + out);
        String tail = out.substring(accepted);
        assertTrue(tail.contains("  MEDIUM  LONG_LIVED_ACCESS_KEYS  vendor-keys  " + KEYS_ARN + "\n"), tail);
        assertTrue(tail.contains("    accepted: The vendor's CI, \"rotated\" monthly (by dana, 2025-01-31T10:15:00Z)\n"),
                tail);
        assertFalse(out.substring(0, accepted).contains("LONG_LIVED_ACCESS_KEYS"), "not among the open findings");
    }

    @Test
    void jsonMarksAcceptedFindingsWithTheirReason(@TempDir Path dir) throws Exception {
        JsonNode json = JSON.readTree(run(keysAccepted(dir), "--findings", "--json").out());
        assertEquals(2, json.size());
        JsonNode open = json.get(0);
        assertEquals("EXTERNAL_TRUST", open.path("code").asText());
        assertEquals("vendor-access", open.path("subjectName").asText());
        assertEquals(VENDOR_ACCESS_ARN, open.path("subjectArn").asText());
        assertEquals("111111111111", open.path("account").asText());
        assertFalse(open.path("accepted").asBoolean());
        assertTrue(open.path("reason").isNull());
        JsonNode keys = json.get(1);
        assertEquals("LONG_LIVED_ACCESS_KEYS", keys.path("code").asText());
        assertTrue(keys.path("accepted").asBoolean());
        assertEquals("The vendor's CI, \"rotated\" monthly", keys.path("reason").asText());
        assertEquals("dana", keys.path("acceptedBy").asText());
        assertEquals("2025-01-31T10:15:00Z", keys.path("at").asText());
    }

    @Test
    void csvHasAHeaderAndQuotesByRfc4180(@TempDir Path dir) throws Exception {
        Run csv = run(keysAccepted(dir), "--findings", "--csv");
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().split("\r\n", -1);
        assertEquals("severity,code,subjectName,subjectArn,account,message,accepted,reason", lines[0]);
        assertEquals(4, lines.length, "header, two rows, and the empty text after the last CRLF: " + csv.out());
        assertEquals("", lines[3]);
        assertTrue(lines[1].startsWith("info,EXTERNAL_TRUST,vendor-access," + VENDOR_ACCESS_ARN + ",111111111111,\""),
                "a message with commas is quoted: " + lines[1]);
        assertTrue(lines[1].endsWith("\",false,"), lines[1]);
        assertTrue(lines[2].startsWith("medium,LONG_LIVED_ACCESS_KEYS,vendor-keys," + KEYS_ARN + ",111111111111,"),
                lines[2]);
        assertTrue(lines[2].endsWith(",true,\"The vendor's CI, \"\"rotated\"\" monthly\""), "quotes doubled: " + lines[2]);
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain", FindingsReport.csvField("plain"));
        assertEquals("", FindingsReport.csvField(null));
        assertEquals("\"a,b\"", FindingsReport.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", FindingsReport.csvField("say \"hi\""));
        assertEquals("\"two\nlines\"", FindingsReport.csvField("two\nlines"));
        assertEquals("\"cr\rhere\"", FindingsReport.csvField("cr\rhere"));
    }

    @Test
    void failOnExitsOneWhileAnUnacceptedFindingOfThatSeverityOrWorseRemains(@TempDir Path dir) throws Exception {
        String plain = plain(dir);
        assertEquals(0, run(plain, "--findings").exit(), "without --fail-on findings are not errors");
        assertEquals(0, run(plain, "--findings", "--fail-on", "high").exit(), "medium and info only");
        Run medium = run(plain, "--findings", "--fail-on", "medium");
        assertEquals(1, medium.exit());
        assertTrue(medium.out().startsWith("2 findings"), "the report is printed all the same: " + medium.out());
        assertTrue(medium.err().contains("1 unaccepted finding of severity medium or worse"), medium.err());
        assertEquals(1, run(plain, "--findings", "--fail-on", "low").exit());
        assertEquals(1, run(plain, "--findings", "--fail-on", "info", "--json").exit());

        String reviewed = keysAccepted(dir);
        assertEquals(0, run(reviewed, "--findings", "--fail-on", "medium").exit(), "the medium one is accepted");
        assertEquals(0, run(reviewed, "--findings", "--fail-on", "LOW", "--csv").exit(), "the word ignores case");
        assertEquals(1, run(reviewed, "--findings", "--fail-on", "info").exit(), "the info one remains");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
        String plain = plain(dir);
        Run bad = run(plain, "--findings", "--fail-on", "critical");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--fail-on takes high, medium, low or info, not \"critical\""), bad.err());
        assertEquals(2, run(plain, "--findings", "--fail-on").exit(), "no severity");
        assertEquals(2, run(plain, "--findings", "--fail-on", "high", "--fail-on", "low").exit());
        assertEquals(2, run(plain, "--findings", "--csv", "--json").exit());
        assertEquals(2, run(plain, "--escalations", "--csv").exit(), "--csv goes with --findings");
        assertEquals(2, run(plain, "--escalations", "--fail-on", "high").exit());
        Run missing = run(dir.resolve("none.iam.json").toString(), "--findings", "--fail-on", "high");
        assertEquals(1, missing.exit(), "a model that does not load is still 1");
        assertTrue(run(plain, "--help").out().contains("--fail-on SEVERITY"));
    }

    @Test
    void reviewCountsOnlyOpenFindings() {
        Finding high = new Finding("ESCALATION", Severity.HIGH, "r1", "app", "arn:aws:iam::1:role/app", "1", "m.", "r.",
                List.of(), List.of());
        Finding low = new Finding("UNUSED_TRUST", Severity.LOW, "r2", "old", "arn:aws:iam::1:role/old", "1", "m.", "r.",
                List.of(), List.of());
        FindingsReview review = FindingsReview.of(List.of(high, low),
                List.of(new AcceptedFinding("ESCALATION", "r1", "by id works too", null, null)));
        assertEquals(List.of(low), review.open());
        assertEquals(1, review.accepted().size());
        assertEquals(java.util.Map.of(Severity.LOW, 1), review.counts());
        assertEquals(List.of(), review.openAtLeast(Severity.MEDIUM));
        assertEquals(List.of(low), review.openAtLeast(Severity.LOW));
        assertEquals("1 finding: 1 low; 1 accepted", FindingsReport.counts(review));
    }
}
