package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.ProvisionedRoles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Example 11 is what {@link IdentityCenterExample} builds, and teaches what its description says. */
class IdentityCenterExampleTest {
    private static String shipped() throws Exception {
        try (InputStream in = IdentityCenterExampleTest.class.getResourceAsStream("/examples/" + IdentityCenterExample.FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedFileIsWhatTheBuilderMakes() throws Exception {
        IamModel built = IdentityCenterExample.build();
        assertEquals(ModelFile.toJson(built), shipped());
        assertEquals(java.util.List.of(), ModelRules.check(built));
    }

    @Test
    void mariaIsAdministratorInTwoMemberAccountsAndReaderInAThirdButNeverLeaves() throws Exception {
        IamModel model = ModelFile.read(shipped(), IdentityCenterExample.FILE);
        AccessCheck check = new AccessCheck(model);
        Map<String, String> sets = new TreeMap<>();
        Map<String, Outcome.Kind> terminate = new TreeMap<>();
        Map<String, Outcome.Kind> leave = new TreeMap<>();
        for (Assumption assumption : RoleAssumption.from(model, "maria")) {
            String role = assumption.roleId();
            String account = model.entity(role).orElseThrow().account();
            sets.put(account, ProvisionedRoles.permissionSetOf(model, role).name());
            terminate.put(account, check.outcome(role, "ec2:TerminateInstances",
                    "arn:aws:ec2:us-east-1:" + account + ":instance/i-0123456789abcdef0").kind());
            leave.put(account, check.outcome(role, "organizations:LeaveOrganization", "*").kind());
        }
        assertEquals(Map.of("222222222222", "AdministratorAccess", "333333333333", "AdministratorAccess",
                "444444444444", "ReadOnlyAccess"), sets);
        assertEquals(Map.of("222222222222", Outcome.Kind.ALLOWED, "333333333333", Outcome.Kind.ALLOWED,
                "444444444444", Outcome.Kind.IMPLICIT_DENY), terminate);
        // the SCP at the root denies it whatever the role allows; ReadOnlyAccess does not allow it at all
        assertEquals(Map.of("222222222222", Outcome.Kind.EXPLICIT_DENY, "333333333333", Outcome.Kind.EXPLICIT_DENY,
                "444444444444", Outcome.Kind.EXPLICIT_DENY), leave);
    }

    @Test
    void selectingMariaHighlightsHerRolesAndWhoCanReachARoleNamesHer() throws Exception {
        IamModel model = ModelFile.read(shipped(), IdentityCenterExample.FILE);
        dev.iammodeller.analysis.ModelAnalysis analysis = new dev.iammodeller.analysis.ModelAnalysis(
                dev.iammodeller.catalog.Catalog.load(), model);
        dev.iammodeller.analysis.ReachReport forward = dev.iammodeller.analysis.ReachReport.of(analysis, "maria", false);
        java.util.Set<String> roles = new java.util.TreeSet<>();
        RoleAssumption.from(model, "maria").forEach(a -> roles.add(a.roleId()));
        for (String role : roles) {
            assertEquals(java.util.Optional.of(dev.iammodeller.analysis.HighlightStyle.VIA_ROLE),
                    forward.highlights().style(role), role);
        }
        assertEquals(3, roles.size());
        String sandboxRole = ProvisionedRoles.roleIn(model, "read-only", "444444444444").id();
        dev.iammodeller.analysis.ReachReport reverse = dev.iammodeller.analysis.ReachReport.of(analysis, sandboxRole, true);
        assertEquals(java.util.Optional.of(dev.iammodeller.analysis.HighlightStyle.DIRECT),
                reverse.highlights().style("maria"));
    }
}
