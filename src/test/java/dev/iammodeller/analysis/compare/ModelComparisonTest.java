package dev.iammodeller.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Comparing the example models with their variants, the expected changes worked out from SCENARIOS.md and the
 * example files: 07 → 07b closes the admin path (the boundary condition), 03 → 03b opens one (PassRole on every
 * role).
 */
class ModelComparisonTest {
    private static final String ACCOUNT = "arn:aws:iam::111111111111:";

    static String text(String file) throws Exception {
        try (InputStream in = ModelComparisonTest.class.getResourceAsStream("/examples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static IamModel example(String file) throws Exception {
        return ModelFile.read(text(file), file);
    }

    private static ModelComparison compare(IamModel base, IamModel next) {
        return ModelComparison.of(Catalog.load(), base, next);
    }

    private static List<String> entityRows(ModelComparison comparison) {
        return comparison.changes().entities().stream().map(c -> c.change().word() + " " + c.subject().kind().json()
                + " " + c.subject().id() + " " + c.aspects()).toList();
    }

    private static List<String> escalationRows(ModelComparison comparison) {
        return comparison.escalations().stream().map(e -> e.change().word() + " " + e.gain().principalArn() + " -> "
                + e.gain().gains()).toList();
    }

    private static List<String> findingRows(ModelComparison comparison) {
        return comparison.findings().stream().map(f -> f.change().word() + " " + f.finding().code() + " "
                + f.finding().subjectArn()).toList();
    }

    @Test
    void scenario7bClosesTheAdminPathOfTheProvisionerAndOfWhoeverChangesItsCode() throws Exception {
        ModelComparison comparison = compare(example("07-provisioning-escalation.iam.json"),
                example("07b-provisioning-with-boundary.iam.json"));
        // the fix adds the boundary policy and rewrites the provisioner's policy; no relation changes (the boundary
        // is named by a condition, not attached)
        assertEquals(List.of("added managedPolicy customer-boundary []",
                "changed inlinePolicy provisioner/onboard-customers [policy text]"), entityRows(comparison));
        assertTrue(comparison.changes().relations().isEmpty(), comparison.changes().relations().toString());
        // the users it may create are not drawn, so nobody's own reach changes
        assertEquals(List.of(), comparison.reach());
        // provisioner's three-step admin path closes, and with it onboard-dev's (through onboard-fn's code); what
        // onboard-dev still gains (provisioner's permissions) admin included before, so it is not new
        assertEquals(List.of("removed " + ACCOUNT + "user/onboard-dev -> admin",
                "removed " + ACCOUNT + "role/provisioner -> admin"), escalationRows(comparison));
        // provisioner's escalation finding is resolved; onboard-dev's remains, smaller
        assertEquals(List.of("removed ESCALATION " + ACCOUNT + "role/provisioner",
                "changed ESCALATION " + ACCOUNT + "user/onboard-dev"), findingRows(comparison));
        FindingChange onboardDev = comparison.findings().get(1);
        assertEquals(Severity.HIGH, onboardDev.before().severity());
        assertEquals(Severity.MEDIUM, onboardDev.finding().severity());
        assertFalse(comparison.grantsNew());
    }

    @Test
    void scenario7bBackTo7OpensTheAdminPathsAgain() throws Exception {
        ModelComparison comparison = compare(example("07b-provisioning-with-boundary.iam.json"),
                example("07-provisioning-escalation.iam.json"));
        assertEquals(List.of("added " + ACCOUNT + "user/onboard-dev -> admin", "added " + ACCOUNT + "role/provisioner -> admin"),
                escalationRows(comparison));
        assertEquals(List.of("removed managedPolicy customer-boundary []",
                "changed inlinePolicy provisioner/onboard-customers [policy text]"), entityRows(comparison));
        assertTrue(comparison.grantsNew());
    }

    @Test
    void scenario3bPassingAnyRoleAddsPassRoleOnEveryRoleAndAPathToDeployAdmin() throws Exception {
        ModelComparison comparison = compare(example("03-freelancer-lambda.iam.json"),
                example("03b-freelancer-pass-any-role.iam.json"));
        assertEquals(List.of("changed inlinePolicy freelancer/freelance-lambda [policy text]"), entityRows(comparison));
        // PassRole on freelance-exec-* becomes PassRole on "*": the freelancer reaches iam:PassRole on what the model
        // does not draw, still only when passing to Lambda; nothing lost, nobody else changes
        assertEquals(1, comparison.reach().size(), comparison.reach().toString());
        PrincipalReachChange freelancer = comparison.reach().get(0);
        assertEquals("freelancer", freelancer.principal().id());
        assertEquals(List.of(new ReachItem("iam:PassRole", "*", Outcome.Kind.CONDITIONAL, List.of("iam:PassedToService"))),
                freelancer.gained());
        assertEquals(List.of(), freelancer.lost());
        // the scenario's risk: a function created with deploy-admin as its role
        assertEquals(List.of("added " + ACCOUNT + "user/freelancer -> " + ACCOUNT + "role/deploy-admin"),
                escalationRows(comparison));
        assertEquals("lambda-001", comparison.escalations().get(0).gain().path().rule());
        // the freelancer's escalation finding now names two roles instead of one
        assertEquals(List.of("changed ESCALATION " + ACCOUNT + "user/freelancer"), findingRows(comparison));
        assertTrue(comparison.grantsNew());
    }

    @Test
    void aModelComparedWithItselfHasNoChanges() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        ModelComparison comparison = compare(model, model);
        assertTrue(comparison.changes().isEmpty());
        assertEquals(List.of(), comparison.reach());
        assertEquals(List.of(), comparison.escalations());
        assertEquals(List.of(), comparison.findings());
        assertFalse(comparison.grantsNew());
    }

    @Test
    void entitiesWhoseIdsDifferArePairedByArnAndInlinePoliciesByOwnerAndName() throws Exception {
        // as two separate imports might name them: the freelancer and deploy-admin under other ids, the layout moved
        String renamed = text("03-freelancer-lambda.iam.json")
                .replaceAll("\"(id|owner|from|to)\": \"freelancer\"", "\"$1\": \"AIDAEXAMPLEFREELANCER\"")
                .replace("\"freelancer\": {", "\"AIDAEXAMPLEFREELANCER\": {")
                .replace("\"id\": \"freelancer/freelance-lambda\"", "\"id\": \"AIDAEXAMPLEFREELANCER/inline\"")
                .replace("\"freelancer/freelance-lambda\": {", "\"AIDAEXAMPLEFREELANCER/inline\": {")
                .replaceAll("\"(id|from|to)\": \"deploy-admin\"", "\"$1\": \"AROAEXAMPLEDEPLOY\"")
                .replace("\"deploy-admin\": {", "\"AROAEXAMPLEDEPLOY\": {");
        IamModel base = example("03-freelancer-lambda.iam.json");
        IamModel next = ModelFile.read(renamed, "renamed");
        assertTrue(next.entities().containsKey("AIDAEXAMPLEFREELANCER"), "the test renamed the user");
        EntityPairing pairing = EntityPairing.of(base, next);
        assertEquals("AIDAEXAMPLEFREELANCER", pairing.newId("freelancer"));
        assertEquals("AIDAEXAMPLEFREELANCER/inline", pairing.newId("freelancer/freelance-lambda"));
        assertEquals("deploy-admin", pairing.baseId("AROAEXAMPLEDEPLOY"));
        ModelComparison comparison = compare(base, next);
        assertTrue(comparison.changes().isEmpty(), comparison.changes().toString());
        assertEquals(List.of(), comparison.reach());
        assertEquals(List.of(), comparison.escalations());
        assertEquals(List.of(), comparison.findings());
    }

    @Test
    void anAttachmentIsARelationAddedAndAnAdministratorGainsEverythingInOneItem() throws Exception {
        IamModel base = example("03-freelancer-lambda.iam.json");
        IamModel next = base.withRelation(new Relation(RelationKind.ATTACHED_TO, "AdministratorAccess", "freelancer"));
        ModelComparison comparison = compare(base, next);
        assertEquals(1, comparison.changes().relations().size());
        RelationChange attached = comparison.changes().relations().get(0);
        assertEquals(Change.ADDED, attached.change());
        assertEquals("AdministratorAccess attachedTo freelancer", attached.text());
        assertTrue(comparison.changes().entities().isEmpty());
        PrincipalReachChange freelancer = comparison.reach().get(0);
        assertEquals(List.of(ReachItem.EVERYTHING), freelancer.gained());
        assertEquals(List.of(), freelancer.lost());
        // an administrator has no escalation left: its path to freelance-exec-reports closes, and it is admin-equivalent
        assertEquals(List.of("removed " + ACCOUNT + "user/freelancer -> " + ACCOUNT + "role/freelance-exec-reports"),
                escalationRows(comparison));
        assertTrue(findingRows(comparison).contains("added " + Findings.ADMIN_EQUIVALENT + " " + ACCOUNT + "user/freelancer"),
                findingRows(comparison).toString());
        assertTrue(comparison.grantsNew());
    }

    @Test
    void aRemovedRoleLosesWhatItReachedAndItsTrustChangeIsNamed() throws Exception {
        IamModel base = example("03-freelancer-lambda.iam.json");
        IamModel next = base.without("freelance-exec-reports");
        ModelComparison comparison = compare(base, next);
        assertEquals(List.of("removed inlinePolicy freelance-exec-reports/read-reports []",
                "removed role freelance-exec-reports []"), entityRows(comparison).stream().sorted().toList());
        assertEquals(List.of("removed runsAs freelance-x -> freelance-exec-reports"), comparison.changes().relations().stream()
                .map(r -> r.change().word() + " " + r.relation().kind().json() + " " + r.from().id() + " -> " + r.to().id())
                .toList());
        PrincipalReachChange role = comparison.reach().stream().filter(r -> r.principal().id().equals("freelance-exec-reports"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new ReachItem("s3:GetObject", "arn:aws:s3:::reports/*", Outcome.Kind.ALLOWED, List.of()),
                new ReachItem("s3:ListBucket", "arn:aws:s3:::reports", Outcome.Kind.ALLOWED, List.of())), role.lost());
        assertNull(EntityPairing.of(base, next).newId("freelance-exec-reports"));
        assertFalse(comparison.grantsNew());
    }

    @Test
    void aBucketPolicyChangesTheReachOfThePrincipalItNamesThoughItsOwnPoliciesDidNotChange() throws Exception {
        IamModel base = example("03-freelancer-lambda.iam.json");
        IamModel next = base.with(new Resource("reports", "111111111111", "reports", "s3:bucket", "arn:aws:s3:::reports",
                new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
                        + "\"arn:aws:iam::111111111111:user/freelancer\"}, \"Action\": \"s3:ListBucket\", "
                        + "\"Resource\": \"arn:aws:s3:::reports\"}]}")));
        ModelComparison comparison = compare(base, next);
        assertEquals(List.of("changed resource reports [resource policy]"), entityRows(comparison));
        // a bucket policy of the same account grants on its own: the freelancer lists the reports now
        assertEquals(1, comparison.reach().size(), comparison.reach().toString());
        assertEquals("freelancer", comparison.reach().get(0).principal().id());
        assertEquals(List.of(new ReachItem("s3:ListBucket", "arn:aws:s3:::reports", Outcome.Kind.ALLOWED, List.of())),
                comparison.reach().get(0).gained());
        assertTrue(comparison.grantsNew());
    }

