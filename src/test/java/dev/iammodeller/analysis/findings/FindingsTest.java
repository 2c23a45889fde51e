package dev.iammodeller.analysis.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.model.Entity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings of the example models, with the outcomes SCENARIOS.md states, and each rule on small variants. */
class FindingsTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    static IamModel example(String file) throws Exception {
        try (InputStream in = FindingsTest.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }

    /** A model imported from an export of get-account-authorization-details: its ids are not its names. */
    static IamModel imported(String file) throws Exception {
        try (InputStream in = FindingsTest.class.getResourceAsStream("/authz-details/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return AuthorizationImport.importTexts(List.of(new AuthorizationImport.ExportText(file, text))).model();
        }
    }

    private static List<Finding> findings(IamModel model) {
        return Findings.of(catalog, new AccessCheck(model));
    }

    private static List<Finding> of(List<Finding> findings, String code, String subject) {
        return findings.stream().filter(f -> f.code().equals(code) && f.subjectId().equals(subject)).toList();
    }

    private static List<String> subjects(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).map(Finding::subjectId).distinct().sorted().toList();
    }

    private static Role withTrust(Role role, String trust) {
        return new Role(role.id(), role.account(), role.name(), role.path(), new PolicyText(trust), role.maxSessionHours(),
                role.description(), role.tags());
    }

    @Test
    void theFindingsOfOneCheckAreWorkedOutOnceAndAnotherCheckHasItsOwn() throws Exception {
        IamModel model = example("07-provisioning-escalation.iam.json");
        AccessCheck check = new AccessCheck(model);
        List<Finding> first = Findings.of(catalog, check);
        assertTrue(first.stream().anyMatch(f -> f.code().equals(Findings.ESCALATION)), first.toString());
        assertSame(first, Findings.of(catalog, check), "kept with the check: the window and its export ask once");
        List<Finding> fresh = Findings.of(catalog, new AccessCheck(model));
        assertNotSame(first, fresh, "a new check works them out anew");
        assertEquals(first, fresh);
    }

    @Test
    void scenario4VendorRoleIsExternalTrustGuardedByTheExternalIdAndTheSharedKeysAreAFinding() throws Exception {
        List<Finding> findings = findings(example("04-third-party-access.iam.json"));
        List<Finding> trust = of(findings, Findings.EXTERNAL_TRUST, "vendor-access");
        assertEquals(1, trust.size(), findings.toString());
        assertEquals(Severity.INFO, trust.get(0).severity(), "guarded by sts:ExternalId");
        assertTrue(trust.get(0).message().contains("sts:ExternalId"), trust.get(0).message());
        assertTrue(trust.get(0).message().contains("444444444444"), trust.get(0).message());
        assertEquals(List.of("arn:aws:iam::444444444444:root", "arn:aws:iam::111111111111:role/vendor-access"),
                trust.get(0).path(), "the trusted principal, then the role, by ARN");

        List<Finding> keys = of(findings, Findings.LONG_LIVED_ACCESS_KEYS, "vendor-keys");
        assertEquals(1, keys.size(), findings.toString());
        assertEquals(Severity.MEDIUM, keys.get(0).severity());
        assertTrue(keys.get(0).message().contains("aws:SourceIp"), "its policies hint at another network");
        assertTrue(keys.get(0).rule().contains("sts:ExternalId"), "the safer way: a role with an external id");
        assertEquals(List.of("vendor-keys"), subjects(findings, Findings.LONG_LIVED_ACCESS_KEYS),
                "vendor-engineer holds no access keys");
        assertEquals(List.of(), subjects(findings, Findings.UNUSED_TRUST), "vendor-engineer assumes vendor-access");
    }

    @Test
    void scenario4WithoutTheExternalIdTheTrustIsHigh() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        Role role = (Role) model.entity("vendor-access").orElseThrow();
        IamModel open = model.with(withTrust(role, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::444444444444:root"}, "Action": "sts:AssumeRole"}]}"""));
        List<Finding> trust = of(findings(open), Findings.EXTERNAL_TRUST, "vendor-access");
        assertEquals(1, trust.size());
        assertEquals(Severity.HIGH, trust.get(0).severity());

