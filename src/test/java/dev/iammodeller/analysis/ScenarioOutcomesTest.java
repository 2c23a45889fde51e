package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outcomes SCENARIOS.md states for the ten example models, one test per scenario (escalation paths
 * are checked with the escalation rules). Expected values are the scenarios' own words.
 */
class ScenarioOutcomesTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static Outcome.Kind kind(AccessCheck check, String principal, String action, String resource) {
        return check.outcome(principal, action, resource).kind();
    }

    private static List<String> assumable(IamModel model, String principal) {
        return RoleAssumption.from(model, principal).stream().map(a -> a.roleId() + ":" + a.reach()).sorted().toList();
    }

    @Test
    void scenario1GroupPermissionsVersusAServiceRole() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        AccessCheck check = new AccessCheck(model);
        ForwardReach alice = ForwardReach.of(catalog, check, "alice");
        assertEquals(NodeReach.FULL, alice.service(catalog, "s3"), "s3:* allowed");
        assertEquals(NodeReach.FULL, alice.service(catalog, "lambda"), "lambda:* allowed");
        assertEquals(Outcome.Kind.IMPLICIT_DENY, kind(check, "alice", "cloudwatch:PutMetricData", "*"));
        assertEquals(List.of(), assumable(model, "alice"), "report-logger trusts only the Lambda service");
        assertEquals(List.of("report-fn"), IndirectReach.of(check, "alice").stream().map(IndirectReach.Driven::computeId).toList(),
                "alice reaches CloudWatch indirect via report-fn");
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "report-logger", "cloudwatch:PutMetricData", "*"));
        assertEquals(List.of("report-logger:ALLOWED"), assumable(model, "lambda"), "assumable by the Lambda service");
    }

    @Test
    void scenario2AdministratorAccessToChosenMemberAccounts() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        AccessCheck check = new AccessCheck(model);
        assertEquals(List.of("dev/OrganizationAccountAccessRole:ALLOWED"), assumable(model, "bob"));
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "dev/OrganizationAccountAccessRole", "ec2:TerminateInstances", "*"),
                "every action in dev via the role");
        assertEquals(List.of(), PrincipalPolicies.of(model, "bob").serviceControlPolicies(),
                "an SCP never applies to the management account");

        IamModel any = example("02b-organization-assume-any-role.iam.json");
        AccessCheck anyCheck = new AccessCheck(any);
        assertTrue(assumable(any, "bob").contains("prod/OrganizationAccountAccessRole:ALLOWED"));
        assertEquals(Outcome.Kind.ALLOWED, kind(anyCheck, "prod/OrganizationAccountAccessRole", "ec2:DescribeInstances", "*"));
        Outcome terminate = anyCheck.outcome("prod/OrganizationAccountAccessRole", "ec2:TerminateInstances", "*");
        assertFalse(terminate.reaches(), "the SCP caps the role: only read actions");
        assertTrue(terminate.decision().blockedBy().stream().anyMatch(l -> l.json().equals("scp")), terminate.toString());
    }

    @Test
    void scenario3AFreelancerWhoMayTestDebugAndDeploySomeFunctions() throws Exception {
        IamModel model = example("03-freelancer-lambda.iam.json");
        AccessCheck check = new AccessCheck(model);
        String functions = "arn:aws:lambda:us-east-1:111111111111:function:";
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "freelancer", "lambda:UpdateFunctionCode", functions + "freelance-x"));
        assertEquals(Outcome.Kind.IMPLICIT_DENY, kind(check, "freelancer", "lambda:UpdateFunctionCode", functions + "billing"));
        assertTrue(check.outcome("freelancer", "iam:PassRole", "arn:aws:iam::111111111111:role/freelance-exec-reports",
                java.util.Map.of("iam:PassedToService", "lambda.amazonaws.com")).reaches());
        assertFalse(check.outcome("freelancer", "iam:PassRole", "arn:aws:iam::111111111111:role/deploy-admin",
                java.util.Map.of("iam:PassedToService", "lambda.amazonaws.com")).reaches());
        List<Reacher> reports = ReverseReach.of(new ModelAnalysis(Catalog.load(), check.model()),
                "s3:GetObject", "arn:aws:s3:::reports/q1.csv").oneWayEach();
        assertTrue(reports.stream().anyMatch(r -> r.principalId().equals("freelancer") && r.route().way() == ReachRoute.Way.INDIRECT),
                "freelancer reaches bucket reports indirect: " + reports);
    }

    @Test
    void scenario4AThirdPartyWithAnExternalIdVersusSharedKeys() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        List<Assumption> vendor = RoleAssumption.from(model, "vendor-engineer");
        assertEquals(List.of("vendor-access:CONDITIONAL"), vendor.stream().map(a -> a.roleId() + ":" + a.reach()).toList());
        assertEquals(List.of("sts:ExternalId"), vendor.get(0).conditions());
        Outcome keys = new AccessCheck(model).outcome("vendor-keys", "s3:GetObject", "arn:aws:s3:::exports/data.csv");
        assertEquals(Outcome.Kind.CONDITIONAL, keys.kind());
        assertEquals(List.of("aws:SourceIp"), keys.conditions());

        AccessCheck cross = new AccessCheck(example("04b-third-party-bucket-policy.iam.json"));
        assertEquals(Outcome.Kind.ALLOWED, kind(cross, "vendor-analyst", "s3:GetObject", "arn:aws:s3:::exports/data.csv"),
                "the bucket policy names the vendor account and the vendor's own policy allows");
        assertFalse(cross.outcome("vendor-engineer", "s3:GetObject", "arn:aws:s3:::exports/data.csv").reaches(),
                "both sides must allow: the vendor engineer's own policies do not");
    }

    @Test
    void scenario5RolesAreNotGroups() throws Exception {
        IamModel model = example("05-roles-are-not-groups.iam.json");
        AccessCheck check = new AccessCheck(model);
        assertEquals(List.of("data-cleanup:ALLOWED"), assumable(model, "erin"),
                "the trust names the account, and erin's own policy allows sts:AssumeRole");
        assertEquals(List.of("auditor:ALLOWED"), assumable(model, "frank"), "the trust names frank himself");
        assertEquals(Outcome.Kind.IMPLICIT_DENY, kind(check, "erin", "s3:DeleteObject", "arn:aws:s3:::team-data/old.csv"),
                "reach via role never adds the role's permissions to erin's own");
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "data-cleanup", "s3:DeleteObject", "arn:aws:s3:::team-data/old.csv"));
    }

    @Test
    void scenario6ADenyOnAGroupIsABoundaryForItsMembers() throws Exception {
        AccessCheck check = new AccessCheck(example("06-group-deny-boundary.iam.json"));
        Outcome createUser = check.outcome("carol", "iam:CreateUser", "arn:aws:iam::111111111111:user/x");
        assertEquals(Outcome.Kind.EXPLICIT_DENY, createUser.kind());
        assertTrue(createUser.decision().matchedStatements().stream().allMatch(s -> s.layer().json().equals("identity")));
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "carol", "ec2:RunInstances", "*"));
    }

    @Test
    void scenario8PerUserFoldersWithAPolicyVariable() throws Exception {
        AccessCheck check = new AccessCheck(example("08-per-user-folders.iam.json"));
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "alice", "s3:GetObject", "arn:aws:s3:::shared-home/home/alice/notes.txt"));
        assertEquals(Outcome.Kind.IMPLICIT_DENY, kind(check, "alice", "s3:GetObject", "arn:aws:s3:::shared-home/home/dave/notes.txt"));
    }

    @Test
    void scenario9FederatedUsersFromACorporateDirectory() throws Exception {
        IamModel model = example("09-federated-saml.iam.json");
        List<Assumption> idp = RoleAssumption.from(model, "corp-idp");
        assertEquals(List.of("idp-developers:CONDITIONAL"), idp.stream().map(a -> a.roleId() + ":" + a.reach()).toList());
        assertTrue(idp.get(0).conditions().stream().anyMatch(k -> k.equalsIgnoreCase("SAML:aud")));
        AccessCheck check = new AccessCheck(model);
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "idp-developers", "ec2:RunInstances", "*"), "PowerUserAccess");
        assertEquals(Outcome.Kind.IMPLICIT_DENY, kind(check, "idp-developers", "iam:CreateUser", "arn:aws:iam::111111111111:user/x"));
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "idp-developers", "iam:ListRoles", "*"), "one of the few IAM actions it allows back");
        assertEquals(Outcome.Kind.IMPLICIT_DENY, kind(check, "idp-developers", "organizations:CreateAccount", "*"));
    }

    @Test
    void scenario10ComputeThatActsWithARole() throws Exception {
        AccessCheck check = new AccessCheck(example("10-compute-acts-with-a-role.iam.json"));
        assertEquals(List.of("web-1"), IndirectReach.of(check, "operator").stream().map(IndirectReach.Driven::computeId).toList(),
                "a user who may only ssm:StartSession on web-1 reaches assets indirect via the instance");
        assertTrue(check.outcome("deployer", "ec2:RunInstances", "*").reaches());
        assertTrue(check.outcome("deployer", "iam:PassRole", "arn:aws:iam::111111111111:role/web-role",
                java.util.Map.of("iam:PassedToService", "ec2.amazonaws.com")).reaches());
        assertEquals(Outcome.Kind.ALLOWED, kind(check, "web-role", "s3:GetObject", "arn:aws:s3:::assets/logo.png"));
    }
}
