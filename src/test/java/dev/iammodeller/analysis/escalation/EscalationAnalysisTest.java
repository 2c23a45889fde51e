package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.trustAws;
import static dev.iammodeller.analysis.escalation.TestEstate.trustService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis as a whole: chains, what it answers for whom, and the pathfinding data it ships with. */
class EscalationAnalysisTest {
    private static List<String> actions(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }

    @Test
    void aPathOfAUserItCanMakeAKeyForIsItsPathToo() {
        TestEstate estate = new TestEstate().user("u", allow("iam:CreateAccessKey", arn("user", "v")))
                .user("v", allow("iam:PutUserPolicy", arn("user", "v")));
        List<EscalationPath> paths = estate.paths("u");
        assertEquals(List.of(arn("user", "v") + " by iam-002", "admin by iam-002 > iam-007"), TestEstate.summary(paths));
        assertEquals(List.of("iam:CreateAccessKey", "iam:PutUserPolicy"), actions(paths.get(1)));
        assertEquals("u", paths.get(1).principalId());
    }

    @Test
    void aPathOfARoleItCanAssumeIsItsPathToo() {
        TestEstate estate = new TestEstate().user("u")
                .role("r", trustAws(arn("user", "u")), allow("iam:AttachRolePolicy", arn("role", "r")));
        List<EscalationPath> paths = estate.paths("u");
        assertEquals(List.of("admin by sts-001 > iam-009"), TestEstate.summary(paths));
        assertEquals(List.of("sts:AssumeRole", "iam:AttachRolePolicy"), actions(paths.get(0)));
    }

    @Test
    void rolesThatAssumeEachOtherEndTheChain() {
        TestEstate estate = new TestEstate().user("u")
                .role("a", trustAws(arn("user", "u")), allow("sts:AssumeRole", "*"))
                .role("b", new dev.iammodeller.model.PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":[\"" + arn("role", "a") + "\",\"" + arn("role", "c") + "\"]},\"Action\":\"sts:AssumeRole\"}]}"),
                        allow("sts:AssumeRole", "*"))
                .role("c", trustAws(arn("role", "b")), allow("sts:AssumeRole", "*"), allow("iam:PutRolePolicy", arn("role", "c")));
        List<EscalationPath> paths = estate.paths("u");
        assertEquals(List.of("admin by sts-001 > sts-001 > sts-001 > iam-005"), TestEstate.summary(paths));
    }

    @Test
    void anAdministratorHasNoPath() {
        TestEstate estate = new TestEstate().user("root-like", ADMIN).user("victim", allow("s3:*", "*"))
                .role("r", trustService("lambda.amazonaws.com"), ADMIN);
        assertEquals(List.of(), estate.summary("root-like"));
    }

    @Test
    void aServiceLinkedRoleIsNoAttacker() {
        TestEstate estate = new TestEstate()
                .role("AWSServiceRoleForX", "/aws-service-role/x.amazonaws.com/", trustService("x.amazonaws.com"),
                        allow("iam:PassRole", "*"), allow("ec2:RunInstances", "*"))
                .role("target", trustService("ec2.amazonaws.com"), ADMIN);
        assertEquals(List.of(), estate.summary("AWSServiceRoleForX"));
    }

    @Test
    void onlyUsersAndRolesHavePaths() {
        AccessCheck check = new TestEstate().user("u", allow("iam:PutUserPolicy", "*")).group("g").check();
        assertEquals(List.of(), EscalationAnalysis.forPrincipal(check, "g"));
        assertThrows(IllegalArgumentException.class, () -> EscalationAnalysis.forPrincipal(check, "nobody"));
    }

    @Test
    void allListsEveryUserAndRoleOnceAndAgreesWithForPrincipal() throws Exception {
        AccessCheck check = new AccessCheck(TestEstate.example("07-provisioning-escalation.iam.json"));
        List<EscalationPath> all = EscalationAnalysis.all(check);
        assertEquals(EscalationAnalysis.forPrincipal(check, "onboard-dev"),
                all.stream().filter(p -> p.principalId().equals("onboard-dev")).toList());
        assertEquals(EscalationAnalysis.forPrincipal(check, "provisioner"),
                all.stream().filter(p -> p.principalId().equals("provisioner")).toList());
    }

    @Test
    void theShippedPathfindingDataHoldsAll65PathsAndEachIsCoveredOrExplained() {
        List<PathfindingPaths.Entry> entries = PathfindingPaths.all();
        assertEquals(65, entries.size());
        assertEquals("iam:CreatePolicyVersion", PathfindingPaths.byId("iam-001").orElseThrow().name());
        assertEquals(List.of("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"),
                PathfindingPaths.byId("lambda-001").orElseThrow().required());
        Set<String> ids = new HashSet<>(PathfindingPaths.names().keySet());
        assertTrue(ids.containsAll(PathfindingPaths.NOT_COVERED.keySet()));
        Set<String> covered = RuleIds.covered();
        for (String id : ids) {
            assertTrue(covered.contains(id) ^ PathfindingPaths.NOT_COVERED.containsKey(id), id);
        }
        assertTrue(ids.containsAll(covered), covered.toString());
        assertEquals(65 - PathfindingPaths.NOT_COVERED.size(), covered.size());
        assertTrue(EscalationAnalysisTest.class.getResource("/escalation/LICENSE") != null);
        assertTrue(EscalationAnalysisTest.class.getResource("/escalation/NOTICE") != null);
    }

    /** The pathfinding ids the rules write, read from their tables and the ids they name. */
    static final class RuleIds {
        static Set<String> covered() {
            Set<String> out = new HashSet<>();
            PassRoleRule.FAMILIES.forEach(f -> f.variants().forEach(v -> out.add(v.id())));
            ComputeRule.FAMILIES.forEach(f -> f.variants().forEach(v -> out.add(v.id())));
            // the IAM rules: self, through a route, and the routes themselves
            out.addAll(List.of("iam-001", "iam-016", "iam-020", "iam-008", "iam-015", "iam-009", "iam-014", "iam-019",
                    "iam-010", "iam-007", "iam-018", "iam-005", "iam-017", "iam-021", "iam-011", "iam-013", "iam-012",
                    "iam-002", "iam-004", "iam-006"));
            return out;
        }
    }
}
