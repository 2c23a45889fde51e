package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.ProvisionedRoles;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Escalation through IAM Identity Center: assigning a permission set (sso-001) gains the role it provisions,
 * changing one (sso-002) makes its roles administrators. Both need an Identity Center user the attacker signs
 * in as, which the model cannot show, so both paths are possible rather than certain.
 */
class EscalationIdentityCenterTest {
    private static final String SET_ARN = "arn:aws:sso:::permissionSet/ssoins-1111222233334444/ps-admin";

    /** User u with these statements; permission set Admin (everything) provisioned in account 111111111111. */
    private static IamModel estate(String... statements) {
        IamModel model = new TestEstate().user("u", statements).awsManaged("AdministratorAccess", ADMIN).model();
        model = model.with(new PermissionSet("ps-admin", "Admin", SET_ARN, "", "PT1H", List.of(), null, null))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "AdministratorAccess", "ps-admin"));
        return ProvisionedRoles.provision(model, "ps-admin", TestEstate.ACCOUNT);
    }

    private static List<EscalationPath> paths(IamModel model) {
        return EscalationAnalysis.forPrincipal(new AccessCheck(model), "u");
    }

    @Test
    void whoMayAssignTheSetInTheAccountGainsItsRoleThere() {
        IamModel model = estate(allow("sso:CreateAccountAssignment", "*"));
        Role role = ProvisionedRoles.roleIn(model, "ps-admin", TestEstate.ACCOUNT);
        List<EscalationPath> paths = paths(model);
        assertEquals(List.of(role.arn() + " by sso-001"), TestEstate.summary(paths));
        assertEquals(List.of("sso:CreateAccountAssignment", "sts:AssumeRoleWithSAML"),
                paths.get(0).steps().stream().map(EscalationStep::action).toList());
        assertEquals(List.of("an Identity Center user the attacker signs in as"), paths.get(0).assumes());
    }

    @Test
    void assigningNeedsTheAccountAsWellAsTheSet() {
        IamModel model = estate(allow("sso:CreateAccountAssignment", SET_ARN),
                allow("sso:CreateAccountAssignment", "arn:aws:sso:::account/222222222222"));
        assertEquals(List.of(), TestEstate.summary(paths(model)));
    }

    @Test
    void whoMayChangeAndProvisionTheSetGainsAdmin() {
        IamModel model = estate(allow("sso:PutInlinePolicyToPermissionSet", SET_ARN),
                allow("sso:ProvisionPermissionSet", SET_ARN));
        List<EscalationPath> paths = paths(model);
        assertEquals(List.of("admin by sso-002"), TestEstate.summary(paths));
        assertEquals(List.of("sso:PutInlinePolicyToPermissionSet", "sso:ProvisionPermissionSet", "sts:AssumeRoleWithSAML"),
                paths.get(0).steps().stream().map(EscalationStep::action).toList());
    }

    @Test
    void changingWithoutProvisioningGainsNothing() {
        assertEquals(List.of(), TestEstate.summary(paths(estate(allow("sso:PutInlinePolicyToPermissionSet", "*")))));
    }
}
