package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.PolicyText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the canvas highlights for a selected node, on the example models and the outcomes SCENARIOS.md states. */
class HighlightsTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static Highlights forward(IamModel model, String id) {
        return ReachReport.of(new ModelAnalysis(catalog, model), id, false).highlights();
    }

    private static Highlights reverse(IamModel model, String id) {
        return ReachReport.of(new ModelAnalysis(catalog, model), id, true).highlights();
    }

    @Test
    void scenario1AliceReachesS3AndLambdaDirectlyAndCloudWatchIndirectlyThroughReportFn() throws Exception {
        Highlights alice = forward(example("01-group-vs-service-role.iam.json"), "alice");
        assertEquals(Map.of(
                "s3", HighlightStyle.DIRECT,
                "lambda", HighlightStyle.DIRECT,
                "cloudwatch", HighlightStyle.INDIRECT,
                "report-fn", HighlightStyle.INDIRECT,
                "report-logger", HighlightStyle.INDIRECT,
                "dev", HighlightStyle.SOURCE,
                "AmazonS3FullAccess", HighlightStyle.SOURCE,
                "AWSLambda_FullAccess", HighlightStyle.SOURCE), alice.styles());
        assertTrue(alice.dims("CloudWatchFullAccess"), "what alice does not reach is dimmed");
        assertFalse(alice.dims("alice"), "the selection itself is not dimmed");
        assertEquals(List.of(new Highlights.Edge("alice", "report-fn", "lambda:UpdateFunctionCode"),
                new Highlights.Edge("report-fn", "report-logger", "runs as")), alice.paths().get(0).edges());
        assertTrue(alice.explanation("cloudwatch").startsWith("Reached indirect via report-fn (as role report-logger)"),
                alice.explanation("cloudwatch"));
        assertTrue(alice.explanation("cloudwatch").endsWith(HighlightStyle.INDIRECT.rule()));
    }

    @Test
    void scenario1ADenyOnTheGroupTurnsS3Denied() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        IamModel denied = model.with(new InlinePolicy("dev/no-s3", "dev", "no-s3", new PolicyText("""
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "NoS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}""")));
        Highlights alice = forward(denied, "alice");
        assertEquals(HighlightStyle.DENIED, alice.style("s3").orElseThrow());
        assertEquals(HighlightStyle.DIRECT, alice.style("lambda").orElseThrow());
        String why = alice.explanation("s3");
        assertTrue(why.contains("statement \"NoS3\" (#0) of no-s3, line 2 (group dev)"), why);
        assertTrue(why.contains("the group's deny caps its members"), why);
        assertEquals(HighlightStyle.SOURCE, alice.style("dev/no-s3").orElseThrow());
    }

    @Test
    void scenario1ReportLoggerIsAssumableByTheLambdaServiceAndDrivenByAlice() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        assertEquals(HighlightStyle.DIRECT, forward(model, "report-logger").style("cloudwatch").orElseThrow());
        Highlights who = reverse(model, "report-logger");
        assertEquals(Highlights.Mode.REVERSE, who.mode());
        assertEquals(HighlightStyle.DIRECT, who.style("lambda").orElseThrow(), "its trust names the Lambda service");
        assertEquals(HighlightStyle.INDIRECT, who.style("alice").orElseThrow(), "alice can change report-fn's code");
        assertEquals(HighlightStyle.INDIRECT, who.style("report-fn").orElseThrow());
    }

    @Test
    void scenario4TheVendorReachesExportsOnlyWithTheExternalId() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        Highlights vendor = forward(model, "vendor-engineer");
        assertEquals(HighlightStyle.CONDITIONAL, vendor.style("vendor-access").orElseThrow());
        assertEquals(HighlightStyle.CONDITIONAL, vendor.style("exports").orElseThrow());
        assertTrue(vendor.explanation("vendor-access").contains("confused deputy"), vendor.explanation("vendor-access"));
        Highlights exports = reverse(model, "exports");
        assertEquals(HighlightStyle.CONDITIONAL, exports.style("vendor-keys").orElseThrow(), "only from the vendor's network");
        assertEquals(HighlightStyle.CONDITIONAL, exports.style("vendor-engineer").orElseThrow());
        assertEquals(HighlightStyle.DIRECT, exports.style("vendor-access").orElseThrow());
    }

    @Test
    void scenario6TheGroupDenyWinsOverAdministratorAccess() throws Exception {
        Highlights carol = forward(example("06-group-deny-boundary.iam.json"), "carol");
        assertEquals(HighlightStyle.DENIED, carol.style("iam").orElseThrow());
        assertEquals(HighlightStyle.DENIED, carol.style("organizations").orElseThrow());
        assertEquals(HighlightStyle.DIRECT, carol.style("ec2").orElseThrow());
        assertTrue(carol.explanation("iam").contains("deny-iam-and-organizations"), carol.explanation("iam"));
        Highlights group = forward(example("06-group-deny-boundary.iam.json"), "contractors");
        assertEquals(HighlightStyle.SOURCE, group.style("carol").orElseThrow(), "the member the group's policies reach");
        assertEquals(HighlightStyle.DENIED, group.style("iam").orElseThrow(), "what the members get through the group");
    }

    @Test
    void scenario9TheIdentityProviderReachesItsRoleOnTheSamlAudience() throws Exception {
        Highlights idp = forward(example("09-federated-saml.iam.json"), "corp-idp");
        assertEquals(HighlightStyle.CONDITIONAL, idp.style("idp-developers").orElseThrow());
        assertEquals(List.of(new Highlights.Edge("corp-idp", "idp-developers", "sts:AssumeRoleWithSAML")),
                idp.paths().get(0).edges());
        assertTrue(idp.explanation("idp-developers").contains("SAML:aud"));
    }

    @Test
    void scenario2ThePolicyShowsWhereItIsAttachedAndTheScpWhereItCaps() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        Highlights scp = forward(model, "prod-read-only");
        assertEquals(Map.of("ou-prod", HighlightStyle.SOURCE), scp.styles());
        assertTrue(scp.explanation("ou-prod").contains("an SCP never grants anything"));
        Highlights admin = reverse(model, "AdministratorAccess");
        assertEquals(HighlightStyle.DIRECT, admin.style("dev/OrganizationAccountAccessRole").orElseThrow());
        assertEquals(HighlightStyle.VIA_ROLE, admin.style("bob").orElseThrow(), "bob gets it by assuming the dev role");
    }

    @Test
    void scenario7TheProvisionerEscalatesAndTheBoundaryClosesThePath() throws Exception {
        IamModel model = example("07-provisioning-escalation.iam.json");
        Escalations open = Escalations.of(new AccessCheck(model));
        assertTrue(open.hasPath("provisioner"));
        assertTrue(open.paths("provisioner").stream().anyMatch(p -> p.gainsAdmin()));
        assertTrue(open.badgeText(model, "provisioner").startsWith("provisioner can give itself more permissions than"
                + " it has: it can gain administrator (every action on every resource)."), open.badgeText(model, "provisioner"));
        List<Highlights.Edge> steps = Escalations.edges(model, open.paths("provisioner").get(0));
        assertTrue(steps.stream().allMatch(e -> e.from().equals("provisioner") && e.label().contains(":")), steps.toString());
        Escalations closed = Escalations.of(new AccessCheck(example("07b-provisioning-with-boundary.iam.json")));
        assertFalse(closed.hasPath("provisioner"), closed.byPrincipal().toString());
    }

    @Test
    void everyStyleHasItsRuleAndPseudoClass() {
        for (HighlightStyle style : HighlightStyle.values()) {
            assertTrue(style.rule().endsWith("."), style + ": " + style.rule());
            assertTrue(style.pseudoClass().startsWith("reach-"));
        }
        assertTrue(HighlightStyle.DENIED.rule().contains("wins over every Allow"));
        assertTrue(Teaching.cap(dev.iammodeller.eval.PolicyLayer.SCP).contains("never grants"));
        assertTrue(Teaching.condition("sts:ExternalId").contains("external id"));
    }
}
