package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPrincipalTest {
    @Test
    void aUserWithAPath() {
        RequestPrincipal user = RequestPrincipal.parse("arn:aws:iam::111111111111:user/division/team/alice");
        assertEquals(PrincipalKind.USER, user.kind());
        assertEquals("alice", user.name());
        assertEquals("/division/team/", user.path());
        assertEquals("111111111111", user.account());
        assertEquals("arn:aws:iam::111111111111:root", user.accountRootArn());
        assertEquals("User", user.principalType());
    }

    @Test
    void aRoleArnStandsForASessionOfThatRole() {
        RequestPrincipal role = RequestPrincipal.parse("arn:aws:iam::111111111111:role/service/web-role");
        assertEquals(PrincipalKind.ROLE_SESSION, role.kind());
        assertEquals("web-role", role.roleName());
        assertEquals("arn:aws:iam::111111111111:role/service/web-role", role.principalArn());
        assertNull(role.sessionArn());
    }

    @Test
    void anAssumedRoleSessionKnowsItsRoleByName() {
        RequestPrincipal session = RequestPrincipal.parse("arn:aws:sts::111111111111:assumed-role/web-role/i-0abc");
        assertEquals(PrincipalKind.ROLE_SESSION, session.kind());
        assertEquals("web-role", session.roleName());
        assertEquals("i-0abc", session.name());
        assertEquals("arn:aws:iam::111111111111:role/web-role", session.principalArn());
        assertEquals("AssumedRole", session.principalType());
    }

    @Test
    void otherCallers() {
        assertEquals(PrincipalKind.ROOT, RequestPrincipal.parse("arn:aws:iam::111111111111:root").kind());
        assertEquals(PrincipalKind.ANONYMOUS, RequestPrincipal.parse("anonymous").kind());
        assertEquals(PrincipalKind.SERVICE, RequestPrincipal.parse("lambda.amazonaws.com").kind());
        assertEquals(PrincipalKind.FEDERATED_USER, RequestPrincipal.parse("arn:aws:sts::111111111111:federated-user/bob").kind());
        assertEquals(PrincipalKind.SAML_PROVIDER, RequestPrincipal.parse("arn:aws:iam::111111111111:saml-provider/corp-idp").kind());
        RequestPrincipal oidc = RequestPrincipal.parse("arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com");
        assertEquals(PrincipalKind.OIDC_PROVIDER, oidc.kind());
        assertEquals("token.actions.githubusercontent.com", oidc.name());
        assertTrue(RequestPrincipal.parse("arn:aws:iam::111111111111:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk").isServiceLinkedRole());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "arn:aws:iam::1111:user/alice", "arn:aws:s3:::bucket", "arn:aws:iam::111111111111:user/",
            "arn:aws:iam::111111111111:group/dev", "arn:aws:sts::111111111111:assumed-role/only-role"})
    void notPrincipals(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RequestPrincipal.parse(text));
        assertTrue(error.getMessage().contains(text) || error.getMessage().contains("name"), error.getMessage());
    }
}
