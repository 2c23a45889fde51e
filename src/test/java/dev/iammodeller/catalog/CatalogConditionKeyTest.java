package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Condition keys, global and of services, with the types AWS documents. */
class CatalogConditionKeyTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    @Test
    void globalKeysHaveTheirDocumentedTypes() {
        assertEquals("IPAddress", type("aws:SourceIp"));
        assertEquals("IPAddress", type("aws:VpcSourceIp"));
        assertEquals("Date", type("aws:CurrentTime"));
        assertEquals("Date", type("aws:EpochTime"));
        assertEquals("Date", type("aws:TokenIssueTime"));
        assertEquals("Bool", type("aws:MultiFactorAuthPresent"));
        assertEquals("Numeric", type("aws:MultiFactorAuthAge"));
        assertEquals("Bool", type("aws:SecureTransport"));
        assertEquals("Bool", type("aws:ViaAWSService"));
        assertEquals("Bool", type("aws:PrincipalIsAWSService"));
        assertEquals("ArrayOfString", type("aws:TagKeys"));
        assertEquals("ArrayOfString", type("aws:PrincipalOrgPaths"));
        assertEquals("ArrayOfString", type("aws:CalledVia"));
        assertEquals("ARN", type("aws:PrincipalArn"));
        assertEquals("ARN", type("aws:SourceArn"));
        assertEquals("ARN", type("ec2:SourceInstanceArn"));
        assertEquals("String", type("aws:SourceVpce"));
        assertEquals("String", type("aws:PrincipalOrgID"));
        assertEquals("IPAddress", type("AWS:SOURCEIP"));
        assertEquals("aws:SourceIp", catalog.conditionKey("aws:sourceip").orElseThrow().name());
        for (String key : new String[] {"aws:username", "aws:userid", "aws:PrincipalAccount", "aws:PrincipalType",
            "aws:RequestedRegion", "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ResourceOrgPaths",
            "aws:SourceAccount", "aws:SourceOrgID", "aws:PrincipalServiceName", "aws:FederatedProvider",
            "aws:SourceIdentity", "aws:Referer", "aws:UserAgent", "aws:SourceVpc", "aws:CalledViaFirst",
            "aws:CalledViaLast", "aws:AssumedRoot", "aws:VpceOrgID", "aws:Ec2InstanceSourceVpc"}) {
            assertTrue(catalog.conditionKey(key).isPresent(), key);
        }
    }

    @Test
    void templateKeysAnswerForEveryConcreteName() {
        assertEquals(new ConditionKey("aws:ResourceTag/${TagKey}", "String"), catalog.conditionKey("aws:ResourceTag/team").orElseThrow());
        assertEquals("aws:RequestTag/${TagKey}", catalog.conditionKey("aws:requesttag/CostCenter").orElseThrow().name());
        assertEquals("aws:PrincipalTag/${TagKey}", catalog.conditionKey("aws:PrincipalTag/x509Subject/CN").orElseThrow().name());
        assertEquals("s3:ExistingObjectTag/<key>", catalog.conditionKey("s3:ExistingObjectTag/classification").orElseThrow().name());
        assertEquals("kms:EncryptionContext:${EncryptionContextKey}", catalog.conditionKey("kms:EncryptionContext:app").orElseThrow().name());
        assertEquals("secretsmanager:ResourceTag/tag-key", catalog.conditionKey("secretsmanager:ResourceTag/owner").orElseThrow().name());
        assertTrue(catalog.conditionKey("aws:ResourceTag/").isEmpty());
        assertTrue(catalog.conditionKey("aws:NoSuchKey").isEmpty());
        assertTrue(catalog.conditionKey("s3:NoSuchKey").isEmpty());
    }

    @Test
    void serviceKeysHaveTheirTypes() {
        assertEquals("String", type("s3:prefix"));
        assertEquals("String", type("sts:ExternalId"));
        assertEquals("String", type("saml:aud"));
        assertEquals("String", type("iam:PassedToService"));
        assertEquals("Numeric", type("s3:max-keys"));
        assertEquals("String", type("accounts.google.com:aud"));
        assertEquals("String", type("token.actions.githubusercontent.com:repository"));
        assertEquals("ARN", type("iam:PolicyARN"));
        assertTrue(catalog.conditionKey("aws:TagKeys").orElseThrow().multivalued());
    }

    /**
     * The 1,594 AWS managed policies use 605 distinct condition keys; all but three are known (a Python script
     * over the source data and global-condition-keys.tsv found the same three, from retired services).
     */
    @Test
    void knowsTheConditionKeysOfAwsManagedPolicies() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> used = new TreeSet<>();
        for (AwsManagedPolicy policy : catalog.managedPolicies().all()) {
            JsonNode statements = json.readTree(policy.documentJson()).path("Statement");
            for (JsonNode statement : statements.isArray() ? statements : json.createArrayNode().add(statements)) {
                statement.path("Condition").forEach(block -> block.fieldNames().forEachRemaining(used::add));
            }
        }
        assertEquals(605, used.size());
        used.removeIf(key -> catalog.conditionKey(key).isPresent());
        assertEquals(Set.of("deepracer:MultiUser", "deepracer:UserToken", "lakeformation:GlueARN"), used);
    }

    private static String type(String key) {
        return catalog.conditionKey(key).map(ConditionKey::type).orElse(null);
    }
}
