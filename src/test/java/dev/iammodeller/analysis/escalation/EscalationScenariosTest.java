package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The escalation outcomes SCENARIOS.md states for the example models (scenarios 1, 3, 7, 10 and their variants). */
class EscalationScenariosTest {
    private static final String ROLE = "arn:aws:iam::111111111111:role/";

    private static List<EscalationPath> paths(String file, String principal) throws Exception {
        return EscalationAnalysis.forPrincipal(new AccessCheck(TestEstate.example(file)), principal);
    }

    private static List<String> actions(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }

    @Test
    void scenario1AlicePassesAnyLambdaRoleToANewFunctionAndReachesReportLogger() throws Exception {
        List<EscalationPath> alice = paths("01-group-vs-service-role.iam.json", "alice");
        EscalationPath passRole = alice.stream().filter(p -> p.steps().get(0).action().equals("iam:PassRole")).findFirst()
                .orElseThrow(() -> new AssertionError(alice.toString()));
        assertEquals(ROLE + "report-logger", passRole.gains());
        assertEquals("lambda-001", passRole.rule());
        assertEquals(List.of("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"), actions(passRole));
        assertEquals(ROLE + "report-logger", passRole.steps().get(0).target());
        assertEquals(List.of("iam:PassedToService = lambda.amazonaws.com"), passRole.conditions());
        assertEquals("arn:aws:iam::111111111111:user/alice", passRole.principalArn());
    }

    @Test
    void scenario1AliceActsAsReportLoggerThroughTheCodeOfReportFnButNeverAssumesIt() throws Exception {
        List<EscalationPath> alice = paths("01-group-vs-service-role.iam.json", "alice");
        assertTrue(alice.stream().anyMatch(p -> p.gains().equals(ROLE + "report-logger")
                && p.steps().get(0).action().equals("lambda:UpdateFunctionCode")
                && p.steps().get(0).target().endsWith(":function:report-fn")), alice.toString());
        assertTrue(alice.stream().flatMap(p -> p.steps().stream()).noneMatch(s -> s.action().equals("sts:AssumeRole")));
        assertTrue(alice.stream().noneMatch(EscalationPath::gainsAdmin), alice.toString());
    }

    @Test
    void scenario3TheFreelancerHasNoPathToDeployAdmin() throws Exception {
        List<EscalationPath> freelancer = paths("03-freelancer-lambda.iam.json", "freelancer");
        assertTrue(freelancer.stream().noneMatch(p -> p.gains().equals(ROLE + "deploy-admin") || p.gainsAdmin()),
                freelancer.toString());
        // she can pass freelance-exec-reports only
        assertEquals(List.of(ROLE + "freelance-exec-reports"), freelancer.stream()
                .filter(p -> p.steps().get(0).action().equals("iam:PassRole")).map(p -> p.steps().get(0).target()).distinct().toList());
    }

    @Test
    void scenario3bPassRoleOnEveryRoleIsAPathToDeployAdmin() throws Exception {
        List<EscalationPath> freelancer = paths("03b-freelancer-pass-any-role.iam.json", "freelancer");
        EscalationPath toAdmin = freelancer.stream().filter(p -> p.gains().equals(ROLE + "deploy-admin")).findFirst()
                .orElseThrow(() -> new AssertionError(freelancer.toString()));
        assertEquals("iam:PassRole", toAdmin.steps().get(0).action());
        assertEquals(ROLE + "deploy-admin", toAdmin.steps().get(0).target());
        assertTrue(actions(toAdmin).contains("lambda:CreateFunction"), toAdmin.toString());
        // the new function's name is one her lambda:* on freelance-* allows
        assertTrue(toAdmin.steps().get(1).target().matches("arn:aws:lambda:[a-z0-9-]+:111111111111:function:freelance-.+"),
                toAdmin.toString());
    }

    @Test
    void scenario7TheProvisionerCreatesAUserWritesItAnAdminPolicyAndMakesItAKey() throws Exception {
        List<EscalationPath> provisioner = paths("07-provisioning-escalation.iam.json", "provisioner");
        EscalationPath admin = provisioner.stream().filter(EscalationPath::gainsAdmin).findFirst()
                .orElseThrow(() -> new AssertionError(provisioner.toString()));
        assertEquals(List.of("iam:CreateUser", "iam:PutUserPolicy", "iam:CreateAccessKey"), actions(admin));
        for (EscalationStep step : admin.steps()) {
            assertTrue(step.target().startsWith("arn:aws:iam::111111111111:user/customer-"), step.toString());
        }
        assertEquals(1, admin.steps().stream().map(EscalationStep::target).distinct().count());
    }

    @Test
    void scenario7WhoeverChangesTheCodeOfOnboardFnInheritsThePath() throws Exception {
        List<EscalationPath> dev = paths("07-provisioning-escalation.iam.json", "onboard-dev");
        EscalationPath admin = dev.stream().filter(EscalationPath::gainsAdmin).findFirst()
                .orElseThrow(() -> new AssertionError(dev.toString()));
        assertEquals(List.of("lambda:UpdateFunctionCode", "iam:CreateUser", "iam:PutUserPolicy", "iam:CreateAccessKey"),
                actions(admin));
        assertTrue(admin.steps().get(0).target().endsWith(":function:onboard-fn"));
        assertTrue(dev.stream().anyMatch(p -> p.gains().equals(ROLE + "provisioner")), dev.toString());
    }

    @Test
    void scenario7bABoundaryOnEveryCreatedUserLeavesNoAdminPath() throws Exception {
        for (String principal : List.of("provisioner", "onboard-dev")) {
            List<EscalationPath> found = paths("07b-provisioning-with-boundary.iam.json", principal);
            assertFalse(found.stream().anyMatch(EscalationPath::gainsAdmin), principal + ": " + found);
        }
    }

    @Test
    void scenario10RunInstancesWithPassRoleGainsWebRole() throws Exception {
        List<EscalationPath> deployer = paths("10-compute-acts-with-a-role.iam.json", "deployer");
        EscalationPath path = deployer.stream().filter(p -> p.gains().equals(ROLE + "web-role")).findFirst()
                .orElseThrow(() -> new AssertionError(deployer.toString()));
        assertEquals(List.of("iam:PassRole", "ec2:RunInstances"), actions(path));
        assertEquals("ec2-001", path.rule());
    }

    @Test
    void scenario10AStartSessionOnWeb1GainsWebRole() throws Exception {
        List<EscalationPath> operator = paths("10-compute-acts-with-a-role.iam.json", "operator");
        assertEquals(1, operator.size(), operator.toString());
        EscalationPath path = operator.get(0);
        assertEquals(ROLE + "web-role", path.gains());
        assertEquals(List.of("ssm:StartSession"), actions(path));
        assertEquals("arn:aws:ec2:us-east-1:111111111111:instance/i-0a1b2c3d4e5f60718", path.steps().get(0).target());
    }

    @Test
    void scenario2ReachThroughARoleIsNoEscalation() throws Exception {
        assertEquals(List.of(), paths("02-organization-admin-access.iam.json", "bob"));
        assertEquals(List.of(), paths("02b-organization-assume-any-role.iam.json", "bob"));
    }
}
