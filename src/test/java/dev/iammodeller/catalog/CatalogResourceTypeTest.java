package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which resource types an ARN is, by the ARN templates of the Service Authorization Reference. */
class CatalogResourceTypeTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    @Test
    void anObjectArnIsAnObjectNotABucket() {
        assertEquals(List.of("s3/object"), types("arn:aws:s3:::bucket/key"));
        assertEquals(List.of("s3/object"), types("arn:aws:s3:::bucket/reports/2026:q1.csv"));
        assertTrue(types("arn:aws:s3:::bucket").contains("s3/bucket"));
        assertFalse(types("arn:aws:s3:::bucket").contains("s3/object"));
    }

    @Test
    void aRoleArnIsARoleWithOrWithoutAPath() {
        assertTrue(types("arn:aws:iam::111111111111:role/x").contains("iam/role"));
        assertTrue(types("arn:aws:iam::111111111111:role/service-role/x").contains("iam/role"));
        assertTrue(types("arn:aws-cn:iam::111111111111:role/x").contains("iam/role"));
        assertTrue(types("arn:aws:iam::111111111111:user/alice").contains("iam/user"));
        assertFalse(types("arn:aws:iam::111111111111:role/x").contains("iam/user"));
    }

    @Test
    void theMostSpecificTemplateWins() {
        assertEquals(List.of("dynamodb/table"), types("arn:aws:dynamodb:us-east-1:111111111111:table/orders"));
        assertEquals(List.of("dynamodb/index"), types("arn:aws:dynamodb:us-east-1:111111111111:table/orders/index/byDate"));
        assertEquals(List.of("lambda/function"), types("arn:aws:lambda:us-east-1:111111111111:function:f"));
        assertEquals(List.of("lambda/function alias", "lambda/function version"),
                types("arn:aws:lambda:us-east-1:111111111111:function:f:1"));
        assertEquals(List.of("logs/log-group"), types("arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/fn"));
        assertEquals(List.of("logs/log-stream"),
                types("arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/fn:log-stream:2026/01/01"));
        assertEquals(List.of("sqs/queue"), types("arn:aws:sqs:us-east-1:111111111111:jobs"));
    }

    @Test
    void aResourceTypeMatchesItsOwnShapeOnly() {
        ResourceType bucket = type("s3", "bucket");
        ResourceType object = type("s3", "object");
        assertEquals("arn:${Partition}:s3:::${BucketName}/${ObjectName}", object.arnTemplate());
        assertTrue(object.matches("arn:aws:s3:::b/k"));
        assertFalse(object.matches("arn:aws:s3:::b"));
        assertFalse(object.matches("arn:aws:s3:::b/"));
        assertTrue(bucket.matches("arn:aws:s3:::b"));
        assertFalse(bucket.matches("arn:aws:s3:::b/k"));
        assertFalse(bucket.matches("arn:aws:S3:::b"));
        ResourceType table = type("dynamodb", "table");
        assertTrue(table.matches("arn:aws:dynamodb:us-east-1:111111111111:table/orders"));
        assertFalse(table.matches("arn:aws:dynamodb:us-east-1:111111111111:orders"));
        assertTrue(types("not an arn").isEmpty());
        assertTrue(types("*").isEmpty());
    }

    private static ResourceType type(String service, String name) {
        return catalog.service(service).orElseThrow().resourceTypes().stream()
                .filter(type -> type.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> types(String arn) {
        return catalog.resourceTypesMatching(arn).stream().map(type -> type.service() + "/" + type.name()).toList();
    }
}
