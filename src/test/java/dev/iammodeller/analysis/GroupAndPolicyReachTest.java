package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 6: a group's reach is what its members get through it; a policy's is where it is attached and what it grants. */
class GroupAndPolicyReachTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static Optional<Outcome.Kind> outcome(ForwardReach reach, String action, String resource) {
        return reach.outcomes().stream()
                .filter(o -> o.action().fullName().equalsIgnoreCase(action) && o.resource().equals(resource))
                .map(o -> o.outcome().kind()).findFirst();
    }

    @Test
    void theAdminsGroupGivesCarolEc2ButTheContractorsDenyStillWinsForIam() throws Exception {
        ModelAnalysis analysis = new ModelAnalysis(catalog, example("06-group-deny-boundary.iam.json"));
        GroupReach admins = GroupReach.of(analysis, "admins", Integer.MAX_VALUE);
        assertEquals(List.of("carol"), admins.members().stream().map(ForwardReach::principalId).toList());
        ForwardReach carol = admins.members().get(0);
        assertEquals(Optional.of(Outcome.Kind.ALLOWED), outcome(carol, "ec2:RunInstances", "*"));
        assertEquals(Optional.of(Outcome.Kind.EXPLICIT_DENY), outcome(carol, "iam:CreateUser", "*"),
                "what the admins group grants, the contractors deny takes back");
    }

    @Test
    void aGroupGrantsOnlyWhatItsOwnPoliciesAllow() throws Exception {
        ModelAnalysis analysis = new ModelAnalysis(catalog, example("06-group-deny-boundary.iam.json"));
        GroupReach contractors = GroupReach.of(analysis, "contractors", Integer.MAX_VALUE);
        assertEquals(1, contractors.members().size());
        assertTrue(contractors.members().get(0).reached().isEmpty(), "a deny-only group grants nothing");
        assertEquals(Optional.of(Outcome.Kind.EXPLICIT_DENY), outcome(contractors.members().get(0), "iam:CreateUser", "*"),
                "it shows what its own deny takes away");
    }

    @Test
    void scenario1TheGroupGivesAliceS3AndLambda() throws Exception {
        ModelAnalysis analysis = new ModelAnalysis(catalog, example("01-group-vs-service-role.iam.json"));
        ForwardReach alice = GroupReach.of(analysis, "dev", Integer.MAX_VALUE).members().get(0);
        assertEquals(NodeReach.FULL, alice.service(catalog, "s3"));
        assertEquals(NodeReach.FULL, alice.service(catalog, "lambda"));
        assertTrue(outcome(alice, "cloudwatch:PutMetricData", "*").isEmpty(), "cloudwatch:PutMetricData is not the group's");
    }

    @Test
    void aManagedPolicyReachesWhereItIsAttachedAndGrantsThere() throws Exception {
        ModelAnalysis analysis = new ModelAnalysis(catalog, example("06-group-deny-boundary.iam.json"));
        PolicyReach admin = PolicyReach.of(analysis, "AdministratorAccess", Integer.MAX_VALUE);
        assertEquals(1, admin.placements().size());
        PolicyReach.Placement placement = admin.placements().get(0);
        assertEquals("admins", placement.holderId());
        assertEquals("attached", placement.how());
        assertEquals(Optional.of(Outcome.Kind.ALLOWED), outcome(placement.grants().get(0), "ec2:RunInstances", "*"));
        assertEquals(Optional.of(Outcome.Kind.EXPLICIT_DENY), outcome(placement.grants().get(0), "iam:CreateUser", "*"));
        assertEquals(Optional.empty(), outcome(placement.grants().get(0), "sts:GetCallerIdentity", "*"),
                "GetCallerIdentity needs no permission (STS API reference), so no policy grants it");
    }

    @Test
    void anInlinePolicyReachesItsOwner() throws Exception {
        ModelAnalysis analysis = new ModelAnalysis(catalog, example("06-group-deny-boundary.iam.json"));
        PolicyReach deny = PolicyReach.of(analysis, "contractors/deny-iam-and-organizations", Integer.MAX_VALUE);
        assertEquals("contractors", deny.placements().get(0).holderId());
        assertEquals("inline", deny.placements().get(0).how());
    }

    @Test
    void aBoundaryGrantsNothing() throws Exception {
        IamModel model = dev.iammodeller.model.ModelSamples.small().withRelation(new dev.iammodeller.model.Relation(
                dev.iammodeller.model.RelationKind.BOUNDARY_OF, "read-reports", "alice"));
        PolicyReach reach = PolicyReach.of(new ModelAnalysis(catalog, model), "read-reports", Integer.MAX_VALUE);
        assertEquals(List.of("dev:attached", "alice:boundary"),
                reach.placements().stream().map(p -> p.holderId() + ":" + p.how()).toList());
        assertEquals(Optional.of(Outcome.Kind.ALLOWED), outcome(reach.placements().get(0).grants().get(0), "s3:GetObject", "*"),
                "attached to dev, it grants its member alice s3:GetObject");
        PolicyReach.Placement asBoundary = reach.placements().stream().filter(p -> p.how().equals("boundary"))
                .findFirst().orElseThrow();
        assertTrue(asBoundary.grants().isEmpty());
        assertTrue(asBoundary.note().contains("grants nothing"));
    }

    @Test
    void anScpNeverGrants() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        String scp = model.relations().stream()
                .filter(r -> r.kind() == dev.iammodeller.model.RelationKind.APPLIES_TO).findFirst().orElseThrow().from();
        PolicyReach reach = PolicyReach.of(new ModelAnalysis(catalog, model), scp, Integer.MAX_VALUE);
        assertTrue(reach.placements().stream().allMatch(p -> p.grants().isEmpty() && p.note().contains("never grants")));
        assertThrows(IllegalArgumentException.class, () -> GroupReach.of(new ModelAnalysis(catalog, model), scp, Integer.MAX_VALUE));
    }

    @Test
    void computeOfTheModelIsATargetOfTheActionsThatActOnIt() throws Exception {
        ModelAnalysis analysis = new ModelAnalysis(catalog, example("07-provisioning-escalation.iam.json"));
        ForwardReach onboardDev = analysis.forward("onboard-dev");
        assertEquals(Optional.of(Outcome.Kind.ALLOWED), outcome(onboardDev, "lambda:UpdateFunctionCode",
                "arn:aws:lambda:us-east-1:111111111111:function:onboard-fn"), "scenario 7: she may change the function's code");
    }
}
