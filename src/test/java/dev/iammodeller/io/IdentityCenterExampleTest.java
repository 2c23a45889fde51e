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
}