    /** User u may assume role a; a, and role b, trust the account; a's own policy is {@code aPolicy}. */
    private static IamModel chain(String aPolicy) throws Exception {
        String trust = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
                + "\"arn:aws:iam::111111111111:root\"}, \"Action\": \"sts:AssumeRole\"}]}";
        String role = "{\"kind\": \"role\", \"id\": \"%s\", \"name\": \"%s\", \"account\": \"111111111111\", \"path\": \"/\", "
                + "\"maxSessionHours\": 1, \"description\": \"\", \"tags\": {}, \"trustPolicy\": " + trust + "}";
        String text = "{\"format\": \"iam-modeller/1\", \"title\": \"chain\", \"description\": \"\", \"entities\": ["
                + "{\"kind\": \"account\", \"id\": \"acct\", \"name\": \"main\", \"accountId\": \"111111111111\", \"management\": false},"
                + "{\"kind\": \"user\", \"id\": \"u\", \"name\": \"u\", \"account\": \"111111111111\", \"path\": \"/\", "
                + "\"accessKeys\": false, \"consolePassword\": false, \"tags\": {}},"
                + String.format(role, "a", "a") + "," + String.format(role, "b", "b") + ","
                + "{\"kind\": \"inlinePolicy\", \"id\": \"u/assume-a\", \"name\": \"assume-a\", \"owner\": \"u\", \"document\": "
                + "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", "
                + "\"Resource\": \"arn:aws:iam::111111111111:role/a\"}]}},"
                + "{\"kind\": \"inlinePolicy\", \"id\": \"a/own\", \"name\": \"own\", \"owner\": \"a\", \"document\": " + aPolicy + "}"
                + "], \"relations\": [], \"layout\": {\"nodes\": {}, \"frames\": {}}}";
        return ModelFile.read(text, "chain");
    }

