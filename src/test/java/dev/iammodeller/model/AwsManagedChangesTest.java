package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service-linked role's policies are set by its service, and a role IAM Identity Center provisions gets its
 * policies from its permission set (IAM user guide, "Using service-linked roles"; IAM Identity Center user
 * guide, "Permission sets"): a person cannot attach or detach them, but a model holding them is valid, since
 * every real account has such roles with AWS managed policies attached.
 */
class AwsManagedChangesTest {
    private static final String ACCOUNT = ModelSamples.ACCOUNT;
    private static final PolicyText SUPPORT_TRUST = new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": "
            + "[{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"support.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}");
    private static final PolicyText SSO_TRUST = new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\":"
            + " \"Allow\", \"Principal\": {\"Federated\": \"arn:aws:iam::111111111111:saml-provider/AWSSSO_1a2b3c_DO_NOT_DELETE\"},"
            + " \"Action\": [\"sts:AssumeRoleWithSAML\", \"sts:TagSession\"]}]}");

    private static IamModel model() {
        return IamModel.EMPTY
                .with(new Account("acct-1", ACCOUNT, "prod", null, false))
                .with(new Role("slr", ACCOUNT, "AWSServiceRoleForSupport", "/aws-service-role/support.amazonaws.com/",
                        SUPPORT_TRUST, 1, "", Map.of()))
                .with(new Role("sso", ACCOUNT, "AWSReservedSSO_ReadOnly_0123456789abcdef",
                        "/aws-reserved/sso.amazonaws.com/eu-west-1/", SSO_TRUST, 12, "", Map.of()))
                .with(new ManagedPolicy("support-policy", null, "AWSSupportServiceRolePolicy", "/aws-service-role/", "",
                        List.of(new ManagedPolicyVersion("v1", ModelSamples.READ_REPORTS)), "v1"))
                .with(new ManagedPolicy("read-only", null, "ReadOnlyAccess", "/", "",
                        List.of(new ManagedPolicyVersion("v1", ModelSamples.READ_REPORTS)), "v1"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "support-policy", "slr"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "read-only", "sso"));
    }

    @Test
    void aModelWhoseAwsManagedRolesHoldPoliciesBreaksNoRule() {
        assertEquals(List.of(), ModelRules.check(model()));
    }

    @Test
    void attachingToAServiceLinkedRoleIsRefusedWithTheReason() {
        EditRefused refused = assertThrows(EditRefused.class,
                () -> new Connect(new Relation(RelationKind.ATTACHED_TO, "read-only", "slr")).apply(model()));
        assertTrue(refused.getMessage().contains("service-linked role"), refused.getMessage());
    }

    @Test
    void detachingFromAServiceLinkedRoleIsRefusedWithTheReason() {
        Relation attached = new Relation(RelationKind.ATTACHED_TO, "support-policy", "slr");
        EditRefused refused = assertThrows(EditRefused.class, () -> new Disconnect(attached).apply(model()));
        assertTrue(refused.getMessage().contains("set by its service"), refused.getMessage());
    }

    @Test
    void theRolesOfAPermissionSetAreChangedThroughThePermissionSet() {
        EditRefused attach = assertThrows(EditRefused.class,
                () -> new Connect(new Relation(RelationKind.ATTACHED_TO, "support-policy", "sso")).apply(model()));
        assertTrue(attach.getMessage().contains("permission set"), attach.getMessage());
        EditRefused boundary = assertThrows(EditRefused.class,
                () -> new Connect(new Relation(RelationKind.BOUNDARY_OF, "support-policy", "sso")).apply(model()));
        assertTrue(boundary.getMessage().contains("permission set"), boundary.getMessage());
    }

    @Test
    void anOrdinaryRoleStillTakesPolicies() {
        IamModel model = model().with(new Role("app", ACCOUNT, "app", "/", SUPPORT_TRUST, 1, "", Map.of()));
        IamModel after = new Connect(new Relation(RelationKind.ATTACHED_TO, "read-only", "app")).apply(model);
        assertTrue(after.relations().contains(new Relation(RelationKind.ATTACHED_TO, "read-only", "app")));
    }
}
