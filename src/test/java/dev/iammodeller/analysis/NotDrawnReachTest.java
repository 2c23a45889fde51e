package dev.iammodeller.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: granting s3:GetObject on arn:aws:s3:::reports/* to a user's group showed nothing in the Reach tab
 * until a bucket was drawn. What a principal's statements grant on ARNs the model does not draw is listed.
 */
class NotDrawnReachTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static IamModel model(String groupPolicy) {
        return IamModel.EMPTY
                .with(new Account("acct", "111111111111", "main", null, false))
                .with(new User("alice", "111111111111", "alice", "/", false, false, Map.of()))
                .with(new Group("readers", "111111111111", "readers", "/"))
                .with(new InlinePolicy("readers-policy", "readers", "read-reports", new PolicyText(groupPolicy)))
                .withRelation(new Relation(RelationKind.MEMBER_OF, "alice", "readers"));
    }

    private static String policy(String statements) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}";
    }

    private static List<String> listed(IamModel model, String principal) {
        return new ModelAnalysis(catalog, model).notDrawn(principal).stream()
                .map(o -> o.action().fullName() + " on " + o.resource() + ": " + ReachRows.words(o.outcome())).toList();
    }

    @Test
    void aGroupsGrantOnABucketNotDrawnIsListedForItsMember() {
        IamModel model = model(policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::reports/*\"}"));
        assertEquals(List.of("s3:GetObject on arn:aws:s3:::reports/*: allowed"), listed(model, "alice"));
    }

    @Test
    void onceTheBucketIsDrawnItIsNoLongerListed() {
        IamModel model = model(policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::reports/*\"}"))
                .with(new Resource("reports", "111111111111", "reports", "s3:bucket", "arn:aws:s3:::reports", null));
        assertEquals(List.of(), listed(model, "alice"));
    }

    @Test
    void aDenyStillDecidesAndOtherServicesActionsAndStarAreLeftOut() {
        IamModel model = model(policy("{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:PutObject\","
                + " \"sqs:SendMessage\"], \"Resource\": [\"arn:aws:s3:::reports/*\", \"*\","
                + " \"arn:aws:s3:::home/${aws:username}/*\"]},"
                + "{\"Effect\": \"Deny\", \"Action\": \"s3:PutObject\", \"Resource\": \"*\"}"));
        assertEquals(List.of("s3:GetObject on arn:aws:s3:::reports/*: allowed",
                "s3:PutObject on arn:aws:s3:::reports/*: denied (explicit)"), listed(model, "alice"));
    }

    @Test
    void aRoleOfTheModelIsDrawnAlready() {
        IamModel model = model(policy("{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\","
                + " \"Resource\": \"arn:aws:iam::111111111111:role/app-*\"}"))
                .with(new dev.iammodeller.model.Role("app-runner", "111111111111", "app-runner", "/",
                        new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                                + " \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}"), 1, "", Map.of()));
        assertEquals(List.of(), listed(model, "alice"), "the pattern covers role app-runner, which is drawn");
    }

    @Test
    void aConditionIsKept() {
        IamModel model = model(policy("{\"Effect\": \"Allow\", \"Action\": \"sqs:SendMessage\","
                + " \"Resource\": \"arn:aws:sqs:us-east-1:111111111111:jobs\","
                + " \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}}"));
        List<String> listed = listed(model, "alice");
        assertEquals(1, listed.size(), listed.toString());
        assertTrue(listed.get(0).startsWith("sqs:SendMessage on arn:aws:sqs:us-east-1:111111111111:jobs: conditional on"),
                listed.toString());
    }
}