        IamModel ifExists = model.with(withTrust(role, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": "444444444444"}, "Action": "sts:AssumeRole",
                 "Condition": {"StringEqualsIfExists": {"sts:ExternalId": "vendor-7781"}}}]}"""));
        assertEquals(Severity.HIGH, of(findings(ifExists), Findings.EXTERNAL_TRUST, "vendor-access").get(0).severity(),
                "IfExists passes when the caller sends no external id: no guard");
    }

    @Test
    void everyoneInATrustPolicyIsGuardedOnlyByTheOrganizationNotByAnExternalId() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        Role role = (Role) model.entity("vendor-access").orElseThrow();
        IamModel externalIdOnly = model.with(withTrust(role, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                 "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "vendor-7781"}}}]}"""));
        Finding everyone = of(findings(externalIdOnly), Findings.EXTERNAL_TRUST, "vendor-access").get(0);
        assertEquals(Severity.HIGH, everyone.severity(), everyone.message());
        assertEquals("*", everyone.path().get(0));

        IamModel orgOnly = model.with(withTrust(role, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                 "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}]}"""));
        assertEquals(Severity.INFO, of(findings(orgOnly), Findings.EXTERNAL_TRUST, "vendor-access").get(0).severity());
    }

    @Test
    void scenario2TheManagementAccountIsInsideTheOrganization() throws Exception {
        List<Finding> findings = findings(example("02-organization-admin-access.iam.json"));
        assertEquals(List.of(), subjects(findings, Findings.EXTERNAL_TRUST),
                "OrganizationAccountAccessRole trusts the management account, which is in the organization");
        assertEquals(List.of("dev/OrganizationAccountAccessRole"), subjects(findings, Findings.ADMIN_EQUIVALENT),
                "the prod role is capped by the SCP of its unit");
        Finding admin = of(findings, Findings.ADMIN_EQUIVALENT, "dev/OrganizationAccountAccessRole").get(0);
        assertEquals(Severity.HIGH, admin.severity());
        assertEquals(List.of(admin.subjectArn(), "AdministratorAccess"), admin.path());
        assertTrue(admin.subjectArn().endsWith(":role/OrganizationAccountAccessRole"), admin.subjectArn());
        assertEquals(List.of("prod/OrganizationAccountAccessRole"), subjects(findings, Findings.UNUSED_TRUST),
                "its trust would let bob in, but his own policy does not allow assuming it");

        List<Finding> any = findings(example("02b-organization-assume-any-role.iam.json"));
        assertEquals(List.of(), subjects(any, Findings.UNUSED_TRUST), "with sts:AssumeRole on * bob reaches both roles");
    }

    @Test
    void anAccountOfTheModelOutsideTheOrganizationIsExternal() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        Role role = (Role) model.entity("dev/OrganizationAccountAccessRole").orElseThrow();
        IamModel outside = model.with(withTrust(role, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": ["arn:aws:iam::100000000000:root", "999999999999"]}, "Action": "sts:AssumeRole"}]}"""));
        List<Finding> trust = of(findings(outside), Findings.EXTERNAL_TRUST, "dev/OrganizationAccountAccessRole");
        assertEquals(1, trust.size(), trust.toString());
        assertEquals("999999999999", trust.get(0).path().get(0));
        assertTrue(trust.get(0).message().contains("does not hold"), trust.get(0).message());
    }

    @Test
    void scenario7TheProvisionerEscalatesToAdminAndTheBoundaryStopsIt() throws Exception {
        List<Finding> findings = findings(example("07-provisioning-escalation.iam.json"));
        List<Finding> provisioner = of(findings, Findings.ESCALATION, "provisioner");
        assertEquals(1, provisioner.size(), "one escalation finding per principal: " + provisioner);
        Finding admin = provisioner.get(0);
        assertEquals(Severity.HIGH, admin.severity());
        assertTrue(admin.message().startsWith("Role provisioner can gain administrator access"), admin.message());
        assertEquals(3, admin.path().size(), "create the user, write its policy, create its key: " + admin.path());
        assertTrue(admin.path().get(0).startsWith("iam:CreateUser on "), admin.path().toString());
        assertTrue(of(findings, Findings.ESCALATION, "onboard-dev").stream().anyMatch(f -> f.severity() == Severity.HIGH),
                "whoever can change the code of onboard-fn inherits the path");

        List<Finding> fixed = findings(example("07b-provisioning-with-boundary.iam.json"));
        assertFalse(fixed.stream().anyMatch(f -> f.code().equals(Findings.ESCALATION) && f.severity() == Severity.HIGH),
                "every user it creates is capped by the boundary: no path to admin; " + fixed);
    }

    @Test
    void scenario6CarolIsNotAdminEquivalentBecauseOfTheContractorsDeny() throws Exception {
        IamModel model = example("06-group-deny-boundary.iam.json");
        assertEquals(List.of(), subjects(findings(model), Findings.ADMIN_EQUIVALENT),
                "carol is denied iam:* and organizations:* explicitly, so not every action is hers");

        IamModel withoutDeny = model.withoutRelation(new Relation(RelationKind.MEMBER_OF, "carol", "contractors"));
        List<Finding> admin = of(Findings.adminEquivalent(catalog, new AccessCheck(withoutDeny)), Findings.ADMIN_EQUIVALENT,
                "carol");
        assertEquals(1, admin.size(), "with admins alone she is an administrator");
        assertEquals(List.of("arn:aws:iam::111111111111:user/carol", "AdministratorAccess via group admins"),
                admin.get(0).path());
    }

    @Test
    void rolesThatComputeRunsAsOrThatAServiceOrProviderAssumesAreUsed() throws Exception {
        assertEquals(List.of(), subjects(findings(example("01-group-vs-service-role.iam.json")), Findings.UNUSED_TRUST),
                "report-fn runs as report-logger");
        List<Finding> saml = findings(example("09-federated-saml.iam.json"));
        assertEquals(List.of(), subjects(saml, Findings.UNUSED_TRUST), "corp-idp assumes idp-developers");
        assertEquals(List.of(), subjects(saml, Findings.EXTERNAL_TRUST), "an identity provider of the account is not external");
        assertEquals(List.of(), subjects(findings(example("05-roles-are-not-groups.iam.json")), Findings.UNUSED_TRUST),
                "erin assumes data-cleanup, frank assumes auditor");
    }

    @Test
    void aTrustNamingSomethingOutsideTheModelIsNotUnused() throws Exception {
        IamModel model = example("05-roles-are-not-groups.iam.json");
        Role auditor = (Role) model.entity("auditor").orElseThrow();
        IamModel outside = model.with(withTrust(auditor, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::111111111111:user/someone-not-drawn"}, "Action": "sts:AssumeRole"}]}"""));
        assertEquals(List.of(), subjects(findings(outside), Findings.UNUSED_TRUST));
        IamModel accountWide = model.with(withTrust(auditor, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "sts:AssumeRole"}]}"""));
        // The trust names the account, so the caller's own policies must allow sts:AssumeRole on auditor: frank's
        // allow nothing of STS, erin's only data-cleanup.
        List<Finding> unused = of(findings(accountWide), Findings.UNUSED_TRUST, "auditor");
        assertEquals(1, unused.size());
        assertEquals(Severity.LOW, unused.get(0).severity());
        assertEquals(List.of("arn:aws:iam::111111111111:root", "arn:aws:iam::111111111111:role/auditor"),
                unused.get(0).path());
    }

    @Test
    void aResourcePolicyOpenToEveryoneWithoutAConditionIsHigh() throws Exception {
        IamModel model = example("04b-third-party-bucket-policy.iam.json");
        Resource exports = (Resource) model.entity("exports").orElseThrow();
        assertEquals(List.of(), subjects(findings(model), Findings.RESOURCE_OPEN_TO_EVERYONE), "it names the vendor account");
        IamModel open = model.with(new Resource(exports.id(), exports.account(), exports.name(), exports.type(), exports.arn(),
                new PolicyText("""
                        {"Version": "2012-10-17", "Statement": [{"Sid": "Public", "Effect": "Allow", "Principal": "*",
                         "Action": "s3:GetObject", "Resource": "arn:aws:s3:::exports/*"}]}""")));
        List<Finding> found = of(findings(open), Findings.RESOURCE_OPEN_TO_EVERYONE, "exports");
        assertEquals(1, found.size());
        assertEquals(Severity.HIGH, found.get(0).severity());
        assertTrue(found.get(0).message().contains("s3:GetObject"), found.get(0).message());

        IamModel conditioned = model.with(new Resource(exports.id(), exports.account(), exports.name(), exports.type(),
                exports.arn(), new PolicyText("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                         "Action": "s3:GetObject", "Resource": "arn:aws:s3:::exports/*",
                         "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}]}""")));
        assertEquals(List.of(), subjects(findings(conditioned), Findings.RESOURCE_OPEN_TO_EVERYONE));
    }

    @Test
    void everyFindingTeachesItsRuleAndComesMostSeriousFirst() throws Exception {
        for (String file : List.of("01-group-vs-service-role.iam.json", "02-organization-admin-access.iam.json",
                "04-third-party-access.iam.json", "07-provisioning-escalation.iam.json")) {
            List<Finding> findings = findings(example(file));
            for (Finding finding : findings) {
                assertFalse(finding.rule().isBlank(), finding.toString());
                assertTrue(finding.rule().endsWith("."), finding.rule());
                assertTrue(finding.message().endsWith("."), finding.message());
            }
            for (int i = 1; i < findings.size(); i++) {
                assertTrue(findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0, file);
            }
        }
    }

    private static final List<String> EXAMPLES = List.of("01-group-vs-service-role.iam.json",
            "02-organization-admin-access.iam.json", "04-third-party-access.iam.json", "06-group-deny-boundary.iam.json",
            "07-provisioning-escalation.iam.json", "09-federated-saml.iam.json");
    private static final List<String> IMPORTS = List.of("cloudmapper-demo.json", "test_files_example-authz-details.json");

    @Test
    void oneFindingPerRuleAndSubject() throws Exception {
        List<IamModel> models = new java.util.ArrayList<>();
        for (String file : EXAMPLES) {
            models.add(example(file));
        }
        for (String file : IMPORTS) {
            models.add(imported(file));
        }
        for (IamModel model : models) {
            List<Finding> findings = findings(model);
            Set<String> seen = new HashSet<>();
            for (Finding finding : findings) {
                assertTrue(seen.add(finding.code() + " " + finding.subjectId()), "twice: " + finding);
            }
        }
    }

    @Test
    void importedModelsAreNamedByNamesAndArnsNeverByTheirModelIds() throws Exception {
        for (String file : IMPORTS) {
            IamModel model = imported(file);
            List<Finding> findings = findings(model);
            assertFalse(findings.isEmpty(), file);
            List<String> ids = model.entities().values().stream().filter(e -> !e.id().equals(e.name()))
                    .map(Entity::id).toList();
            for (Finding finding : findings) {
                Entity subject = model.entity(finding.subjectId()).orElseThrow();
                assertFalse(subject.id().equals(subject.name()), "an imported id is not a name: " + subject.id());
                assertEquals(subject.name(), finding.subjectName());
                assertEquals(subject.arn(), finding.subjectArn());
                assertEquals(subject.account(), finding.account());
                assertTrue(finding.account().matches("\\d{12}"), finding.account());
                for (String id : ids) {
                    assertFalse(finding.message().contains(id), id + " in " + finding.message());
                    assertFalse(finding.path().stream().anyMatch(p -> p.contains(id)), id + " in " + finding.path());
                }
            }
        }
        Finding badRole = of(findings(imported("cloudmapper-demo.json")), Findings.EXTERNAL_TRUST,
                "role-123456789012-bad_role").get(0);
        assertTrue(badRole.message().startsWith("Role bad_role "), badRole.message());
        assertEquals("arn:aws:iam::123456789012:role/bad_role", badRole.subjectArn());
    }

    @Test
    void findingsComeBySeverityThenSubjectNameThenRule() throws Exception {
        List<IamModel> models = new java.util.ArrayList<>();
        for (String file : EXAMPLES) {
            models.add(example(file));
        }
        for (String file : IMPORTS) {
            models.add(imported(file));
        }
        int sameSeverity = 0;
        for (IamModel model : models) {
            List<Finding> findings = findings(model);
            for (int i = 1; i < findings.size(); i++) {
                Finding a = findings.get(i - 1);
                Finding b = findings.get(i);
                int bySeverity = a.severity().compareTo(b.severity());
                assertTrue(bySeverity <= 0, a + " before " + b);
                if (bySeverity == 0) {
                    sameSeverity++;
                    int byName = a.subjectName().compareToIgnoreCase(b.subjectName());
                    assertTrue(byName <= 0, a.subjectName() + " before " + b.subjectName());
                    if (byName == 0 && a.subjectName().equals(b.subjectName())) {
                        assertTrue(a.code().compareTo(b.code()) <= 0, a.code() + " before " + b.code());
                    }
                }
            }
        }
        assertTrue(sameSeverity > 0, "the order was tried on findings of one severity");
        // Scenario 7 has several high findings: their subjects come in name order.
        List<Finding> scenario7 = findings(example("07-provisioning-escalation.iam.json"));
        List<String> high = scenario7.stream().filter(f -> f.severity() == Severity.HIGH).map(Finding::subjectName).toList();
        assertEquals(high.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), high);
    }

    @Test
    void aRoleTrustedByTwoOutsideAccountsIsOneFindingListingBoth() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        Role role = (Role) model.entity("vendor-access").orElseThrow();
        IamModel two = model.with(withTrust(role, """
                {"Version": "2012-10-17", "Statement": [
                 {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444444444444:root"}, "Action": "sts:AssumeRole",
                  "Condition": {"StringEquals": {"sts:ExternalId": "vendor-7781"}}},
                 {"Effect": "Allow", "Principal": {"AWS": "555555555555"}, "Action": "sts:AssumeRole"}]}"""));
        List<Finding> trust = of(findings(two), Findings.EXTERNAL_TRUST, "vendor-access");
        assertEquals(1, trust.size(), trust.toString());
        Finding finding = trust.get(0);
        assertEquals(Severity.HIGH, finding.severity(), "555555555555 may assume it without an external id");
        assertEquals(List.of("arn:aws:iam::444444444444:root", "555555555555", role.arn()), finding.path());
        assertTrue(finding.message().contains("444444444444") && finding.message().contains("555555555555"),
                finding.message());
        assertTrue(finding.message().contains("2 principals"), finding.message());
    }

    @Test
    void anEscalationFindingSaysWhatThePrincipalGainsAndItsShortestPath() throws Exception {
        List<Finding> findings = findings(example("07-provisioning-escalation.iam.json"));
        Finding provisioner = of(findings, Findings.ESCALATION, "provisioner").get(0);
        assertTrue(provisioner.message().contains("the shortest path to administrator takes 3 steps"),
                provisioner.message());
        for (Finding finding : findings(imported("test_files_example-authz-details.json"))) {
            if (finding.code().equals(Findings.ESCALATION) && finding.severity() == Severity.MEDIUM) {
                assertTrue(finding.message().matches(".* can gain the permissions of \\d+ principals? \\(.*"),
                        finding.message());
            }
        }
    }
}
