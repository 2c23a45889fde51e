package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IAM's own rules refuse an edit with one sentence a learner can act on. */
class ModelRulesTest {
    private final IamModel model = ModelSamples.small()
            .with(new Group("ops", ModelSamples.ACCOUNT, "ops", "/"))
            .with(new OrganizationRoot("r-ab12", "Root"))
            .with(new OrganizationPolicy("deny-all", OrganizationPolicy.Type.SCP, "DenyAll", ModelSamples.READ_REPORTS));

    private String refusal(Relation relation) {
        return assertThrows(EditRefused.class, () -> new Connect(relation).apply(model)).getMessage();
    }

    @Test
    void groupsDoNotNestAndRolesAreAssumedNotJoined() {
        assertEquals("groups do not nest: a group cannot be a member of another group",
                refusal(new Relation(RelationKind.MEMBER_OF, "dev", "ops")));
        assertEquals("a role cannot be a member of a group: roles are assumed, not joined",
                refusal(new Relation(RelationKind.MEMBER_OF, "report-logger", "dev")));
        assertTrue(refusal(new Relation(RelationKind.MEMBER_OF, "alice", "report-logger"))
                .startsWith("a user cannot be a member of a role: roles are assumed, not joined"));
        assertTrue(refusal(new Relation(RelationKind.RUNS_AS, "alice", "report-logger")).contains("does not \"have\" a role"));
    }

    @Test
    void policiesAttachToUsersGroupsAndRolesAndScpsToTheOrganization() {
        assertEquals("a policy attaches to a user, a group or a role",
                refusal(new Relation(RelationKind.ATTACHED_TO, "read-reports", "report-fn")));
        assertTrue(refusal(new Relation(RelationKind.APPLIES_TO, "deny-all", "alice")).startsWith("an SCP or RCP never attaches to an IAM user"));
        assertTrue(refusal(new Relation(RelationKind.ATTACHED_TO, "deny-all", "alice")).startsWith("an SCP or RCP attaches to"));
        assertTrue(refusal(new Relation(RelationKind.BOUNDARY_OF, "read-reports", "dev")).startsWith("a permissions boundary is set on a user or a role"));
        IamModel applied = new Connect(new Relation(RelationKind.APPLIES_TO, "deny-all", "r-ab12")).apply(model);
        assertEquals(1, applied.to("r-ab12", RelationKind.APPLIES_TO).size());
    }

    @Test
    void namesPathsAndSessionsFollowIamRules() {
        assertTrue(assertThrows(EditRefused.class, () -> new AddEntity(new User("x", ModelSamples.ACCOUNT, "bad name",
                "/", false, false, Map.of()), null).apply(model)).getMessage().contains("is not an IAM name"));
        assertTrue(assertThrows(EditRefused.class, () -> new AddEntity(new Group("g", ModelSamples.ACCOUNT, "g", "team"),
                null).apply(model)).getMessage().contains("is not an IAM path"));
        Role role = (Role) model.entity("report-logger").orElseThrow();
        Role long13 = new Role(role.id(), role.account(), role.name(), role.path(), role.trustPolicy(), 13, "", Map.of());
        assertEquals("a role's maximum session duration is 1 to 12 hours, not 13",
                assertThrows(EditRefused.class, () -> new UpdateEntity(long13).apply(model)).getMessage());
        assertTrue(assertThrows(EditRefused.class, () -> new AddEntity(new User("alice", ModelSamples.ACCOUNT, "alice2",
                "/", false, false, Map.of()), null).apply(model)).getMessage().contains("already holds"));
        assertTrue(assertThrows(EditRefused.class, () -> new AddEntity(new User("u9", "999999999999", "u9",
                "/", false, false, Map.of()), null).apply(model)).getMessage().contains("account 999999999999 is not in the model"));
    }

    @Test
    void aValidModelBreaksNoRule() {
        assertEquals(List.of(), ModelRules.check(model));
    }

    @Test
    void trustIsReadFromTheTrustPolicy() {
        IamModel withService = model.with(new AwsService("svc-lambda", "lambda", "AWS Lambda", "lambda.amazonaws.com"));
        Role role = (Role) withService.entity("report-logger").orElseThrow();
        assertEquals(List.of("lambda.amazonaws.com"), TrustedPrincipals.named(role));
        assertEquals(List.of("svc-lambda"), TrustedPrincipals.entities(withService, role));
        var edges = ModelEdges.of(withService);
        assertTrue(edges.contains(new ModelEdge(ModelEdge.Kind.TRUSTS, "report-logger", "svc-lambda")));
        assertTrue(edges.contains(new ModelEdge(ModelEdge.Kind.MEMBER_OF, "alice", "dev")));
        assertTrue(edges.contains(new ModelEdge(ModelEdge.Kind.RUNS_AS, "report-fn", "report-logger")));
    }
}
