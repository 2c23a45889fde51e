package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import org.junit.jupiter.api.Test;

/** What a frame says when zoomed out too far to show its content readably: what it holds, counted. */
class FrameSummaryTest {
    private static IamModel example(String file) throws Exception {
        return ModelFile.read(ExampleAndImportLayoutTest.resource("/examples/" + file));
    }

    @Test
    void anAccountCountsItsUsersGroupsRolesPoliciesAndTheRest() throws Exception {
        // Example 1's account: user alice, group dev, role report-logger; function report-fn; no policies of its own
        IamModel model = example("01-group-vs-service-role.iam.json");
        assertEquals("1 user · 1 group · 1 role · 1 compute", FrameSummary.of(model, Containment.of(model), "acct-111111111111"));
    }

    @Test
    void aUnitCountsWhatItHoldsFurtherDownAndOneOfAKindIsSingular() throws Exception {
        // Example 2: unit Production holds account prod, which holds one role
        IamModel model = example("02-organization-admin-access.iam.json");
        Containment containment = Containment.of(model);
        assertEquals("1 account · 1 role", FrameSummary.of(model, containment, "ou-prod"));
        // the root: units Development and Production; accounts management, dev, prod; bob, dev-admins and the
        // two OrganizationAccountAccessRoles; dev-admins' inline policy and the two SCPs
        assertEquals("2 units · 3 accounts · 1 user · 1 group · 2 roles · 3 policies", FrameSummary.of(model, containment, "r-ab12"));
    }

    @Test
    void anEmptyFrameSaysSo() throws Exception {
        IamModel model = IamModel.EMPTY.with(new dev.iammodeller.model.Account("a", "123456789012", "empty", null, false));
        assertEquals("empty", FrameSummary.of(model, Containment.of(model), "a"));
    }
}
