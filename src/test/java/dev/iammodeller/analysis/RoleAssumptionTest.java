package dev.iammodeller.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Role assumption in the example models, with the outcomes the scenarios state. */
class RoleAssumptionTest {
    static IamModel example(String file) throws Exception {
        try (InputStream in = RoleAssumptionTest.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }

    private static List<String> roles(List<Assumption> assumptions) {
        return assumptions.stream().map(a -> a.roleId() + ":" + a.reach()).sorted().toList();
    }

    @Test
    void scenario1AliceCannotAssumeTheRoleThatTrustsOnlyLambda() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        assertEquals(List.of(), RoleAssumption.from(model, "alice"));
        assertEquals(List.of("report-logger:ALLOWED"), roles(RoleAssumption.from(model, "lambda")));
    }

    @Test
    void scenario2BobReachesOnlyTheDevRoleUntilHisGroupAllowsEveryRole() throws Exception {
        assertEquals(List.of("dev/OrganizationAccountAccessRole:ALLOWED"),
                roles(RoleAssumption.from(example("02-organization-admin-access.iam.json"), "bob")));
        assertEquals(List.of("dev/OrganizationAccountAccessRole:ALLOWED", "prod/OrganizationAccountAccessRole:ALLOWED"),
                roles(RoleAssumption.from(example("02b-organization-assume-any-role.iam.json"), "bob")));
    }

    @Test
    void scenario4TheVendorReachesTheRoleOnlyWithTheExternalId() throws Exception {
        List<Assumption> vendor = RoleAssumption.from(example("04-third-party-access.iam.json"), "vendor-engineer");
        assertEquals(List.of("vendor-access:CONDITIONAL"), roles(vendor));
        assertEquals(List.of("sts:ExternalId"), vendor.get(0).conditions());
    }

    @Test
    void scenario9TheIdentityProviderReachesTheRoleOnTheSamlAudience() throws Exception {
        List<Assumption> idp = RoleAssumption.from(example("09-federated-saml.iam.json"), "corp-idp");
        assertEquals(List.of("idp-developers:CONDITIONAL"), roles(idp));
        assertTrue(idp.get(0).conditions().stream().anyMatch(k -> k.equalsIgnoreCase("SAML:aud")), idp.toString());
    }
}
