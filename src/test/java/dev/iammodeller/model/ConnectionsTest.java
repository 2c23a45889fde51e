package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
    private final IamModel model = ModelSamples.small()
            .with(new User("bob", ModelSamples.ACCOUNT, "bob", "/", false, true, Map.of()))
            .with(new AwsService("svc-ec2", "ec2", "Amazon EC2", "ec2.amazonaws.com"))
            .with(new IdentityProvider("idp", ModelSamples.ACCOUNT, IdentityProvider.Type.SAML, "Okta"));

    @Test
    void userToGroupOffersMembership() {
        Connections offered = Connections.between(model, "bob", "dev");
        assertEquals(1, offered.choices().size());
        IamModel next = offered.choices().get(0).command().apply(model);
        assertTrue(next.relations().contains(new Relation(RelationKind.MEMBER_OF, "bob", "dev")));
    }

    @Test
    void policyToUserOffersAttachAndBoundary() {
        List<ConnectionChoice> choices = Connections.between(model, "read-reports", "bob").choices();
        assertEquals(2, choices.size());
        assertTrue(choices.get(0).label().startsWith("Attach"));
        assertTrue(choices.get(1).label().contains("permissions boundary"));
    }

    @Test
    void groupToRoleIsRefusedBecauseAGroupIsNotAPrincipal() {
        Connections offered = Connections.between(model, "dev", "report-logger");
        assertTrue(offered.choices().isEmpty());
        assertTrue(offered.refusal().orElseThrow().startsWith("a group is not a principal"));
    }

    @Test
    void groupToGroupSaysGroupsDoNotNest() {
        IamModel two = model.with(new Group("ops", ModelSamples.ACCOUNT, "ops", "/"));
        assertTrue(Connections.between(two, "dev", "ops").refusal().orElseThrow().contains("groups do not nest"));
    }

    @Test
    void anAlreadyDrawnRelationIsNotOfferedAgain() {
        Connections offered = Connections.between(model, "alice", "dev");
        assertTrue(offered.choices().isEmpty());
        assertTrue(offered.refusal().isPresent());
    }

    @Test
    void userToRoleOffersTrustWhichAddsAStatementNamingTheUser() {
        Connections offered = Connections.between(model, "bob", "report-logger");
        assertEquals(1, offered.choices().size());
        IamModel next = offered.choices().get(0).command().apply(model);
        Role role = (Role) next.entity("report-logger").orElseThrow();
        PolicyDocument trust = role.trustPolicy().document();
        assertEquals(2, trust.statements().size());
        Statement added = trust.statements().get(1);
        assertEquals("arn:aws:iam::111111111111:user/bob", added.principal().entries().get(0).value());
        assertTrue(TrustedPrincipals.entities(next, role).contains("bob"));
        assertTrue(Connections.between(next, "bob", "report-logger").refusal().orElseThrow().contains("already trusts"));
    }

    @Test
    void identityProviderTrustUsesTheSamlAction() {
        IamModel next = Connections.between(model, "report-logger", "idp").choices().get(0).command().apply(model);
        Role role = (Role) next.entity("report-logger").orElseThrow();
        assertTrue(role.trustPolicy().json().contains("sts:AssumeRoleWithSAML"));
        assertTrue(TrustedPrincipals.entities(next, role).contains("idp"));
    }

    @Test
    void computeToRoleOffersRunsAsAndUserToUserIsRefused() {
        IamModel spare = model.with(new Role("other", ModelSamples.ACCOUNT, "other", "/", ModelSamples.LAMBDA_TRUST, 1,
                "", Map.of()));
        assertTrue(Connections.between(spare, "report-fn", "other").choices().get(0).label().contains("runs as"));
        assertTrue(Connections.between(model, "alice", "bob").refusal().isPresent());
    }
}
