package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags follow IAM's character and length rules; resources and compute carry well-formed ARNs. */
class TagAndArnRulesTest {
    private final IamModel model = ModelSamples.small();

    private String refusal(Entity updated) {
        return assertThrows(EditRefused.class, () -> new UpdateEntity(updated).apply(model)).getMessage();
    }

    @Test
    void tagsFollowIamRules() {
        assertNull(IamNames.tagsProblem(Map.of("team", "blue", "cost centre", "a/b:c=d+e-f@g.h_i")));
        assertTrue(IamNames.tagsProblem(Map.of("aws:owner", "x")).contains("starts with aws:"));
        assertTrue(IamNames.tagsProblem(Map.of("team", "a;b")).contains("characters IAM refuses"));
        assertTrue(IamNames.tagsProblem(Map.of("", "x")).contains("1 to 128"));
        User alice = (User) model.entity("alice").orElseThrow();
        assertTrue(refusal(new User("alice", alice.account(), "alice", "/", true, false, Map.of("a*", "b")))
                .contains("characters IAM refuses"));
    }

    @Test
    void computeAndResourcesCarryArns() {
        Compute fn = (Compute) model.entity("report-fn").orElseThrow();
        assertTrue(refusal(new Compute(fn.id(), fn.account(), fn.type(), fn.name(), "lambda:report-fn", null))
                .contains("is not an ARN"));
        new UpdateEntity(new Compute(fn.id(), fn.account(), fn.type(), fn.name(), null, null)).apply(model);
        Resource bucket = new Resource("bucket", ModelSamples.ACCOUNT, "reports", "s3:bucket", "arn:aws:s3:::reports", null);
        IamModel withBucket = new AddEntity(bucket, null).apply(model);
        assertTrue(assertThrows(EditRefused.class, () -> new UpdateEntity(new Resource("bucket", ModelSamples.ACCOUNT,
                "reports", "s3:bucket", "s3://reports", null)).apply(withBucket)).getMessage().contains("is not an ARN"));
    }
}
