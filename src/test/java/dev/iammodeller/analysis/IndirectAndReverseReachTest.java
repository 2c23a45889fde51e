package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reach through compute, and who can reach a target, on the example models. */
class IndirectAndReverseReachTest {
    @Test
    void scenario1AliceReachesCloudWatchIndirectlyThroughReportFn() throws Exception {
        AccessCheck check = new AccessCheck(example("01-group-vs-service-role.iam.json"));
        List<IndirectReach.Driven> driven = IndirectReach.of(check, "alice");
        assertEquals(List.of("report-fn:report-logger:lambda:UpdateFunctionCode"),
                driven.stream().map(d -> d.computeId() + ":" + d.roleId() + ":" + d.action()).toList());
        List<ReverseReach.Reacher> putMetrics = ReverseReach.whoCan(check, "cloudwatch:PutMetricData", "*");
        assertTrue(putMetrics.stream().anyMatch(r -> r.principalId().equals("alice") && r.how().equals("indirect via")
                && r.path().equals(List.of("report-fn", "report-logger"))), putMetrics.toString());
        assertTrue(putMetrics.stream().anyMatch(r -> r.principalId().equals("report-logger") && r.how().equals("direct")));
    }

    @Test
    void scenario2BobReachesDevOnlyViaTheRole() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        AccessCheck check = new AccessCheck(model);
        List<ReverseReach.Reacher> devAdmin = ReverseReach.whoCan(check, "ec2:TerminateInstances", "*");
        assertTrue(devAdmin.stream().anyMatch(r -> r.principalId().equals("bob") && r.how().equals("via role")
                && r.path().equals(List.of("dev/OrganizationAccountAccessRole"))), devAdmin.toString());
    }

    @Test
    void scenario10OnlyASessionOnTheInstanceReachesTheAssetsIndirectly() throws Exception {
        AccessCheck check = new AccessCheck(example("10-compute-acts-with-a-role.iam.json"));
        assertEquals(List.of("web-1"), IndirectReach.of(check, "operator").stream().map(IndirectReach.Driven::computeId).toList());
        List<ReverseReach.Reacher> assets = ReverseReach.whoCan(check, "s3:GetObject", "arn:aws:s3:::assets/logo.png");
        assertTrue(assets.stream().anyMatch(r -> r.principalId().equals("operator") && r.how().equals("indirect via")),
                assets.toString());
    }
}
