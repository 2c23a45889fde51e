package dev.iammodeller.io.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.PolicyReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Imports the sample exports of src/test/resources/authz-details and checks what they hold. The expected
 * values were read from the files with Python, not from the importer.
 */
class AuthorizationImportFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path fixture(String name) {
        try {
            return Path.of(AuthorizationImportFixturesTest.class.getResource("/authz-details/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult importFixtures(String... names) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(fixture(name));
        }
        return AuthorizationImport.importFiles(files, ImportProgress.NONE);
    }

    private static Set<String> targets(IamModel model, String from, RelationKind kind) {
        return model.from(from, kind).stream().map(Relation::to).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> sources(IamModel model, String to, RelationKind kind) {
        return model.to(to, kind).stream().map(Relation::from).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode json(PolicyText text) throws Exception {
        return JSON.readTree(text.json());
    }

    /** The imported model is one the model file accepts, and saving and loading it changes nothing. */
    private static void assertLoadsBack(IamModel model) throws Exception {
        assertEquals(List.of(), ModelRules.check(model));
        assertEquals(model, ModelFile.read(ModelFile.toJson(model), "imported.iam.json"));
    }

    @Test
    void cloudsplainingExample() throws Exception {
        ImportResult result = importFixtures("test_files_example-authz-details.json");
        IamModel model = result.model();
        assertEquals("imported 3 users, 2 groups, 3 roles, 32 policies from 1 account", result.summary());
        assertEquals(List.of("012345678901"), model.all(Account.class).stream().map(Account::accountId).toList());
        assertEquals(2, model.all(ManagedPolicy.class).stream().filter(p -> !p.awsManaged()).count());
        assertEquals(30, model.all(ManagedPolicy.class).stream().filter(ManagedPolicy::awsManaged).count());
        assertEquals(6, model.all(InlinePolicy.class).size());
        assertEquals(9, model.relations().size()); // with the instance profile that runs as OverprivilegedEC2
        assertEquals(List.of(), result.notes());

        assertEquals(Set.of("group-012345678901-admin"),
                targets(model, "user-012345678901-obama", RelationKind.MEMBER_OF));
        assertEquals(Set.of("user-012345678901-obama", "user-012345678901-userwithlotsofpermissions"),
                sources(model, "group-012345678901-admin", RelationKind.MEMBER_OF));
        assertEquals(Set.of("group-012345678901-biden"), targets(model, "user-012345678901-biden", RelationKind.MEMBER_OF));
        // The group admin has AdministratorAccess, an AWS managed policy listed in Policies.
        assertEquals(Set.of("policy-aws-AdministratorAccess"),
                sources(model, "group-012345678901-admin", RelationKind.ATTACHED_TO));
        ManagedPolicy admin = (ManagedPolicy) model.entity("policy-aws-AdministratorAccess").orElseThrow();
        assertNull(admin.account());
        assertEquals("arn:aws:iam::aws:policy/AdministratorAccess", admin.arn());
        // OverprivilegedEC2: InsecurePolicy attached, SupYo inline, trusted by EC2, an instance profile.
        String role = "role-012345678901-OverprivilegedEC2";
        assertEquals(Set.of("policy-012345678901-InsecurePolicy"), sources(model, role, RelationKind.ATTACHED_TO));
        assertEquals(List.of("SupYo"), model.inlinePolicies(role).stream().map(InlinePolicy::name).toList());
        Role overprivileged = (Role) model.entity(role).orElseThrow();
        assertEquals("ec2.amazonaws.com", json(overprivileged.trustPolicy()).at("/Statement/0/Principal/Service").asText());
        assertEquals(1, overprivileged.maxSessionHours());
        Compute profile = (Compute) model.entity("profile-012345678901-OverprivilegedEC2").orElseThrow();
        assertEquals(Compute.Type.EC2_INSTANCE_PROFILE, profile.type());
        assertEquals(Set.of(profile.id()), sources(model, role, RelationKind.RUNS_AS));
        // Group biden: AmazonRDSFullAccess attached, InlinePolicyForBidenGroup inline.
        assertEquals(Set.of("policy-aws-AmazonRDSFullAccess"),
                sources(model, "group-012345678901-biden", RelationKind.ATTACHED_TO));
        InlinePolicy bidenGroup = model.inlinePolicies("group-012345678901-biden").get(0);
        assertEquals("InlinePolicyForBidenGroup", bidenGroup.name());
        assertEquals("s3:PutObjectAcl", json(bidenGroup.document()).at("/Statement/0/Action/1").asText());
        // Two versions, the default v11; the other kept.
        ManagedPolicy codeCommit = (ManagedPolicy) model.entity("policy-aws-AWSCodeCommitPowerUser").orElseThrow();
        assertEquals(List.of("v10", "v11"), codeCommit.versions().stream().map(ManagedPolicyVersion::versionId).toList());
        assertEquals("v11", codeCommit.defaultVersion());
        // A path from the ARN.
        assertEquals("/aws-service-role/",
                ((ManagedPolicy) model.entity("policy-aws-AWSSupportServiceRolePolicy").orElseThrow()).path());
        assertLoadsBack(model);
    }

    @Test
    void cloudMapperDemo() throws Exception {
        ImportResult result = importFixtures("cloudmapper-demo.json");
        IamModel model = result.model();
        assertEquals("imported 2 users, 1 group, 4 roles, 2 policies from 1 account", result.summary());
        // Its users and group have ARNs of account "aws"; the roles and BAD_MFA_POLICY name 123456789012.
        assertEquals(List.of("123456789012"), model.all(Account.class).stream().map(Account::accountId).toList());
        assertEquals(Set.of("user-123456789012-USER", "user-123456789012-USER_WITH_BAD_INLINE_POLICY"),
                model.all(User.class).stream().map(User::id).collect(Collectors.toSet()));
        assertEquals(Set.of("group-123456789012-GROUP_WITH_BAD_INLINE_POLICY"),
                targets(model, "user-123456789012-USER", RelationKind.MEMBER_OF));
        // AmazonEC2RoleforSSM: Path says /job-function/, the ARN (what attachments name) says /service-role/.
        ManagedPolicy ssm = (ManagedPolicy) model.entity("policy-aws-AmazonEC2RoleforSSM").orElseThrow();
        assertEquals("arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM", ssm.arn());
        assertEquals(Set.of("user-123456789012-USER_WITH_BAD_INLINE_POLICY",
                        "group-123456789012-GROUP_WITH_BAD_INLINE_POLICY", "role-123456789012-bad_role"),
                targets(model, ssm.id(), RelationKind.ATTACHED_TO));
        Role badRole = (Role) model.entity("role-123456789012-bad_role").orElseThrow();
        assertEquals("/", badRole.path()); // "Path": "" in the export
        assertEquals("*", json(badRole.trustPolicy()).at("/Statement/0/Principal/AWS").asText());
        assertEquals(List.of("dostuff"), model.inlinePolicies(badRole.id()).stream().map(InlinePolicy::name).toList());
        Role level1 = (Role) model.entity("role-123456789012-level1").orElseThrow();
        assertEquals("/service-role/", level1.path());
        assertEquals("lambda.amazonaws.com", json(level1.trustPolicy()).at("/Statement/0/Principal/Service").asText());
        ManagedPolicy mfa = (ManagedPolicy) model.entity("policy-123456789012-BAD_MFA_POLICY").orElseThrow();
        assertEquals("123456789012", mfa.account());
        assertEquals(5, PolicyReader.parse(mfa.document().json()).statements().size());
        assertLoadsBack(model);
    }

    @Test
    void anAwsManagedPolicyMissingFromTheExportComesFromTheCatalogue() throws Exception {
        ImportResult result = importFixtures("test_files_example_authz_v2.json");
        IamModel model = result.model();
        assertEquals("imported 1 user, 1 group, 2 roles, 3 policies from 1 account", result.summary());
        assertEquals(Set.of("group-012345678901-GOAT"), targets(model, "user-012345678901-BlakeBortles", RelationKind.MEMBER_OF));
        assertEquals(Set.of("policy-aws-AdministratorAccess"), sources(model, "group-012345678901-GOAT", RelationKind.ATTACHED_TO));
        ManagedPolicy admin = (ManagedPolicy) model.entity("policy-aws-AdministratorAccess").orElseThrow();
        assertNull(admin.account());
        assertEquals("*", json(admin.document()).at("/Statement/0/Action").asText());
        assertEquals(1, result.notes().size());
        assertTrue(result.notes().get(0).contains("arn:aws:iam::aws:policy/AdministratorAccess is not in the export"),
                result.notes().get(0));
        // A role and a group may share a name.
        assertTrue(model.entity("role-012345678901-GOAT").orElseThrow() instanceof Role);
        assertLoadsBack(model);
    }

    @Test
    void overridesExample() throws Exception {
        ImportResult result = importFixtures("test_files_example_authz_details_for_overrides_complete.json");
        IamModel model = result.model();
        assertEquals("imported 1 user, 1 group, 2 roles, 3 policies from 1 account", result.summary());
        assertEquals(Set.of("policy-012345678901-PolicyForTestingOverrides", "policy-aws-AdministratorAccess"),
                sources(model, "role-012345678901-GOATRole", RelationKind.ATTACHED_TO));
        assertEquals(Set.of("policy-aws-AdministratorAccess", "policy-012345678901-NotYourPolicy"),
                sources(model, "group-012345678901-GOATGroup", RelationKind.ATTACHED_TO));
        assertEquals("ssm.amazonaws.com", json(((Role) model.entity("role-012345678901-GOATRole").orElseThrow())
                .trustPolicy()).at("/Statement/0/Principal/Service").asText());
        assertEquals(List.of(), result.notes());
        assertLoadsBack(model);
    }

    @Test
    void handWrittenExportWithWhatTheSamplesLack() throws Exception {
        ImportResult result = importFixtures("handwritten/features.json");
        IamModel model = result.model();
        // DeployApp, DeveloperBoundary, AmazonS3ReadOnlyAccess, and PowerUserAccess (a boundary) from the catalogue.
        assertEquals("imported 2 users, 1 group, 2 roles, 4 policies from 1 account", result.summary());
        assertEquals(8, model.relations().size()); // with deployer-profile, which runs as deployer
        assertEquals(3, model.all(InlinePolicy.class).size());

        User alice = (User) model.entity("user-111122223333-alice").orElseThrow();
        assertEquals("/engineering/", alice.path());
        assertEquals("arn:aws:iam::111122223333:user/engineering/alice", alice.arn());
        assertEquals(Map.of("team", "platform", "cost-center", "1234"), alice.tags());
        assertEquals(Set.of("group-111122223333-developers"), targets(model, alice.id(), RelationKind.MEMBER_OF));
        assertEquals(Set.of("user-111122223333-alice", "user-111122223333-bob"),
                sources(model, "group-111122223333-developers", RelationKind.MEMBER_OF));
        // The permissions boundary, a customer policy under /boundaries/.
        assertEquals(Set.of("policy-111122223333-DeveloperBoundary"), sources(model, alice.id(), RelationKind.BOUNDARY_OF));
        assertEquals("/boundaries/", ((ManagedPolicy) model.entity("policy-111122223333-DeveloperBoundary")
                .orElseThrow()).path());
        // An AWS managed policy attached and listed; one attached that nobody knows is left out.
        assertEquals(Set.of("policy-aws-AmazonS3ReadOnlyAccess"), sources(model, alice.id(), RelationKind.ATTACHED_TO));
        // Her inline policy was URL-encoded.
        InlinePolicy selfService = model.inlinePolicies(alice.id()).get(0);
        assertEquals("self-service", selfService.name());
        assertEquals("inline-user-111122223333-alice-self-service", selfService.id());
        JsonNode decoded = json(selfService.document());
        assertEquals("iam:CreateAccessKey", decoded.at("/Statement/0/Action/0").asText());
        assertEquals("arn:aws:iam::111122223333:user/engineering/${aws:username}", decoded.at("/Statement/0/Resource").asText());

        // "Statement" as one object, in an inline policy and in a trust policy.
        InlinePolicy readLogs = model.inlinePolicies("group-111122223333-developers").get(0);
        assertEquals(1, PolicyReader.parse(readLogs.document().json()).statements().size());
        assertEquals("logs:Get*", json(readLogs.document()).at("/Statement/Action").asText());
        Role lambda = (Role) model.entity("role-111122223333-lambda-exec").orElseThrow();
        assertEquals("lambda.amazonaws.com", json(lambda.trustPolicy()).at("/Statement/Principal/Service").asText());
        assertEquals(2, lambda.maxSessionHours()); // 3,601 seconds, rounded up
        assertEquals("logs:PutLogEvents", json(model.inlinePolicies(lambda.id()).get(0).document())
                .at("/Statement/0/Action/1").asText()); // policy text that was not URL-encoded

        Role deployer = (Role) model.entity("role-111122223333-deployer").orElseThrow();
        assertEquals("/service-role/", deployer.path());
        assertEquals(4, deployer.maxSessionHours()); // 14,400 seconds
        assertEquals("Deploys the application", deployer.description());
        assertEquals(Map.of("owner", "release-team"), deployer.tags());
        JsonNode trust = json(deployer.trustPolicy()); // URL-encoded in the export
        assertEquals("arn:aws:iam::444455556666:root", trust.at("/Statement/0/Principal/AWS").asText());
        assertEquals("true", trust.at("/Statement/0/Condition/Bool/aws:MultiFactorAuthPresent").asText());
        assertEquals(Set.of("policy-111122223333-DeployApp"), sources(model, deployer.id(), RelationKind.ATTACHED_TO));
        assertEquals(Set.of("policy-aws-PowerUserAccess"), sources(model, deployer.id(), RelationKind.BOUNDARY_OF));
        assertNull(((ManagedPolicy) model.entity("policy-aws-PowerUserAccess").orElseThrow()).account());
        Compute profile = (Compute) model.entity("profile-111122223333-deployer-profile").orElseThrow();
        assertEquals("arn:aws:iam::111122223333:instance-profile/deployer-profile", profile.arn());
        assertEquals(Compute.Type.EC2_INSTANCE_PROFILE, profile.type());
        assertEquals(Set.of(profile.id()), sources(model, deployer.id(), RelationKind.RUNS_AS));

        // Versions in order, the default kept, a URL-encoded version decoded.
        ManagedPolicy deployApp = (ManagedPolicy) model.entity("policy-111122223333-DeployApp").orElseThrow();
        assertEquals(List.of("v1", "v2", "v10"), deployApp.versions().stream().map(ManagedPolicyVersion::versionId).toList());
        assertEquals("v2", deployApp.defaultVersion());
        assertEquals("Upload builds and restart the service", deployApp.description());
        assertEquals("ecs:UpdateService", json(deployApp.document()).at("/Statement/1/Action").asText());
        assertEquals("arn:aws:s3:::deploy-bucket/*", json(deployApp.versions().get(0).document()).at("/Statement/0/Resource").asText());
        assertEquals(Set.of("group-111122223333-developers", "role-111122223333-deployer"),
                targets(model, deployApp.id(), RelationKind.ATTACHED_TO));

        assertEquals(Set.of(
                "handwritten/features.json: group \"ghost-group\" of user alice is not in the export; the membership is left out",
                "handwritten/features.json: arn:aws:iam::aws:policy/NoSuchManagedPolicyForTests (attached to user alice)"
                        + " is not in the export or the catalogue; it is left out",
                "handwritten/features.json: arn:aws:iam::111122223333:policy/DeletedPolicy (attached to user bob)"
                        + " is not in the export; it is left out"),
                result.notes().stream().filter(n -> !n.contains("catalogue's"))
                        .map(n -> n.substring(n.indexOf("handwritten/"))).collect(Collectors.toSet()));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith(
                "arn:aws:iam::aws:policy/PowerUserAccess is not in the export; its document is the catalogue's")));
        assertLoadsBack(model);
    }

    @Test
    void datesOfBothFormsAreAccepted() throws Exception {
        // cloudsplaining's files write "2019-12-18 19:10:08+00:00"; CloudMapper's "2021-03-13T18:40:54+00:00"
        // and "2019-05-07T18:55:12Z"; features.json all of them and microseconds.
        ImportResult result = importFixtures("test_files_example_authz_v2.json", "cloudmapper-demo.json",
                "handwritten/features.json");
        assertEquals(3, result.accounts());
    }

    @Test
    void severalAccountsIntoOneModel() throws Exception {
        ImportResult result = importFixtures("cloudmapper-demo.json", "test_files_example-authz-details.json",
                "handwritten/features.json");
        IamModel model = result.model();
        // 2 + 3 + 2 users, 1 + 2 + 1 groups, 4 + 3 + 2 roles; 36 policies listed by the three files (AWS
        // managed ones once), and features.json's boundary PowerUserAccess is listed by the cloudsplaining file.
        assertEquals("imported 7 users, 4 groups, 9 roles, 36 policies from 3 accounts", result.summary());
        assertEquals(List.of("acct-012345678901", "acct-111122223333", "acct-123456789012"),
                model.all(Account.class).stream().map(Account::id).toList());
        assertEquals(3, model.all(Group.class).stream().map(Group::account).distinct().count());
        assertEquals("AWS accounts 012345678901, 111122223333, 123456789012", model.title());
        assertLoadsBack(model);
    }

    @Test
    void anAwsManagedPolicyInTwoExportsIsOneEntity() throws Exception {
        // Both list AmazonS3ReadOnlyAccess; features.json attaches PowerUserAccess as a boundary without listing
        // it, and the cloudsplaining example lists it: 34 distinct ARNs in the two files.
        ImportResult result = importFixtures("test_files_example-authz-details.json", "handwritten/features.json");
        assertEquals("imported 5 users, 3 groups, 5 roles, 34 policies from 2 accounts", result.summary());
        IamModel model = result.model();
        assertEquals(Set.of("user-111122223333-alice"),
                targets(model, "policy-aws-AmazonS3ReadOnlyAccess", RelationKind.ATTACHED_TO));
        assertEquals(Set.of("user-012345678901-obama", "group-012345678901-admin"),
                targets(model, "policy-aws-AdministratorAccess", RelationKind.ATTACHED_TO));
        assertEquals(Set.of("role-111122223333-deployer"),
                targets(model, "policy-aws-PowerUserAccess", RelationKind.BOUNDARY_OF));
        assertTrue(result.notes().stream().noneMatch(n -> n.contains("catalogue's")), result.notes().toString());
    }

    @Test
    void pagesOfOneExport() throws Exception {
        for (List<String> order : List.of(List.of("handwritten/paged-1.json", "handwritten/paged-2.json"),
                List.of("handwritten/paged-2.json", "handwritten/paged-1.json"))) {
            ImportResult result = importFixtures(order.toArray(String[]::new));
            IamModel model = result.model();
            assertEquals("imported 1 user, 1 group, 0 roles, 1 policy from 1 account", result.summary());
            // carol (page 1) is in auditors (page 2) and has AuditReports (page 2).
            assertEquals(Set.of("group-555566667777-auditors"), targets(model, "user-555566667777-carol", RelationKind.MEMBER_OF));
            assertEquals(Set.of("policy-555566667777-AuditReports"),
                    sources(model, "user-555566667777-carol", RelationKind.ATTACHED_TO));
            assertEquals(List.of(), result.notes());
        }
    }
}
