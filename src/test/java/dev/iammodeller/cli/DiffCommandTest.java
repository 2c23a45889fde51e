package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff BASE NEW [--json]} through the command line: the changes and the difference that matters of the
 * example pairs (07 → 07b closes the admin paths, 03 → 03b opens one), the exit codes a CI check relies on, and
 * a model that does not load.
 */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "arn:aws:iam::111111111111:";

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String example(Path dir, String file) throws Exception {
        Path copy = dir.resolve(file);
        try (InputStream in = DiffCommandTest.class.getResourceAsStream("/examples/" + file)) {
            Files.write(copy, in.readAllBytes());
        }
        return copy.toString();
    }

    private static List<String> texts(JsonNode array, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : array) {
            List<String> parts = new ArrayList<>();
            for (String field : fields) {
                parts.add(node.get(field).isTextual() ? node.get(field).asText() : node.get(field).toString());
            }
            out.add(String.join(" ", parts));
        }
        return out;
    }

    @Test
    void passingAnyRoleIsNewReachAndANewPathSoTheCheckFails(@TempDir Path dir) throws Exception {
        Run diff = run("diff", example(dir, "03-freelancer-lambda.iam.json"), example(dir, "03b-freelancer-pass-any-role.iam.json"));
        assertEquals(1, diff.exit(), diff.err() + diff.out());
        String out = diff.out();
        assertTrue(out.startsWith("Changes (1 entity, 0 relations):\n"
                + "  changed  inlinePolicy  freelance-lambda of freelancer: policy text\n"), out);
        assertTrue(out.contains("  freelancer  user  " + ACCOUNT + "user/freelancer\n"
                + "    + iam:PassRole on *  conditional on iam:PassedToService\n"), out);
        assertTrue(out.contains("Escalation paths (1 new, 0 closed):\n  new  freelancer  " + ACCOUNT + "user/freelancer\n"
                + "  → gains " + ACCOUNT + "role/deploy-admin in 3 steps  [rule lambda-001]\n"), out);
        assertTrue(out.contains("Findings (0 new, 0 resolved, 1 changed):\n  changed  MEDIUM  ESCALATION  freelancer  "), out);
        assertTrue(out.endsWith("\nNEW grants new access: 1 principal gains reach, 1 escalation path opens.\n"), out);
    }

    @Test
    void theBoundaryFixClosesBothAdminPathsAndGrantsNothingNew(@TempDir Path dir) throws Exception {
        Run diff = run("diff", example(dir, "07-provisioning-escalation.iam.json"),
                example(dir, "07b-provisioning-with-boundary.iam.json"), "--json");
        assertEquals(0, diff.exit(), diff.err() + diff.out());
        JsonNode json = JSON.readTree(diff.out());
        assertEquals(List.of("added customer-boundary " + ACCOUNT + "policy/customer-boundary []",
                "changed onboard-customers null [\"policy text\"]"), texts(json.get("entities"), "change", "name", "arn", "aspects"));
        assertEquals(0, json.get("relations").size());
        assertEquals(0, json.get("reach").size());
        assertEquals(List.of("closed " + ACCOUNT + "user/onboard-dev admin lambda-003 > iam-create-user",
                "closed " + ACCOUNT + "role/provisioner admin iam-create-user"),
                texts(json.get("escalations"), "change", "principal", "gains", "rule"));
        assertEquals(List.of("resolved ESCALATION " + ACCOUNT + "role/provisioner high",
                "changed ESCALATION " + ACCOUNT + "user/onboard-dev medium"),
                texts(json.get("findings"), "change", "code", "subjectArn", "severity"));
        assertEquals("high", json.get("findings").get(1).get("before").get("severity").asText());
        assertFalse(json.get("grantsNew").asBoolean());
    }

    @Test
    void undoingTheFixOpensThePathsAgainAndFails(@TempDir Path dir) throws Exception {
        Run diff = run("diff", example(dir, "07b-provisioning-with-boundary.iam.json"),
                example(dir, "07-provisioning-escalation.iam.json"), "--json");
        assertEquals(1, diff.exit(), diff.err() + diff.out());
        JsonNode json = JSON.readTree(diff.out());
        assertEquals(List.of("new admin", "new admin"), texts(json.get("escalations"), "change", "gains"));
        assertEquals(List.of("new ESCALATION " + ACCOUNT + "role/provisioner",
                "changed ESCALATION " + ACCOUNT + "user/onboard-dev"), texts(json.get("findings"), "change", "code", "subjectArn"));
        assertTrue(json.get("grantsNew").asBoolean());
    }

    @Test
    void aModelAgainstItselfGrantsNothing(@TempDir Path dir) throws Exception {
        String model = example(dir, "01-group-vs-service-role.iam.json");
        Run diff = run("diff", model, model);
        assertEquals(0, diff.exit(), diff.err() + diff.out());
        assertEquals("Changes (0 entities, 0 relations):\n  none\n\n"
                + "Reach (+ gained, - lost; own permissions, then roles it can assume):\n  no principal's reach changes\n\n"
                + "Escalation paths (0 new, 0 closed):\n\nFindings (0 new, 0 resolved, 0 changed):\n\n"
                + "NEW grants nothing new: no principal gains reach or an escalation path.\n", diff.out());
    }

    @Test
    void aModelThatDoesNotLoadIsNamedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.iam.json");
        Files.writeString(broken, "{\n  \"format\": \"iam-modeller/1\",\n  \"entities\": [\n    {\"kind\": \"user\",,}\n  ]\n}\n");
        Run diff = run("diff", example(dir, "01-group-vs-service-role.iam.json"), broken.toString());
        assertEquals(1, diff.exit());
        assertEquals("", diff.out());
        assertTrue(diff.err().contains("broken.iam.json:4:21: syntax"), diff.err()); // the second comma of line 4
        Run missing = run("diff", dir.resolve("nothing.iam.json").toString(), broken.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("diff: " + dir.resolve("nothing.iam.json") + ": no such file"), missing.err());
    }

    @Test
    void usageErrorsExit2(@TempDir Path dir) throws Exception {
        String model = example(dir, "01-group-vs-service-role.iam.json");
        for (String[] args : List.of(new String[] {"diff"}, new String[] {"diff", model},
                new String[] {"diff", model, model, model}, new String[] {"diff", model, model, "--csv"})) {
            Run usage = run(args);
            assertEquals(2, usage.exit(), String.join(" ", args));
            assertTrue(usage.err().contains(DiffCommand.USAGE), usage.err());
        }
        Run help = run("diff", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith(DiffCommand.USAGE), help.out());
    }
}
