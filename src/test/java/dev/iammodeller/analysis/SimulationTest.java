package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request simulator's answers: the decisions SCENARIOS.md states, with the statements by layer. */
class SimulationTest {
    private static Simulation run(String file, String principal, String action, String resource,
                                  Map<String, String> context) throws Exception {
        return Simulation.run(new AccessCheck(example(file)), principal, action, resource, context);
    }

    @Test
    void scenario4TheVendorsKeysNeedTheSourceIp() throws Exception {
        Simulation without = run("04-third-party-access.iam.json", "vendor-keys", "s3:GetObject",
                "arn:aws:s3:::exports/data.csv", Map.of());
        assertEquals("implicit deny", without.verdict());
        assertEquals(List.of("aws:SourceIp"), without.missingKeys());
        assertTrue(without.explanation().contains("It would be allowed with aws:SourceIp"), without.explanation());
        Simulation with = run("04-third-party-access.iam.json", "vendor-keys", "s3:GetObject",
                "arn:aws:s3:::exports/data.csv", Map.of("aws:SourceIp", "203.0.113.9"));
        assertEquals("allowed", with.verdict());
        assertEquals(List.of("identity"), List.copyOf(with.byLayer().keySet()));
        assertEquals("read-exports-from-vendor-network", with.statements().get(0).policyName());
    }

    @Test
    void scenario6TheGroupDenyDecides() throws Exception {
        Simulation carol = run("06-group-deny-boundary.iam.json", "carol", "iam:CreateUser",
                "arn:aws:iam::111111111111:user/x", Map.of());
        assertEquals("explicit deny", carol.verdict());
        assertEquals(List.of("group contractors"), List.copyOf(carol.byLayer().keySet()));
        assertTrue(carol.explanation().contains("the group's deny caps its members"), carol.explanation());
        assertEquals("allowed", run("06-group-deny-boundary.iam.json", "carol", "ec2:RunInstances", "*", Map.of()).verdict());
    }

    @Test
    void scenario2bTheScpCapsTheProdRole() throws Exception {
        Simulation terminate = run("02b-organization-assume-any-role.iam.json", "prod/OrganizationAccountAccessRole",
                "ec2:TerminateInstances", "*", Map.of());
        assertEquals("explicit deny", terminate.verdict(), "the SCP denies all but Describe*, Get*, List*");
        assertEquals(List.of("SCP"), List.copyOf(terminate.byLayer().keySet()));
        assertEquals("prod-read-only", terminate.statements().get(0).policyId());
        assertTrue(terminate.explanation().contains("An SCP caps it: an SCP never grants anything"), terminate.explanation());
        Simulation describe = run("02b-organization-assume-any-role.iam.json", "prod/OrganizationAccountAccessRole",
                "ec2:DescribeInstances", "*", Map.of());
        assertEquals("allowed", describe.verdict());
        assertTrue(describe.byLayer().containsKey("SCP"), describe.byLayer().toString());
    }

    @Test
    void scenarios1And8() throws Exception {
        assertEquals("implicit deny", run("01-group-vs-service-role.iam.json", "alice", "cloudwatch:PutMetricData", "*",
                Map.of()).verdict());
        assertEquals("allowed", run("01-group-vs-service-role.iam.json", "alice", "s3:GetObject", "*", Map.of()).verdict());
        assertEquals("allowed", run("08-per-user-folders.iam.json", "alice", "s3:GetObject",
                "arn:aws:s3:::shared-home/home/alice/notes.txt", Map.of()).verdict());
        assertEquals("implicit deny", run("08-per-user-folders.iam.json", "alice", "s3:GetObject",
                "arn:aws:s3:::shared-home/home/dave/notes.txt", Map.of()).verdict());
    }
}
