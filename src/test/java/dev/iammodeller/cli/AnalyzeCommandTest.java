package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command's contract on the example models: text, JSON shapes, name resolution, exit codes. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AnalyzeCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The path of a bundled example, as a command line names it (the command tests of this package share it). */
    static String example(String name) {
        try {
            return Path.of(AnalyzeCommandTest.class.getResource("/examples/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // ------------------------------------------------------------------ usage and errors

    @Test
    void usageErrorsExitTwo() {
        String model = example("01-group-vs-service-role.iam.json");
        assertEquals(2, run().exit());
        assertEquals(2, run(model).exit(), "no mode");
        assertEquals(2, run(model, "--findings", "--escalations").exit(), "two modes");
        assertEquals(2, run(model, "--principal").exit(), "a value is missing");
        assertEquals(2, run(model, "--principal", "alice", "--action", "s3:GetObject").exit(), "--action without --who-can");
        assertEquals(2, run(model, "--findings", "--frobnicate").exit());
        Run twoModels = run(model, model, "--findings");
        assertEquals(2, twoModels.exit());
        assertTrue(twoModels.err().contains("usage: iam-modeller analyze"), twoModels.err());
        assertEquals(0, run("--help").exit());
    }

    @Test
    void aModelThatDoesNotLoadExitsOneWithTheModelFileMessage(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.iam.json");
        Files.writeString(broken, "{\"format\": \"iam-modeller/1\", \"entities\": [{\"kind\": \"user\"}]}");
        Run run = run(broken.toString(), "--findings");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(broken.toString()) && run.err().contains("problem"), run.err());
        assertEquals("", run.out());

        Run missing = run(dir.resolve("nothing.iam.json").toString(), "--findings");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aPrincipalNotFoundExitsOneWithCloseMatches() {
        Run run = run(example("01-group-vs-service-role.iam.json"), "--principal", "alcie");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no principal \"alcie\"") && run.err().contains("did you mean alice"), run.err());

        Run ambiguous = run(example("02-organization-admin-access.iam.json"), "--principal", "OrganizationAccountAccessRole");
        assertEquals(1, ambiguous.exit());
        assertTrue(ambiguous.err().contains("dev/OrganizationAccountAccessRole")
                && ambiguous.err().contains("prod/OrganizationAccountAccessRole"), ambiguous.err());

        Run account = run(example("02-organization-admin-access.iam.json"), "--principal", "acct-222222222222");
        assertEquals(1, account.exit(), account.out());
        assertTrue(account.err().contains("not a principal"), account.err());
    }

    @Test
    void aGroupsReachIsWhatItsMembersGetThroughIt() {
        Run group = run(example("06-group-deny-boundary.iam.json"), "--principal", "admins");
        assertEquals(0, group.exit(), group.err());
        assertTrue(group.out().contains("A group is not a principal"), group.out());
        assertTrue(group.out().contains("member carol gets:"), group.out());
        assertTrue(group.out().contains("iam (") && group.out().contains("ContractorsNeverChangeIdentityOrOrganization"),
                "the contractors deny still takes iam back from what admins grants: " + group.out());
    }

    @Test
    void aPolicysReachIsWhereItIsAttachedAndWhatItGrantsThere() throws Exception {
        Run policy = run(example("01-group-vs-service-role.iam.json"), "--principal", "AmazonS3FullAccess", "--json");
        assertEquals(0, policy.exit(), policy.err());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(policy.out());
        var placement = root.get("placements").get(0);
        assertEquals("dev", placement.get("holder").get("id").asText());
        assertEquals("attached", placement.get("how").asText());
        assertEquals("alice", placement.get("grants").get(0).get("principal").asText());
        assertEquals("s3", placement.get("grants").get(0).get("reach").get("services").get(0).get("service").asText());
    }

    @Test
    void computeActsAsItsRole() {
        Run compute = run(example("01-group-vs-service-role.iam.json"), "--principal", "report-fn");
        assertEquals(0, compute.exit(), compute.err());
        assertTrue(compute.out().startsWith("report-fn (compute) acts with the permissions of the role it runs as, "
                + "report-logger"), compute.out());
        assertTrue(compute.out().contains("cloudwatch"), compute.out());
    }

    // ------------------------------------------------------------------ --principal

    @Test
    void principalTextShowsOwnReachRolesIndirectReachAndEscalations() {
        Run alice = run(example("01-group-vs-service-role.iam.json"), "--principal", "arn:aws:iam::111111111111:user/alice");
        assertEquals(0, alice.exit(), alice.err());
        assertTrue(alice.out().startsWith("alice (user, arn:aws:iam::111111111111:user/alice)"), alice.out());
        assertTrue(alice.out().contains("every action of 3 services: lambda, s3, s3-object-lambda"), alice.out());
        assertTrue(alice.out().contains("alice → indirect via report-fn (lambda:UpdateFunctionCode) as role report-logger"),
                alice.out());
        assertTrue(alice.out().contains("every action of cloudwatch"), "what report-logger reaches: " + alice.out());
        assertTrue(alice.out().contains("→ gains arn:aws:iam::111111111111:role/report-logger"), alice.out());

        Run bob = run(example("02-organization-admin-access.iam.json"), "--principal", "bob");
        assertEquals(0, bob.exit(), bob.err());
        assertTrue(bob.out().contains("bob → via role dev/OrganizationAccountAccessRole  allowed"), bob.out());
        assertTrue(bob.out().contains("then reaches: every action of every service (administrator)"), bob.out());
        assertFalse(bob.out().contains("prod/OrganizationAccountAccessRole"), "his own policy does not allow it");
    }

    @Test
    void principalJsonListsAssumableRolesWithConditions() throws Exception {
        Run run = run(example("04-third-party-access.iam.json"), "--principal", "vendor-engineer", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = run.json();
        assertEquals(Set.of("principal", "reach", "roles", "indirect", "escalations"), keys(root));
        assertEquals("arn:aws:iam::444444444444:user/vendor-engineer", root.path("principal").path("arn").asText());
        JsonNode role = root.path("roles").get(0);
        assertEquals("vendor-access", role.path("role").asText());
        assertEquals(List.of("vendor-access"), texts(role.path("chain")));
        assertEquals("conditional", role.path("reach").asText());
        assertEquals(List.of("sts:ExternalId"), texts(role.path("conditions")));
        assertEquals("s3", role.path("reaches").path("services").get(0).path("service").asText());

        Run keys = run(example("04-third-party-access.iam.json"), "--principal", "vendor-keys", "--json");
        JsonNode action = keys.json().path("reach").path("services").get(0).path("actions").get(0);
        assertEquals("s3:GetObject", action.path("action").asText());
        assertEquals("arn:aws:s3:::exports/*", action.path("resource").asText());
        assertEquals("conditional", action.path("outcome").asText());
        assertEquals(List.of("aws:SourceIp"), texts(action.path("conditions")));
    }

    @Test
    void anIdentityProviderReachesTheRolesThatTrustIt() {
        Run run = run(example("09-federated-saml.iam.json"), "--principal", "corp-idp");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("corp-idp → via role idp-developers  conditional on SAML:aud"), run.out());
        assertTrue(run.out().contains("some actions of account, iam, organizations"), "PowerUserAccess: " + run.out());
    }

    // ------------------------------------------------------------------ --escalations

    @Test
    void escalationsJsonHasExactlyTheAgreedKeys() throws Exception {
        Run run = run(example("07-provisioning-escalation.iam.json"), "--escalations", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode paths = run.json();
        assertTrue(paths.isArray() && paths.size() > 0, run.out());
        for (JsonNode path : paths) {
            Set<String> keys = new HashSet<>(keys(path));
            keys.remove("conditions");
            Set<String> expected = new HashSet<>(Set.of("principal", "gains", "rule", "rules", "steps", "alternatives"));
            if (path.path("gains").asText().equals("admin")) {
                expected.add("alsoGains");
            }
            assertEquals(expected, keys, "alsoGains on admin entries only");
            if (path.has("conditions")) {
                assertTrue(path.path("conditions").size() > 0, "conditions only when there are some");
            }
            for (JsonNode step : path.path("steps")) {
                assertEquals(Set.of("action", "target", "note"), keys(step));
            }
        }
        JsonNode provisioner = null;
        for (JsonNode path : paths) {
            if (path.path("principal").asText().equals("arn:aws:iam::111111111111:role/provisioner")
                    && path.path("gains").asText().equals("admin")) {
                provisioner = path;
            }
        }
        assertTrue(provisioner != null, "scenario 7: the provisioner escalates to admin: " + run.out());
        List<String> actions = new ArrayList<>();
        provisioner.path("steps").forEach(s -> actions.add(s.path("action").asText()));
        assertEquals(List.of("iam:CreateUser", "iam:PutUserPolicy", "iam:CreateAccessKey"), actions);
    }

    @Test
    void escalationsJsonAddsConditionsOnlyWhenThereAreSome() throws Exception {
        // alice's shortest way to report-logger is lambda-004 (no conditions); passing it to a new function, one
        // of the other paths, sets iam:PassedToService: --all-paths lists that one
        JsonNode shortest = run(example("01-group-vs-service-role.iam.json"), "--escalations", "--json").json();
        for (JsonNode path : shortest) {
            assertTrue(!path.has("conditions") || path.path("conditions").size() > 0, path.toString());
        }
        JsonNode paths = run(example("01-group-vs-service-role.iam.json"), "--escalations", "--all-paths", "--json").json();
        boolean withConditions = false;
        for (JsonNode path : paths) {
            if (path.has("conditions")) {
                withConditions = true;
                assertTrue(texts(path.path("conditions")).stream().anyMatch(c -> c.contains("iam:PassedToService")),
                        path.toString());
            }
        }
        assertTrue(withConditions, "passing a role to Lambda sets iam:PassedToService: " + paths);
    }

    @Test
    void theBoundaryVariantHasNoPathToAdmin() throws Exception {
        JsonNode paths = run(example("07b-provisioning-with-boundary.iam.json"), "--escalations", "--json").json();
        for (JsonNode path : paths) {
            assertFalse(path.path("gains").asText().equals("admin"), path.toString());
        }
        Run text = run(example("07-provisioning-escalation.iam.json"), "--escalations");
        assertTrue(text.out().contains("\nprovisioner (role, arn:aws:iam::111111111111:role/provisioner)\n"
                + "  → gains admin in 3 steps  [rule iam-create-user]\n"), text.out());
        assertTrue(text.out().contains("1. iam:CreateUser on arn:aws:iam::111111111111:user/"), text.out());
    }

    // ------------------------------------------------------------------ --findings

    @Test
    void findingsTextAndJson() throws Exception {
        Run text = run(example("04-third-party-access.iam.json"), "--findings");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("2 findings: 1 medium, 1 info"), text.out());
        assertTrue(text.out().contains("EXTERNAL_TRUST  vendor-access"), text.out());
        assertTrue(text.out().contains("LONG_LIVED_ACCESS_KEYS  vendor-keys"), text.out());
        assertTrue(text.out().contains("why: "), text.out());

        JsonNode json = run(example("04-third-party-access.iam.json"), "--findings", "--json").json();
        assertEquals(2, json.size());
        for (JsonNode finding : json) {
            assertEquals(Set.of("code", "severity", "subject", "subjectName", "subjectArn", "account", "message", "rule",
                    "path", "accepted", "reason"), keys(finding));
        }
        assertEquals("LONG_LIVED_ACCESS_KEYS", json.get(0).path("code").asText());
        assertEquals("medium", json.get(0).path("severity").asText());
        assertEquals("EXTERNAL_TRUST", json.get(1).path("code").asText());
        assertEquals("info", json.get(1).path("severity").asText());
    }

    // ------------------------------------------------------------------ --who-can

    @Test
    void whoCanDoAnActionOnABucketByName() throws Exception {
        Run text = run(example("04-third-party-access.iam.json"), "--who-can", "exports", "--action", "s3:GetObject");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("Who can s3:GetObject on arn:aws:s3:::exports/*:"), "objects of the bucket: " + text.out());
        assertTrue(text.out().contains("vendor-engineer → via role vendor-access  conditional on sts:ExternalId"), text.out());
        assertTrue(text.out().contains("vendor-keys → direct  conditional on aws:SourceIp"), text.out());

        JsonNode json = run(example("04-third-party-access.iam.json"), "--who-can", "arn:aws:s3:::exports/data.csv",
                "--action", "s3:GetObject", "--json").json();
        assertEquals("arn:aws:s3:::exports/data.csv", json.path("target").asText());
        assertEquals("s3:GetObject", json.path("action").asText());
        JsonNode engineer = null;
        for (JsonNode reacher : json.path("reachers")) {
            if (reacher.path("id").asText().equals("vendor-engineer")) {
                engineer = reacher;
            }
        }
        assertTrue(engineer != null, json.toString());
        assertEquals("via role", engineer.path("how").asText());
        assertEquals(List.of("vendor-access"), texts(engineer.path("path")));
        assertEquals("conditional", engineer.path("outcome").asText());
        assertEquals(List.of("sts:ExternalId"), texts(engineer.path("conditions")));
    }

    @Test
    void whoCanAssumeARoleAndWhoCanActOnAResource() throws Exception {
        Run role = run(example("04-third-party-access.iam.json"), "--who-can", "arn:aws:iam::111111111111:role/vendor-access");
        assertEquals(0, role.exit(), role.err());
        assertTrue(role.out().contains("its trust policy names: arn:aws:iam::444444444444:root"), role.out());
        assertTrue(role.out().contains("vendor-engineer → assumes it  conditional on sts:ExternalId"), role.out());

        Run compute = run(example("01-group-vs-service-role.iam.json"), "--who-can", "report-logger");
        assertTrue(compute.out().contains("report-fn runs as it"), compute.out());

        JsonNode bucket = run(example("04-third-party-access.iam.json"), "--who-can", "exports", "--json").json();
        assertTrue(bucket.path("actionsTried").asInt() >= 1, bucket.toString());
        assertFalse(bucket.path("truncated").asBoolean());
        Set<String> reachers = new HashSet<>();
        bucket.path("reachers").forEach(r -> reachers.add(r.path("id").asText() + " " + r.path("how").asText()));
        assertEquals(Set.of("vendor-keys direct", "vendor-access direct", "vendor-engineer via role"), reachers);
    }

    @Test
    void whoCanIndirectlyThroughCompute() {
        Run run = run(example("01-group-vs-service-role.iam.json"), "--who-can", "*", "--action", "cloudwatch:PutMetricData");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("alice → indirect via report-fn (as role report-logger)  allowed"), run.out());
        assertTrue(run.out().contains("report-logger → direct  allowed"), run.out());
    }

    @Test
    void anUnknownActionOrTargetExitsOne() {
        Run action = run(example("04-third-party-access.iam.json"), "--who-can", "exports", "--action", "s3:GetObjekt");
        assertEquals(1, action.exit());
        assertTrue(action.err().contains("s3:GetObject"), "did you mean: " + action.err());
        Run target = run(example("04-third-party-access.iam.json"), "--who-can", "exprots");
        assertEquals(1, target.exit());
        assertTrue(target.err().contains("exports"), target.err());
    }
}
