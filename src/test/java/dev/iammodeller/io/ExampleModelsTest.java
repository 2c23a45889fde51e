package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ManagedPolicies;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example models of File > Open example (src/main/resources/examples, written by
 * scripts/build-examples.py): each loads without a problem, saves to its own text, and holds what its
 * scenario in the design notes (SCENARIOS.md) describes. Expected values are the scenarios' own.
 */
class ExampleModelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ManagedPolicies awsManaged;

    private static final String MAIN = "111111111111";
    private static final String LAMBDA = "lambda.amazonaws.com";

    @BeforeAll
    static void loadCatalogue() {
        awsManaged = Catalog.load().managedPolicies();
    }

    // ---------------------------------------------------------------------------------------------
    // Every example

    record Example(String file, String title, String description) {
    }

    static List<Example> examples() {
        JsonNode index = readJson(text("index.json"));
        List<Example> out = new ArrayList<>();
        for (JsonNode item : index) {
            out.add(new Example(item.path("file").asText(), item.path("title").asText(), item.path("description").asText()));
        }
        return out;
    }

    static Stream<String> files() {
        return examples().stream().map(Example::file);
    }

    @Test
    void theIndexListsEveryExampleOnceInFileOrder() throws IOException, URISyntaxException {
        List<String> listed = files().toList();
        Path folder = Path.of(ExampleModelsTest.class.getResource("/examples/index.json").toURI()).getParent();
        List<String> present;
        try (Stream<Path> paths = Files.list(folder)) {
            present = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ModelFile.EXTENSION)).sorted().toList();
        }
        assertEquals(present, listed, "index.json lists every example file, in order");
        assertEquals(15, listed.size());
        for (int n = 1; n <= 10; n++) {
            String prefix = String.format("%02d-", n);
            assertTrue(listed.stream().anyMatch(f -> f.startsWith(prefix)), "an example for scenario " + n);
        }
        assertTrue(listed.contains("07b-provisioning-with-boundary.iam.json"));
        assertTrue(listed.contains("10-compute-acts-with-a-role.iam.json"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void loadsWithoutAProblem(String file) {
        IamModel model = load(file);
        assertFalse(model.entities().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("files")
    void savingALoadedExampleWritesItsExactText(String file) {
        assertEquals(text(file), ModelFile.toJson(load(file)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void titleAndDescriptionAreTheIndexs(Example example) {
        IamModel model = load(example.file());
        assertEquals(example.title(), model.title());
        assertEquals(example.description(), model.description());
        assertFalse(model.description().isBlank(), "an example says what it teaches");
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyNodeIsPlacedAndEveryAccountAndUnitFramed(String file) {
        IamModel model = load(file);
        for (Entity entity : model.entities().values()) {
            boolean frame = entity.kind() == EntityKind.ACCOUNT || entity.kind() == EntityKind.ORGANIZATIONAL_UNIT
                    || entity.kind() == EntityKind.ORGANIZATION_ROOT;
            if (frame) {
                assertNotNull(model.layout().frames().get(entity.id()), "a frame for " + entity.id());
            } else {
                assertNotNull(model.layout().nodes().get(entity.id()), "a position for " + entity.id());
            }
        }
        Set<String> ids = model.entities().keySet();
        assertTrue(ids.containsAll(model.layout().nodes().keySet()));
        assertTrue(ids.containsAll(model.layout().frames().keySet()));
    }

    @ParameterizedTest
    @MethodSource("files")
    void awsManagedPoliciesAreTheCataloguesRealDocuments(String file) {
        IamModel model = load(file);
        for (ManagedPolicy policy : model.all(ManagedPolicy.class)) {
            if (!policy.awsManaged()) {
                continue;
            }
            dev.iammodeller.catalog.AwsManagedPolicy real = awsManaged.byName(policy.name()).orElseThrow(
                    () -> new AssertionError(policy.name() + " is not an AWS managed policy"));
            assertEquals(real.arn(), policy.arn());
            assertEquals(1, policy.versions().size());
            assertEquals(real.versionId(), policy.defaultVersion());
            assertEquals(real.versionId(), policy.versions().get(0).versionId());
            assertEquals(readJson(real.documentJson()), doc(policy.document()), policy.name() + "'s document");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 1. Group permissions versus a service role

    @Test
    void scenario1GroupPermissionsVersusAServiceRole() {
        IamModel m = load("01-group-vs-service-role.iam.json");
        assertNotNull(account(m, MAIN));
        User alice = user(m, MAIN, "alice");
        Group dev = group(m, MAIN, "dev");
        assertTrue(related(m, RelationKind.MEMBER_OF, alice, dev));
        assertEquals(Set.of("AmazonS3FullAccess", "AWSLambda_FullAccess"), attachedNames(m, dev));
        Role logger = role(m, MAIN, "report-logger");
        assertEquals(Set.of("Service=" + LAMBDA), trusted(logger), "report-logger trusts only the Lambda service");
        assertEquals(Set.of("CloudWatchFullAccess"), attachedNames(m, logger));
        Compute fn = compute(m, "report-fn");
        assertEquals(Compute.Type.LAMBDA_FUNCTION, fn.type());
        assertEquals(MAIN, fn.account());
        assertTrue(related(m, RelationKind.RUNS_AS, fn, logger));
        assertServices(m, "lambda", "cloudwatch", "s3");
        assertEquals("monitoring.amazonaws.com", service(m, "cloudwatch").principal());
        // AWSLambda_FullAccess lets alice pass roles to Lambda only.
        JsonNode pass = only(statements(managed(m, "AWSLambda_FullAccess").document()), s -> has(s, "Action", "iam:PassRole"));
        assertEquals(LAMBDA, pass.at("/Condition/StringEquals/iam:PassedToService").asText());
    }

    // ---------------------------------------------------------------------------------------------
    // 2. Administrator access to chosen member accounts of an organization

    @Test
    void scenario2AdministratorAccessToChosenMemberAccounts() {
        IamModel m = load("02-organization-admin-access.iam.json");
        assertOrganization(m);
        Group admins = group(m, "100000000000", "dev-admins");
        User bob = user(m, "100000000000", "bob");
        assertTrue(related(m, RelationKind.MEMBER_OF, bob, admins));
        List<JsonNode> allows = statementsOf(m, admins);
        JsonNode assume = only(allows, s -> has(s, "Action", "sts:AssumeRole"));
        assertEquals(Set.of("arn:aws:iam::222222222222:role/OrganizationAccountAccessRole"), strings(assume.get("Resource")));
        assertEquals(1, allows.size(), "dev-admins allows sts:AssumeRole on the dev role only");
    }

    @Test
    void scenario2VariantAssumeAnyRole() {
        IamModel m = load("02b-organization-assume-any-role.iam.json");
        assertOrganization(m);
        Group admins = group(m, "100000000000", "dev-admins");
        assertTrue(related(m, RelationKind.MEMBER_OF, user(m, "100000000000", "bob"), admins));
        JsonNode assume = only(statementsOf(m, admins), s -> has(s, "Action", "sts:AssumeRole"));
        assertEquals(Set.of("*"), strings(assume.get("Resource")));
    }

    private static void assertOrganization(IamModel m) {
        OrganizationRoot root = only(m.all(OrganizationRoot.class), r -> true);
        Account management = account(m, "100000000000");
        Account dev = account(m, "222222222222");
        Account prod = account(m, "333333333333");
        assertTrue(management.management());
        assertFalse(dev.management());
        assertFalse(prod.management());
        assertEquals(root.id(), management.parent());
        assertEquals("dev", dev.name());
        assertEquals("prod", prod.name());
        OrganizationalUnit devUnit = (OrganizationalUnit) m.entity(dev.parent()).orElseThrow();
        OrganizationalUnit prodUnit = (OrganizationalUnit) m.entity(prod.parent()).orElseThrow();
        assertFalse(devUnit.id().equals(prodUnit.id()), "dev and prod are under their own units");
        assertEquals(root.id(), devUnit.parent());
        assertEquals(root.id(), prodUnit.parent());
        for (Account member : List.of(dev, prod)) {
            Role role = role(m, member.accountId(), "OrganizationAccountAccessRole");
            assertEquals(Set.of("AWS=arn:aws:iam::100000000000:root"), trusted(role));
            assertEquals(Set.of("AdministratorAccess"), attachedNames(m, role));
        }
        // The SCP on the prod unit denies everything but Describe*, Get*, List*.
        List<OrganizationPolicy> denying = m.all(OrganizationPolicy.class).stream()
                .filter(p -> statements(p.document()).stream().anyMatch(s -> s.path("Effect").asText().equals("Deny")))
                .toList();
        assertEquals(1, denying.size());
        OrganizationPolicy readOnly = denying.get(0);
        assertEquals(OrganizationPolicy.Type.SCP, readOnly.type());
        assertEquals(Set.of(prodUnit.id()), m.from(readOnly.id(), RelationKind.APPLIES_TO).stream()
                .map(Relation::to).collect(Collectors.toSet()), "the read-only SCP applies to the prod unit only");
        JsonNode deny = only(statements(readOnly.document()), s -> true);
        assertEquals("Deny", deny.path("Effect").asText());
        assertNull(deny.get("Action"));
        assertEquals(Set.of("*:Describe*", "*:Get*", "*:List*"), strings(deny.get("NotAction")));
        assertEquals(Set.of("*"), strings(deny.get("Resource")));
        assertNull(deny.get("Condition"));
        // Every other SCP only allows (FullAWSAccess, which AWS attaches everywhere).
        for (OrganizationPolicy other : m.all(OrganizationPolicy.class)) {
            if (other != readOnly) {
                JsonNode all = only(statements(other.document()), s -> true);
                assertEquals("Allow", all.path("Effect").asText());
                assertEquals(Set.of("*"), strings(all.get("Action")));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 3. A freelancer who may test, debug and deploy some Lambda functions

    @Test
    void scenario3Freelancer() {
        IamModel m = load("03-freelancer-lambda.iam.json");
        JsonNode pass = assertFreelancer(m);
        assertEquals(Set.of("arn:aws:iam::111111111111:role/freelance-exec-*"), strings(pass.get("Resource")));
    }

    @Test
    void scenario3VariantPassRoleOnEverything() {
        IamModel m = load("03b-freelancer-pass-any-role.iam.json");
        JsonNode pass = assertFreelancer(m);
        assertEquals(Set.of("*"), strings(pass.get("Resource")));
    }

    private static JsonNode assertFreelancer(IamModel m) {
        User freelancer = user(m, MAIN, "freelancer");
        List<JsonNode> own = statementsOf(m, freelancer);
        assertEquals(2, own.size());
        JsonNode lambda = only(own, s -> has(s, "Action", "lambda:*"));
        assertEquals(Set.of("arn:aws:lambda:*:111111111111:function:freelance-*"), strings(lambda.get("Resource")));
        assertNull(lambda.get("Condition"));
        JsonNode pass = only(own, s -> has(s, "Action", "iam:PassRole"));
        assertEquals(Set.of("iam:PassRole"), strings(pass.get("Action")));
        assertEquals(LAMBDA, pass.at("/Condition/StringEquals/iam:PassedToService").asText());
        Role reports = role(m, MAIN, "freelance-exec-reports");
        assertEquals(Set.of("Service=" + LAMBDA), trusted(reports));
        JsonNode read = only(statementsOf(m, reports), s -> has(s, "Action", "s3:GetObject"));
        assertEquals(Set.of("arn:aws:s3:::reports/*"), strings(read.get("Resource")));
        Role deployAdmin = role(m, MAIN, "deploy-admin");
        assertEquals(Set.of("Service=" + LAMBDA), trusted(deployAdmin));
        assertEquals(Set.of("AdministratorAccess"), attachedNames(m, deployAdmin));
        assertEquals("arn:aws:s3:::reports", resource(m, "reports").arn());
        Compute x = compute(m, "freelance-x");
        Compute billing = compute(m, "billing");
        assertEquals("arn:aws:lambda:us-east-1:111111111111:function:freelance-x", x.arn());
        assertEquals("arn:aws:lambda:us-east-1:111111111111:function:billing", billing.arn());
        assertTrue(related(m, RelationKind.RUNS_AS, x, reports));
        assertTrue(related(m, RelationKind.RUNS_AS, billing, deployAdmin));
        assertServices(m, "lambda", "s3");
        return pass;
    }

    // ---------------------------------------------------------------------------------------------
    // 4. Giving a third party access: a role with an external id versus shared keys

    @Test
    void scenario4ThirdPartyAccess() {
        IamModel m = load("04-third-party-access.iam.json");
        assertThirdParty(m);
        assertNull(resource(m, "exports").policy(), "no bucket policy: the role and the keys are the ways in");
    }

    @Test
    void scenario4VariantBucketPolicyNamingTheVendorAccount() {
        IamModel m = load("04b-third-party-bucket-policy.iam.json");
        assertThirdParty(m);
        PolicyText bucketPolicy = resource(m, "exports").policy();
        assertNotNull(bucketPolicy);
        JsonNode grant = only(statements(bucketPolicy), s -> true);
        assertEquals("Allow", grant.path("Effect").asText());
        assertEquals(Set.of("arn:aws:iam::444444444444:root"), strings(grant.at("/Principal/AWS")));
        assertEquals(Set.of("s3:GetObject"), strings(grant.get("Action")));
        assertEquals(Set.of("arn:aws:s3:::exports/*"), strings(grant.get("Resource")));
        // Both sides must allow: one vendor principal's own policy allows the read, the other's does not.
        User analyst = user(m, "444444444444", "vendor-analyst");
        assertTrue(statementsOf(m, analyst).stream().anyMatch(s -> has(s, "Action", "s3:GetObject")));
        User engineer = user(m, "444444444444", "vendor-engineer");
        assertFalse(statementsOf(m, engineer).stream().anyMatch(s -> has(s, "Action", "s3:GetObject")));
    }

    private static void assertThirdParty(IamModel m) {
        assertNotNull(account(m, MAIN));
        assertNotNull(account(m, "444444444444"));
        Role vendorAccess = role(m, MAIN, "vendor-access");
        assertEquals(Set.of("AWS=arn:aws:iam::444444444444:root"), trusted(vendorAccess));
        JsonNode trust = only(statements(vendorAccess.trustPolicy()), s -> true);
        assertEquals("vendor-7781", trust.at("/Condition/StringEquals/sts:ExternalId").asText());
        JsonNode read = only(statementsOf(m, vendorAccess), s -> true);
        assertEquals(Set.of("s3:GetObject"), strings(read.get("Action")));
        assertEquals(Set.of("arn:aws:s3:::exports/*"), strings(read.get("Resource")));
        User keys = user(m, MAIN, "vendor-keys");
        assertTrue(keys.accessKeys(), "vendor-keys has long-lived access keys");
        JsonNode keyRead = only(statementsOf(m, keys), s -> true);
        assertEquals(Set.of("s3:GetObject"), strings(keyRead.get("Action")));
        assertEquals(Set.of("arn:aws:s3:::exports/*"), strings(keyRead.get("Resource")));
        assertEquals("203.0.113.0/24", keyRead.at("/Condition/IpAddress/aws:SourceIp").asText());
        Resource exports = resource(m, "exports");
        assertEquals("s3:bucket", exports.type());
        assertEquals(MAIN, exports.account());
        // A vendor principal whose own account lets it assume the role.
        User engineer = user(m, "444444444444", "vendor-engineer");
        JsonNode assume = only(statementsOf(m, engineer), s -> has(s, "Action", "sts:AssumeRole"));
        assertEquals(Set.of(vendorAccess.arn()), strings(assume.get("Resource")));
        assertServices(m, "s3");
    }

    // ---------------------------------------------------------------------------------------------
    // 5. Roles are not groups

    @Test
    void scenario5RolesAreNotGroups() {
        IamModel m = load("05-roles-are-not-groups.iam.json");
        for (Relation r : m.relations()) {
            if (r.kind() == RelationKind.MEMBER_OF) {
                assertEquals(EntityKind.USER, m.entity(r.from()).orElseThrow().kind());
                assertEquals(EntityKind.GROUP, m.entity(r.to()).orElseThrow().kind());
            }
        }
        Resource bucket = resource(m, "team-data");
        // frank reads and writes the bucket through his group, erin through her own policy.
        Group team = group(m, MAIN, "data-team");
        User frank = user(m, MAIN, "frank");
        User erin = user(m, MAIN, "erin");
        assertTrue(related(m, RelationKind.MEMBER_OF, frank, team));
        assertTrue(m.from(erin.id(), RelationKind.MEMBER_OF).isEmpty());
        for (Entity holder : List.of(team, erin)) {
            JsonNode rw = only(statementsOf(m, holder), s -> has(s, "Action", "s3:PutObject"));
            assertTrue(has(rw, "Action", "s3:GetObject"));
            assertEquals(Set.of(bucket.arn() + "/*"), strings(rw.get("Resource")));
        }
        // A role trusting the account also needs sts:AssumeRole in the user's own policies...
        Role cleanup = role(m, MAIN, "data-cleanup");
        assertEquals(Set.of("AWS=arn:aws:iam::111111111111:root"), trusted(cleanup));
        JsonNode assume = only(statementsOf(m, erin), s -> has(s, "Action", "sts:AssumeRole"));
        assertEquals(Set.of(cleanup.arn()), strings(assume.get("Resource")));
        assertTrue(statementsOf(m, frank).stream().noneMatch(s -> has(s, "Action", "sts:AssumeRole")));
        // ...a role trusting the user by name does not.
        Role auditor = role(m, MAIN, "auditor");
        assertEquals(Set.of("AWS=" + frank.arn()), trusted(auditor));
    }

    @Test
    void scenario5ReferencesMembershipOfARoleAndNestedGroups() {
        String text = text("05-roles-are-not-groups.iam.json");
        assertRefused(text, null, "frank", "auditor");
        assertRefused(text, null, "auditor", "data-team");
        assertRefused(text, "everyone", "data-team", "everyone");
    }

    private static void assertRefused(String text, String extraGroup, String from, String to) {
        ObjectNode root = (ObjectNode) readJson(text);
        if (extraGroup != null) {
            ((ArrayNode) root.get("entities")).addObject().put("kind", "group").put("id", extraGroup)
                    .put("name", extraGroup).put("account", MAIN).put("path", "/");
            ((ObjectNode) root.at("/layout/nodes")).putObject(extraGroup).put("x", 0).put("y", 0);
        }
        ((ArrayNode) root.get("relations")).addObject().put("kind", "memberOf").put("from", from).put("to", to);
        ModelFileException refused = assertThrows(ModelFileException.class,
                () -> ModelFile.read(root.toPrettyString(), "05-edited.iam.json"));
        assertEquals(1, refused.problems().size(), refused.getMessage());
        assertEquals(ModelProblem.Kind.MEANING, refused.problems().get(0).kind());
    }

    // ---------------------------------------------------------------------------------------------
    // 6. A deny on a group is a boundary for its members

    @Test
    void scenario6ADenyOnAGroup() {
        IamModel m = load("06-group-deny-boundary.iam.json");
        User carol = user(m, MAIN, "carol");
        Group admins = group(m, MAIN, "admins");
        Group contractors = group(m, MAIN, "contractors");
        assertTrue(related(m, RelationKind.MEMBER_OF, carol, admins));
        assertTrue(related(m, RelationKind.MEMBER_OF, carol, contractors));
        assertEquals(Set.of("AdministratorAccess"), attachedNames(m, admins));
        InlinePolicy deny = only(m.inlinePolicies(contractors.id()), p -> true);
        JsonNode statement = only(statements(deny.document()), s -> true);
        assertEquals("Deny", statement.path("Effect").asText());
        assertFalse(statement.path("Sid").asText().isEmpty(), "the deny statement has a name to show");
        assertEquals(Set.of("iam:*", "organizations:*"), strings(statement.get("Action")));
        assertEquals(Set.of("*"), strings(statement.get("Resource")));
        assertServices(m, "iam", "ec2", "organizations");
    }

    // ---------------------------------------------------------------------------------------------
    // 7. Automated provisioning of customer buckets and users

    @Test
    void scenario7Provisioning() {
        IamModel m = load("07-provisioning-escalation.iam.json");
        List<JsonNode> own = assertProvisioner(m);
        for (String action : List.of("iam:CreateUser", "iam:PutUserPolicy", "iam:CreateAccessKey")) {
            JsonNode s = only(own, st -> has(st, "Action", action));
            assertEquals(Set.of("arn:aws:iam::111111111111:user/customer-*"), strings(s.get("Resource")));
            assertNull(s.get("Condition"), action + " is unconditional");
        }
        assertTrue(m.all(ManagedPolicy.class).isEmpty());
    }

    @Test
    void scenario7FixedVariantWithAPermissionsBoundary() {
        IamModel m = load("07b-provisioning-with-boundary.iam.json");
        List<JsonNode> own = assertProvisioner(m);
        String boundaryArn = "arn:aws:iam::111111111111:policy/customer-boundary";
        for (String action : List.of("iam:CreateUser", "iam:PutUserPolicy")) {
            JsonNode s = only(own, st -> has(st, "Action", action));
            assertEquals(Set.of("arn:aws:iam::111111111111:user/customer-*"), strings(s.get("Resource")));
            assertEquals(boundaryArn, s.at("/Condition/StringEquals/iam:PermissionsBoundary").asText());
            assertEquals(1, s.get("Condition").size());
        }
        JsonNode keys = only(own, st -> has(st, "Action", "iam:CreateAccessKey"));
        assertEquals(Set.of("arn:aws:iam::111111111111:user/customer-*"), strings(keys.get("Resource")));
        assertNull(keys.get("Condition"), "iam:CreateAccessKey does not send iam:PermissionsBoundary");
        ManagedPolicy boundary = managed(m, "customer-boundary");
        assertEquals(MAIN, boundary.account());
        assertEquals(boundaryArn, boundary.arn());
        JsonNode allow = only(statements(boundary.document()), s -> true);
        assertEquals("Allow", allow.path("Effect").asText());
        assertEquals(Set.of("s3:GetObject", "s3:PutObject", "s3:ListBucket"), strings(allow.get("Action")));
        for (String resource : strings(allow.get("Resource"))) {
            assertTrue(resource.startsWith("arn:aws:s3:::customer-*"), resource + " is a customer-* bucket");
        }
    }

    private static List<JsonNode> assertProvisioner(IamModel m) {
        Role provisioner = role(m, MAIN, "provisioner");
        assertEquals(Set.of("Service=" + LAMBDA), trusted(provisioner));
        Compute onboard = compute(m, "onboard-fn");
        assertEquals(Compute.Type.LAMBDA_FUNCTION, onboard.type());
        assertTrue(related(m, RelationKind.RUNS_AS, onboard, provisioner));
        List<JsonNode> own = statementsOf(m, provisioner);
        JsonNode buckets = only(own, s -> has(s, "Action", "s3:CreateBucket"));
        assertEquals(Set.of("arn:aws:s3:::customer-*"), strings(buckets.get("Resource")));
        Set<String> actions = new TreeSet<>();
        own.forEach(s -> actions.addAll(strings(s.get("Action"))));
        assertEquals(Set.of("s3:CreateBucket", "iam:CreateUser", "iam:PutUserPolicy", "iam:CreateAccessKey"), actions);
        assertTrue(own.stream().allMatch(s -> s.path("Effect").asText().equals("Allow")));
        // Someone who can change the code of onboard-fn (and so inherits its path).
        User dev = user(m, MAIN, "onboard-dev");
        JsonNode update = only(statementsOf(m, dev), s -> has(s, "Action", "lambda:UpdateFunctionCode"));
        assertEquals(Set.of(onboard.arn()), strings(update.get("Resource")));
        assertServices(m, "iam", "lambda", "s3");
        return own;
    }

    // ---------------------------------------------------------------------------------------------
    // 8. Per-user folders with a policy variable

    @Test
    void scenario8PerUserFolders() {
        IamModel m = load("08-per-user-folders.iam.json");
        Resource bucket = resource(m, "shared-home");
        assertEquals("arn:aws:s3:::shared-home", bucket.arn());
        Group staff = group(m, MAIN, "staff");
        assertTrue(related(m, RelationKind.MEMBER_OF, user(m, MAIN, "alice"), staff));
        assertTrue(related(m, RelationKind.MEMBER_OF, user(m, MAIN, "dave"), staff));
        List<JsonNode> own = statementsOf(m, staff);
        JsonNode objects = only(own, s -> has(s, "Action", "s3:GetObject"));
        assertEquals(Set.of("s3:GetObject", "s3:PutObject"), strings(objects.get("Action")));
        assertEquals(Set.of("arn:aws:s3:::shared-home/home/${aws:username}/*"), strings(objects.get("Resource")));
        JsonNode list = only(own, s -> has(s, "Action", "s3:ListBucket"));
        assertEquals(Set.of("arn:aws:s3:::shared-home"), strings(list.get("Resource")));
        assertEquals("home/${aws:username}/*", list.at("/Condition/StringLike/s3:prefix").asText());
        assertEquals("2012-10-17", doc(m.inlinePolicies(staff.id()).get(0).document()).path("Version").asText(),
                "policy variables need Version 2012-10-17");
    }

    // ---------------------------------------------------------------------------------------------
    // 9. Federated users from a corporate directory

    @Test
    void scenario9FederatedUsers() {
        IamModel m = load("09-federated-saml.iam.json");
        IdentityProvider idp = only(m.all(IdentityProvider.class), p -> p.name().equals("corp-idp"));
        assertEquals(IdentityProvider.Type.SAML, idp.type());
        assertEquals(MAIN, idp.account());
        assertEquals("arn:aws:iam::111111111111:saml-provider/corp-idp", idp.arn());
        Role developers = role(m, MAIN, "idp-developers");
        assertEquals(Set.of("Federated=" + idp.arn()), trusted(developers));
        JsonNode trust = only(statements(developers.trustPolicy()), s -> true);
        assertEquals(Set.of("sts:AssumeRoleWithSAML"), strings(trust.get("Action")));
        assertEquals("https://signin.aws.amazon.com/saml", trust.at("/Condition/StringEquals/SAML:aud").asText());
        assertEquals(Set.of("PowerUserAccess"), attachedNames(m, developers));
        assertTrue(developers.maxSessionHours() >= 1 && developers.maxSessionHours() <= 12);
        JsonNode notAction = only(statements(managed(m, "PowerUserAccess").document()), s -> s.has("NotAction"));
        assertEquals(Set.of("iam:*", "organizations:*", "account:*"), strings(notAction.get("NotAction")));
        assertServices(m, "iam", "organizations", "account");
    }

    // ---------------------------------------------------------------------------------------------
    // 10. Compute that acts with a role

    @Test
    void scenario10ComputeThatActsWithARole() {
        IamModel m = load("10-compute-acts-with-a-role.iam.json");
        Compute web1 = compute(m, "web-1");
        assertEquals(Compute.Type.EC2_INSTANCE, web1.type());
        assertEquals("web-profile", web1.instanceProfile());
        assertNotNull(web1.arn());
        Role webRole = role(m, MAIN, "web-role");
        assertTrue(related(m, RelationKind.RUNS_AS, web1, webRole));
        assertEquals(Set.of("Service=ec2.amazonaws.com"), trusted(webRole));
        JsonNode read = only(statementsOf(m, webRole), s -> has(s, "Action", "s3:GetObject"));
        assertEquals(Set.of("arn:aws:s3:::assets/*"), strings(read.get("Resource")));
        assertEquals("arn:aws:s3:::assets", resource(m, "assets").arn());
        // A user who may run instances and pass web-role...
        User launcher = only(m.all(User.class), u -> statementsOf(m, u).stream().anyMatch(s -> has(s, "Action", "ec2:RunInstances")));
        JsonNode pass = only(statementsOf(m, launcher), s -> has(s, "Action", "iam:PassRole"));
        assertEquals(Set.of(webRole.arn()), strings(pass.get("Resource")));
        // ...and one who may only start a session on web-1.
        User operator = only(m.all(User.class), u -> statementsOf(m, u).stream().anyMatch(s -> has(s, "Action", "ssm:StartSession")));
        JsonNode session = only(statementsOf(m, operator), s -> true);
        assertEquals(Set.of("ssm:StartSession"), strings(session.get("Action")));
        assertEquals(Set.of(web1.arn()), strings(session.get("Resource")));
        assertServices(m, "ec2", "ssm", "s3");
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private static String text(String file) {
        try (InputStream in = ExampleModelsTest.class.getResourceAsStream("/examples/" + file)) {
            if (in == null) {
                throw new AssertionError("examples/" + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IamModel load(String file) {
        try {
            return ModelFile.read(text(file), file);
        } catch (ModelFileException e) {
            return fail(e.getMessage());
        }
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode doc(PolicyText text) {
        return readJson(text.json());
    }

    private static List<JsonNode> statements(PolicyText text) {
        JsonNode statement = doc(text).get("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else {
            out.add(statement);
        }
        return out;
    }

    /** The statements of an entity's own policies: its inline policies and the managed policies attached to it. */
    private static List<JsonNode> statementsOf(IamModel m, Entity holder) {
        List<JsonNode> out = new ArrayList<>();
        m.inlinePolicies(holder.id()).forEach(p -> out.addAll(statements(p.document())));
        for (Relation r : m.to(holder.id(), RelationKind.ATTACHED_TO)) {
            out.addAll(statements(((ManagedPolicy) m.entity(r.from()).orElseThrow()).document()));
        }
        return out;
    }

    private static Set<String> strings(JsonNode value) {
        Set<String> out = new TreeSet<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(v -> out.add(v.asText()));
        } else {
            out.add(value.asText());
        }
        return out;
    }

    private static boolean has(JsonNode statement, String field, String value) {
        return strings(statement.get(field)).contains(value);
    }

    /** Every principal a role's trust policy names, as {@code Service=lambda.amazonaws.com}. */
    private static Set<String> trusted(Role role) {
        Set<String> out = new TreeSet<>();
        for (JsonNode s : statements(role.trustPolicy())) {
            assertEquals("Allow", s.path("Effect").asText());
            s.path("Principal").properties().forEach(e -> strings(e.getValue()).forEach(v -> out.add(e.getKey() + "=" + v)));
        }
        return out;
    }

    private static <T> T only(List<T> items, Predicate<T> which) {
        List<T> found = items.stream().filter(which).toList();
        assertEquals(1, found.size(), "exactly one of " + items);
        return found.get(0);
    }

    private static Account account(IamModel m, String accountId) {
        return m.account(accountId).orElseThrow(() -> new AssertionError("no account " + accountId));
    }

    private static User user(IamModel m, String accountId, String name) {
        return only(m.all(User.class), u -> u.account().equals(accountId) && u.name().equals(name));
    }

    private static Group group(IamModel m, String accountId, String name) {
        return only(m.all(Group.class), g -> g.account().equals(accountId) && g.name().equals(name));
    }

    private static Role role(IamModel m, String accountId, String name) {
        return only(m.all(Role.class), r -> r.account().equals(accountId) && r.name().equals(name));
    }

    private static ManagedPolicy managed(IamModel m, String name) {
        return only(m.all(ManagedPolicy.class), p -> p.name().equals(name));
    }

    private static Compute compute(IamModel m, String name) {
        return only(m.all(Compute.class), c -> c.name().equals(name));
    }

    private static Resource resource(IamModel m, String name) {
        return only(m.all(Resource.class), r -> r.name().equals(name));
    }

    private static AwsService service(IamModel m, String prefix) {
        return only(m.all(AwsService.class), s -> s.prefix().equals(prefix));
    }

    private static void assertServices(IamModel m, String... prefixes) {
        for (String prefix : prefixes) {
            AwsService service = service(m, prefix);
            assertTrue(service.principal().endsWith(".amazonaws.com"), service.principal());
        }
    }

    private static boolean related(IamModel m, RelationKind kind, Entity from, Entity to) {
        return m.relations().contains(new Relation(kind, from.id(), to.id()));
    }

    private static Set<String> attachedNames(IamModel m, Entity target) {
        return m.to(target.id(), RelationKind.ATTACHED_TO).stream()
                .map(r -> m.entity(r.from()).orElseThrow().name()).collect(Collectors.toSet());
    }
}
