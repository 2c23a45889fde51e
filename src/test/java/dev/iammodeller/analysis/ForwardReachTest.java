package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A principal's own reach in the example models, with the outcomes SCENARIOS.md states. */
class ForwardReachTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static boolean reaches(ForwardReach reach, String action, String resource) {
        return reach.reached().stream().anyMatch(o -> o.action().fullName().equals(action) && o.resource().equals(resource));
    }

    @Test
    void scenario1AliceReachesS3AndLambdaButCannotPutMetrics() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        ForwardReach alice = ForwardReach.of(catalog, new AccessCheck(model), "alice");
        assertEquals(NodeReach.FULL, alice.service(catalog, "s3"));
        assertEquals(NodeReach.FULL, alice.service(catalog, "lambda"));
        assertFalse(reaches(alice, "cloudwatch:PutMetricData", "*"));
        assertTrue(reaches(alice, "iam:PassRole", "*") || alice.reached().stream()
                .anyMatch(o -> o.action().fullName().equals("iam:PassRole")), "PassRole to Lambda, conditionally");
        ForwardReach logger = ForwardReach.of(catalog, new AccessCheck(model), "report-logger");
        assertTrue(reaches(logger, "cloudwatch:PutMetricData", "*"));
    }

    @Test
    void scenario8TheBucketIsReachedOnlyInPart() throws Exception {
        IamModel model = example("08-per-user-folders.iam.json");
        ForwardReach alice = ForwardReach.of(catalog, new AccessCheck(model), "alice");
        Resource bucket = (Resource) model.entity("shared-home").orElseThrow();
        assertEquals(NodeReach.CONDITIONAL, alice.resource(catalog, bucket),
                "s3:ListBucket holds only for the prefix home/alice/ (a condition on s3:prefix), and GetObject on "
                        + "home/alice/* is not GetObject on every object");
        assertTrue(alice.reached().stream().anyMatch(o -> o.action().fullName().equals("s3:ListBucket")
                && o.outcome().conditions().contains("s3:prefix")));
    }
}
