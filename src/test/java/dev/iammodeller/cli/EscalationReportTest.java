package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code analyze --escalations}: the summary and blocks of the grouped report, and {@code --all-paths}. */
class EscalationReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AnalyzeCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String example(String name) throws Exception {
        return Path.of(EscalationReportTest.class.getResource("/examples/" + name).toURI()).toString();
    }

    private static List<String> examples() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = EscalationReportTest.class.getResourceAsStream("/examples/index.json")) {
            JSON.readTree(in).forEach(example -> out.add(example.path("file").asText()));
        }
        return out;
    }

    /** Every path of the model from the per-principal full list, principal by principal in id order. */
    private static List<EscalationPath> fullList(String file) throws Exception {
        IamModel model = ModelFile.read(Path.of(example(file)));
        List<EscalationPath> out = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if (entity instanceof User || entity instanceof Role) {
                out.addAll(EscalationAnalysis.forPrincipal(new AccessCheck(model), entity.id()));
            }
        }
        return out;
    }

    @Test
    void theTextStartsWithWhoGainsAdminAndByWhichRules() throws Exception {
        Run run = run(example("07-provisioning-escalation.iam.json"), "--escalations");
        assertEquals(0, run.exit(), run.err());
        // scenario 7: provisioner may create a user with an admin inline policy and a key; onboard-dev changes the
        // code of onboard-fn, which runs as provisioner, and so does the same: 3 paths, 2 principals to admin
        assertTrue(run.out().startsWith("2 principals can gain administrator (3 paths in all: --all-paths lists each).\n"
                + "\n"
                + "Administrator, by rule (principals whose shortest path to admin takes it):\n"
                + "  iam-create-user  2\n"
                + "  lambda-003       1  lambda:UpdateFunctionCode\n"
                + "\n"
                + "onboard-dev (user, arn:aws:iam::111111111111:user/onboard-dev)\n"
                + "  → gains admin in 4 steps  [rule lambda-003 > iam-create-user]\n"
                + "      1. lambda:UpdateFunctionCode on arn:aws:lambda:us-east-1:111111111111:function:onboard-fn: "), run.out());
        assertTrue(run.out().contains("      it could also gain 1 other role, user or group: admin includes them\n"
                + "\n"
                + "provisioner (role, arn:aws:iam::111111111111:role/provisioner)\n"
                + "  → gains admin in 3 steps  [rule iam-create-user]\n"
                + "      1. iam:CreateUser on "), run.out());
    }

    @Test
    void eachGainSaysHowManyOtherPathsLeadThere() throws Exception {
        // scenario 1: alice reaches report-logger by changing report-fn's code (two steps) or by passing it to a
        // function of her own (three): the shorter is shown, the other counted
        Run run = run(example("01-group-vs-service-role.iam.json"), "--escalations");
        assertEquals("No principal can gain administrator; 1 principal can gain the permissions of other roles, users or"
                + " groups (2 paths in all: --all-paths lists each).\n"
                + "\n"
                + "alice (user, arn:aws:iam::111111111111:user/alice)\n"
                + "  → gains arn:aws:iam::111111111111:role/report-logger in 2 steps  [rule lambda-004]\n"
                + "      1. lambda:UpdateFunctionCode on arn:aws:lambda:us-east-1:111111111111:function:report-fn: replace the"
                + " code of report-fn, which runs as report-logger\n"
                + "      2. lambda:InvokeFunction on arn:aws:lambda:us-east-1:111111111111:function:report-fn: invoke it\n"
                + "      and 1 other path\n", run.out());
        assertEquals("No escalation paths.\n", run(example("04-third-party-access.iam.json"), "--escalations").out());
    }

    @Test
    void theJsonEntryCarriesRulesAlternativesAndWhatAdminIncludes() throws Exception {
        JsonNode entries = JSON.readTree(run(example("07-provisioning-escalation.iam.json"), "--escalations", "--json").out());
        assertEquals(2, entries.size(), entries.toString());
        JsonNode dev = entries.get(0);
        assertEquals("arn:aws:iam::111111111111:user/onboard-dev", dev.path("principal").asText());
        assertEquals("admin", dev.path("gains").asText());
        assertEquals("lambda-003 > iam-create-user", dev.path("rule").asText());
        assertEquals(List.of("lambda-003", "iam-create-user"), JSON.convertValue(dev.path("rules"), List.class));
        assertEquals(4, dev.path("steps").size());
        assertEquals(0, dev.path("alternatives").asInt(-1));
        assertEquals(1, dev.path("alsoGains").asInt(-1), "provisioner");

        JsonNode alice = JSON.readTree(run(example("01-group-vs-service-role.iam.json"), "--escalations", "--json").out()).get(0);
        assertEquals("arn:aws:iam::111111111111:role/report-logger", alice.path("gains").asText());
        assertEquals(1, alice.path("alternatives").asInt(-1));
        assertTrue(alice.path("alsoGains").isMissingNode(), "alsoGains only on admin entries");
    }

    @Test
    void allPathsPrintsTheFullListOnEveryExample() throws Exception {
        for (String file : examples()) {
            List<EscalationPath> paths = fullList(file);
            StringBuilder expected = new StringBuilder();
            if (paths.isEmpty()) {
                expected.append("No escalation paths.\n");
            } else {
                expected.append(paths.size()).append(paths.size() == 1 ? " escalation path (" : " escalation paths (")
                        .append(paths.stream().filter(EscalationPath::gainsAdmin).count()).append(" to admin):\n");
            }
            for (EscalationPath path : paths) {
                expected.append("  ").append(path.principalId()).append(" → gains ").append(path.gains())
                        .append("  [rule ").append(path.rule()).append("]\n");
                for (int i = 0; i < path.steps().size(); i++) {
                    EscalationStep step = path.steps().get(i);
                    expected.append("      ").append(i + 1).append(". ").append(step.action()).append(" on ")
                            .append(step.target()).append(": ").append(step.note()).append('\n');
                }
                if (!path.conditions().isEmpty()) {
                    expected.append("      only if: ").append(String.join(", ", path.conditions())).append('\n');
                }
            }
            Run run = run(example(file), "--escalations", "--all-paths");
            assertEquals(0, run.exit(), run.err());
            assertEquals(expected.toString(), run.out(), file);
        }
    }

    @Test
    void allPathsJsonIsTheFullListAsOneArray() throws Exception {
        for (String file : examples()) {
            List<EscalationPath> paths = fullList(file);
            JsonNode array = JSON.readTree(run(example(file), "--escalations", "--all-paths", "--json").out());
            assertTrue(array.isArray(), file);
            assertEquals(paths.size(), array.size(), file);
            for (int i = 0; i < paths.size(); i++) {
                EscalationPath path = paths.get(i);
                JsonNode node = array.get(i);
                assertEquals(path.principalArn(), node.path("principal").asText(), file);
                assertEquals(path.gains(), node.path("gains").asText(), file);
                List<String> steps = new ArrayList<>();
                node.path("steps").forEach(s -> steps.add(s.path("action").asText() + " " + s.path("target").asText()
                        + " " + s.path("note").asText()));
                assertEquals(path.steps().stream().map(s -> s.action() + " " + s.target() + " " + s.note()).toList(), steps, file);
                List<String> conditions = new ArrayList<>();
                node.path("conditions").forEach(c -> conditions.add(c.asText()));
                assertEquals(path.conditions(), conditions, file);
                assertEquals(!path.conditions().isEmpty(), node.has("conditions"), file);
            }
        }
    }

    @Test
    void allPathsGoesWithEscalationsOnly() throws Exception {
        Run run = run(example("07-provisioning-escalation.iam.json"), "--findings", "--all-paths");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--all-paths goes with --escalations"), run.err());
    }

    @Test
    void principalShowsTheShortestPathPerGain() throws Exception {
        Run run = run(example("07-provisioning-escalation.iam.json"), "--principal", "onboard-dev");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  → gains admin in 4 steps  [rule lambda-003 > iam-create-user]\n"), run.out());
        assertTrue(run.out().contains("      it could also gain 1 other role, user or group: admin includes them\n"), run.out());
        JsonNode json = JSON.readTree(run(example("07-provisioning-escalation.iam.json"), "--principal", "onboard-dev",
                "--json").out());
        assertEquals(1, json.path("escalations").size(), json.path("escalations").toString());
        assertEquals(1, json.path("escalations").get(0).path("alsoGains").asInt(-1));
    }
}