    @Test
    void aRoleInTheMiddleOfAChainThatMayNowAssumeAnotherGivesItsCallersThatRoleToo() throws Exception {
        IamModel base = chain("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                + "\"Action\": \"s3:ListAllMyBuckets\", \"Resource\": \"*\"}]}");
        IamModel next = chain("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                + "\"Action\": \"sts:AssumeRole\", \"Resource\": \"arn:aws:iam::111111111111:role/b\"}]}");
        ModelComparison comparison = compare(base, next);
        ReachItem assumeB = new ReachItem("sts:AssumeRole", ACCOUNT + "role/b", Outcome.Kind.ALLOWED, List.of());
        // a may assume b now and lists buckets no more; u, whose own policies did not change, reaches b through a
        PrincipalReachChange a = comparison.reach().stream().filter(r -> r.principal().id().equals("a")).findFirst().orElseThrow();
        assertEquals(List.of(assumeB), a.gained());
        assertEquals(List.of(new ReachItem("s3:ListAllMyBuckets", "*", Outcome.Kind.ALLOWED, List.of())), a.lost());
        PrincipalReachChange u = comparison.reach().stream().filter(r -> r.principal().id().equals("u")).findFirst().orElseThrow();
        assertEquals(List.of(assumeB), u.gained());
        assertEquals(List.of(), u.lost());
    }
}
