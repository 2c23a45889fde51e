package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.model.Resource;
import org.junit.jupiter.api.Test;

/** A resource's ARN follows its name, account and type while it is the one they make; one set by hand stays. */
class ResourceArnFollowsNameTest {
    private static Resource bucket(String name, String arn) {
        return new Resource("bucket-1", "111111111111", name, "s3:bucket", arn, null);
    }

    /** The ARN {@code before} gets when the inspector changes its account and name (its ARN left as it was). */
    private static String arnAfter(Resource before, String account, String name) {
        return ResourceTypes.followingName(before,
                new Resource(before.id(), account, name, before.type(), before.arn(), before.policy())).arn();
    }

    @Test
    void renamingABucketRenamesItsArn() {
        assertEquals("arn:aws:s3:::reports", arnAfter(bucket("bucket-1", "arn:aws:s3:::bucket-1"), "111111111111", "reports"));
    }

    @Test
    void movingAQueueToAnotherAccountMovesItsArn() {
        Resource queue = new Resource("q", "111111111111", "jobs", "sqs:queue", "arn:aws:sqs:us-east-1:111111111111:jobs", null);
        assertEquals("arn:aws:sqs:us-east-1:222222222222:jobs", arnAfter(queue, "222222222222", "jobs"));
    }

    @Test
    void anArnSetByHandStaysWhenTheNameChanges() {
        assertEquals("arn:aws:s3:::exports-2024",
                arnAfter(bucket("bucket-1", "arn:aws:s3:::exports-2024"), "111111111111", "exports"));
    }

    @Test
    void editingTheArnItselfIsKept() {
        Resource before = bucket("bucket-1", "arn:aws:s3:::bucket-1");
        assertEquals("arn:aws:s3:::other", ResourceTypes.followingName(before, bucket("bucket-1", "arn:aws:s3:::other")).arn());
    }

    @Test
    void aResourceOfNoAccountStillFollowsItsName() {
        Resource b = new Resource("b", null, "b", "s3:bucket", "arn:aws:s3:::b", null);
        assertEquals("arn:aws:s3:::logs", arnAfter(b, null, "logs"));
    }
}
