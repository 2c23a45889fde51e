package dev.iammodeller.io.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organization of {@code src/test/resources/organization/example} (written by hand in the shapes the AWS
 * CLI prints: 2 units, 4 accounts, 2 SCPs, 1 RCP, Identity Center, and the exports of three accounts) imported into one model.
 */
class OrganizationImportTest {
    private static final String MANAGEMENT = "100000000000";
    private static final String PRODUCTION = "222222222222";

    static Path example() throws Exception {
        return Path.of(OrganizationImportTest.class.getResource("/organization/example").toURI());
    }

    static ImportResult importExample() throws Exception {
        return OrganizationImport.importFolder(example(), List.of(), ImportProgress.NONE);
    }

    private static Set<String> targets(IamModel model, String policy) {
        return model.from(policy, RelationKind.APPLIES_TO).stream().map(Relation::to)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theTreeOfUnitsAndAccountsIsTheOrganizations() throws Exception {
        ImportResult result = importExample();
        IamModel model = result.model();
        assertEquals("imported 1 user, 0 groups, 3 roles, 2 policies from 3 accounts; "
                + "organization o-a1b2c3d4e5: 2 units, 4 accounts, 3 SCPs and RCPs; "
                + "Identity Center: 3 users, 2 groups, 3 permission sets, 6 assignments", result.summary());
        assertEquals("AWS organization o-a1b2c3d4e5", model.title());
        Map<String, String> unitParents = new TreeMap<>();
        model.all(OrganizationalUnit.class).forEach(u -> unitParents.put(u.name(), u.parent()));
        assertEquals(Map.of("Sandbox", "r-a1b2", "Workloads", "r-a1b2"), unitParents);
        Map<String, String> accountParents = new TreeMap<>();
        model.all(Account.class).forEach(a -> accountParents.put(a.name() + " " + a.accountId(), a.parent()));
        assertEquals(Map.of("management 100000000000", "r-a1b2", "production 222222222222", "ou-a1b2-workload",
                "staging 333333333333", "ou-a1b2-workload", "sandbox 444444444444", "ou-a1b2-sandbox1"), accountParents);
        assertEquals(List.of(MANAGEMENT), model.all(Account.class).stream().filter(Account::management)
                .map(Account::accountId).toList());
        // principals sit in their accounts
        Role access = (Role) model.entity("role-" + PRODUCTION + "-OrganizationAccountAccessRole").orElseThrow();
        assertEquals(PRODUCTION, access.account());
        // and its trust of the management account is drawn to that account's frame
        assertEquals(List.of("acct-" + MANAGEMENT), dev.iammodeller.model.TrustedPrincipals.entities(model, access));
    }

    @Test
    void policiesAreAttachedWhereTheTargetsSay() throws Exception {
        IamModel model = importExample().model();
        Map<String, OrganizationPolicy.Type> types = new TreeMap<>();
        model.all(OrganizationPolicy.class).forEach(p -> types.put(p.name(), p.type()));
        assertEquals(Map.of("FullAWSAccess", OrganizationPolicy.Type.SCP, "DenyLeaveOrganization",
                OrganizationPolicy.Type.SCP, "DenyExternalS3", OrganizationPolicy.Type.RCP), types);
        assertEquals(Set.of("r-a1b2"), targets(model, "p-denyleave1"));
        assertEquals(Set.of("ou-a1b2-workload"), targets(model, "p-rcpnoext1"));
        assertEquals(7, targets(model, "p-FullAWSAccess").size());
    }

    @Test
    void theImportedScpsAndTrustAreEvaluated() throws Exception {
        AccessCheck check = new AccessCheck(importExample().model());
        String opsAdmin = "user-" + MANAGEMENT + "-ops-admin";
        String prodRole = "arn:aws:iam::" + PRODUCTION + ":role/OrganizationAccountAccessRole";
        // the management account's user assumes the member account's role: its trust names the management account
        assertEquals(Outcome.Kind.ALLOWED, check.outcome(opsAdmin, "sts:AssumeRole", prodRole).kind());
        String role = "role-" + PRODUCTION + "-OrganizationAccountAccessRole";
        // AdministratorAccess in production, but the root's SCP denies leaving the organization
        assertEquals(Outcome.Kind.ALLOWED, check.outcome(role, "ec2:RunInstances", "*").kind());
        assertEquals(Outcome.Kind.EXPLICIT_DENY, check.outcome(role, "organizations:LeaveOrganization", "*").kind());
    }

    @Test
    void theOrganizationsIdFillsPrincipalOrgIdSoTheRcpLetsItsOwnPrincipalsIn() throws Exception {
        IamModel model = importExample().model();
        OrganizationRoot root = model.all(OrganizationRoot.class).get(0);
        assertEquals("o-a1b2c3d4e5", root.organizationId(), "describe-organization's Organization.Id");
        // the RCP denies s3:* to principals whose aws:PrincipalOrgID is not the organization's (IfExists: an
        // absent key matches too); AWS sets the key for every principal of an organization's account
        String role = "role-" + PRODUCTION + "-OrganizationAccountAccessRole";
        String object = "arn:aws:s3:::production-data/report.csv";
        assertEquals(Outcome.Kind.ALLOWED, new AccessCheck(model).outcome(role, "s3:GetObject", object).kind());
        IamModel idUnknown = model.with(new OrganizationRoot(root.id(), root.name(), null));
        assertNotEquals(Outcome.Kind.ALLOWED, new AccessCheck(idUnknown).outcome(role, "s3:GetObject", object).kind(),
                "without the id the key is absent, and the RCP's Deny applies");
    }

    @Test
    void theImportedModelReopensAndAnalyzes() throws Exception {
        IamModel model = importExample().model();
        assertEquals(List.of(), ModelRules.check(model));
        String saved = ModelFile.toJson(model);
        IamModel reopened = ModelFile.read(saved, "organization.iam.json");
        assertEquals(model, reopened);
        assertEquals(saved, ModelFile.toJson(reopened));
        // the roles Identity Center provisions with AdministratorAccess already hold it: the RCP lets the
        // organization's own principals in (aws:PrincipalOrgID), so no path "gains" it for them
        var findings = Findings.of(Catalog.load(), new AccessCheck(reopened));
        assertTrue(findings.stream().noneMatch(f -> f.code().equals(Findings.ESCALATION)
                && f.subjectName().startsWith("AWSReservedSSO_AdministratorAccess")), findings.toString());
    }

    /** A copy of the example folder to break. */
    static Path copy(Path into) throws Exception {
        Path source = example();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = into.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return into;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The refusal of the example folder copied into {@code dir} with {@code from} replaced by {@code to} in {@code file}. */
    static AuthorizationImportException refusal(Path dir, String file, String from, String to) throws Exception {
        Path folder = copy(dir);
        if (from == null) {
            Files.delete(folder.resolve(file));
        } else {
            replace(folder.resolve(file), from, to);
        }
        return assertThrows(AuthorizationImportException.class,
                () -> OrganizationImport.importFolder(folder, List.of(), ImportProgress.NONE));
    }

    @Test
    void aTargetOutsideTheOrganizationIsRefusedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        AuthorizationImportException e = refusal(dir, "list-targets-for-policy/p-denyleave1.json",
                "\"TargetId\": \"r-a1b2\"", "\"TargetId\": \"ou-a1b2-elsewhere\"");
        // line 4 of the file, where the value of TargetId starts (column 25, after twelve spaces, the name and ": ")
        assertEquals(dir.resolve("list-targets-for-policy/p-denyleave1.json") + ":4:25 ($.Targets[0].TargetId): the"
                + " target ou-a1b2-elsewhere is not the root, a unit or an account of the organization", e.getMessage());
    }

    @Test
    void aPolicyWhoseContentIsNotAPolicyIsRefusedAtItsContent(@TempDir Path dir) throws Exception {
        AuthorizationImportException e = refusal(dir, "describe-policy/p-denyleave1.json",
                "\\\"Effect\\\":\\\"Deny\\\"", "\\\"Effect\\\":\\\"Denny\\\"");
        assertEquals(dir.resolve("describe-policy/p-denyleave1.json").toString(), e.file());
        assertEquals(11, e.position().line());
        assertEquals("$.Policy.Content", e.path());
        assertTrue(e.problem().startsWith("the policy's Content is not a policy"), e.problem());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWhereItBreaks(@TempDir Path dir) throws Exception {
        AuthorizationImportException e = refusal(dir, "list-roots.json", "\"Name\": \"Root\",", "\"Name\": \"Root\",,");
        assertEquals(dir.resolve("list-roots.json").toString(), e.file());
        assertEquals(6, e.position().line());
    }

    @Test
    void aMissingPolicyDescriptionIsNamedAtTheListThatNamesIt(@TempDir Path dir) throws Exception {
        AuthorizationImportException e = refusal(dir, "describe-policy/p-rcpnoext1.json", null, null);
        assertEquals(dir.resolve("list-policies-RESOURCE_CONTROL_POLICY.json") + ":4:19 ($.Policies[0].Id): "
                + "describe-policy/p-rcpnoext1.json is missing: the policy's content is unknown", e.getMessage());
    }
}
