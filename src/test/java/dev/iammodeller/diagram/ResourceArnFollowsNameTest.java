package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.model.Resource;
import org.junit.jupiter.api.Test;

/** A resource's ARN follows its name, account and type while it is the one they make; one set by hand stays. */
class ResourceArnFollowsNameTest {
    private static final Resource BUCKET = new Resource("bucket-1", "111111111111", "bucket-1", "s3:bucket",
            "arn:aws:s3:::bucket-1", null);

    @Test
    void renamingABucketRenamesItsArn() {
        Resource renamed = new Resource("bucket-1", "111111111111", "reports", "s3:bucket", "arn:aws:s3:::bucket-1", null);
        assertEquals("arn:aws:s3:::reports", ResourceTypes.followingName(BUCKET, renamed).arn());
    }

    @Test
    void movingAQueueToAnotherAccountMovesItsArn() {
        Resource queue = new Resource("q", "111111111111", "jobs", "sqs:queue", "arn:aws:sqs:us-east-1:111111111111:jobs", null);
        Resource moved = new Resource("q", "222222222222", "jobs", "sqs:queue", queue.arn(), null);
        assertEquals("arn:aws:sqs:us-east-1:222222222222:jobs", ResourceTypes.followingName(queue, moved).arn());
    }

    @Test
    void anArnSetByHandStaysWhenTheNameChanges() {
        Resource byHand = new Resource("bucket-1", "111111111111", "bucket-1", "s3:bucket", "arn:aws:s3:::exports-2024", null);
        Resource renamed = new Resource("bucket-1", "111111111111", "exports", "s3:bucket", "arn:aws:s3:::exports-2024", null);
        assertEquals("arn:aws:s3:::exports-2024", ResourceTypes.followingName(byHand, renamed).arn());
    }

    @Test
    void editingTheArnItselfIsKept() {
        Resource edited = new Resource("bucket-1", "111111111111", "bucket-1", "s3:bucket", "arn:aws:s3:::other", null);
        assertEquals("arn:aws:s3:::other", ResourceTypes.followingName(BUCKET, edited).arn());
    }

    @Test
    void aResourceOfNoAccountStillFollowsItsName() {
        Resource bucket = new Resource("b", null, "b", "s3:bucket", "arn:aws:s3:::b", null);
        Resource renamed = new Resource("b", null, "logs", "s3:bucket", "arn:aws:s3:::b", null);
        assertEquals("arn:aws:s3:::logs", ResourceTypes.followingName(bucket, renamed).arn());
    }
}
