package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
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
        List<Reacher> putMetrics = ReverseReach.of(new ModelAnalysis(Catalog.load(), check.model()),
                "cloudwatch:PutMetricData", "*").oneWayEach();
        assertTrue(putMetrics.stream().anyMatch(r -> r.principalId().equals("alice") && r.route().way() == ReachRoute.Way.INDIRECT
                && r.path().equals(List.of("alice", "report-fn", "report-logger"))), putMetrics.toString());
        assertTrue(putMetrics.stream().anyMatch(r -> r.principalId().equals("report-logger") && r.route().way() == ReachRoute.Way.DIRECT));
    }

    @Test
    void scenario2BobReachesDevOnlyViaTheRole() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        AccessCheck check = new AccessCheck(model);
        List<Reacher> devAdmin = ReverseReach.of(new ModelAnalysis(Catalog.load(), check.model()),
                "ec2:TerminateInstances", "*").oneWayEach();
        assertTrue(devAdmin.stream().anyMatch(r -> r.principalId().equals("bob") && r.route().way() == ReachRoute.Way.VIA_ROLE
                && r.path().equals(List.of("bob", "dev/OrganizationAccountAccessRole"))), devAdmin.toString());
    }

    @Test
    void scenario10OnlyASessionOnTheInstanceReachesTheAssetsIndirectly() throws Exception {
        AccessCheck check = new AccessCheck(example("10-compute-acts-with-a-role.iam.json"));
        assertEquals(List.of("web-1"), IndirectReach.of(check, "operator").stream().map(IndirectReach.Driven::computeId).toList());
        List<Reacher> assets = ReverseReach.of(new ModelAnalysis(Catalog.load(), check.model()),
                "s3:GetObject", "arn:aws:s3:::assets/logo.png").oneWayEach();
        assertTrue(assets.stream().anyMatch(r -> r.principalId().equals("operator") && r.route().way() == ReachRoute.Way.INDIRECT),
                assets.toString());
    }

    @Test
    void whoCanReachARoleFollowsAChainThroughAConditionalHopAsTheReachPanelDoes() throws Exception {
        IamModel model = example("04-third-party-access.iam.json").with(new dev.iammodeller.model.Role("exports-admin",
                "111111111111", "exports-admin", "/", new dev.iammodeller.model.PolicyText("{\"Version\": \"2012-10-17\","
                + " \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
                + " \"arn:aws:iam::111111111111:role/vendor-access\"}, \"Action\": \"sts:AssumeRole\"}]}"), 1, "",
                java.util.Map.of()));
        ModelAnalysis analysis = new ModelAnalysis(Catalog.load(), model);
        Assumption forward = analysis.assumable("vendor-engineer").stream()
                .filter(a -> a.roleId().equals("exports-admin")).findFirst().orElseThrow();
        assertEquals(List.of("vendor-access", "exports-admin"), forward.chain());
        assertEquals(List.of("sts:ExternalId"), forward.conditions());
        Reacher reverse = ReachReport.of(analysis, "exports-admin", true).reachers().stream()
                .filter(r -> r.principalId().equals("vendor-engineer")).findFirst().orElseThrow();
        assertEquals(ReachRoute.Way.VIA_ROLE, reverse.route().way());
        assertEquals(List.of("vendor-engineer", "vendor-access", "exports-admin"), reverse.path());
        assertEquals(List.of("sts:ExternalId"), reverse.conditions(), "the first hop's condition holds for the chain");
        assertEquals(HighlightStyle.CONDITIONAL, reverse.style());
    }
}
