package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Reach panel's "not drawn" rows draw the resource a policy names, in one undoable step. */
class ResourceFromArnTest {
    private static final IamModel MODEL = laidOut(IamModel.EMPTY
            .with(new Account("acct-1", "111111111111", "main", null, false))
            .with(new Account("acct-2", "222222222222", "data", null, false))
            .with(new User("alice", "111111111111", "alice", "/", false, false, Map.of())));

    private static IamModel laidOut(IamModel model) {
        return model.withLayout(AutoLayout.rearrange(model));
    }

    private static Resource added(IamModel model, String arn) {
        Creation creation = ResourceFromArn.add(model, arn, "111111111111");
        assertTrue(!creation.isRefused(), creation.refusal());
        return (Resource) creation.command().apply(model).entities().get(creation.id());
    }

    @Test
    void aBucketPatternDrawsTheBucketInThePrincipalsAccountWithTheArnItsNameMakes() {
        Resource bucket = added(MODEL, "arn:aws:s3:::reports/*");
        assertEquals("reports", bucket.name());
        assertEquals("s3:bucket", bucket.type());
        assertEquals("arn:aws:s3:::reports", bucket.arn());
        assertEquals("111111111111", bucket.account());
        Resource renamed = ResourceTypes.followingName(bucket, new Resource(bucket.id(), bucket.account(), "archive",
                bucket.type(), bucket.arn(), null));
        assertEquals("arn:aws:s3:::archive", renamed.arn(), "its ARN follows its name");
    }

    @Test
    void anArnOfAnotherAccountOfTheModelDrawsItThereAndKeepsTheArn() {
        Resource table = added(MODEL, "arn:aws:dynamodb:eu-west-1:222222222222:table/orders*");
        assertEquals("dynamodb:table", table.type());
        assertEquals("orders", table.name());
        assertEquals("222222222222", table.account());
        assertEquals("arn:aws:dynamodb:eu-west-1:222222222222:table/orders", table.arn());
    }

    @Test
    void anAccountTheModelDoesNotHoldGivesThePrincipalsAndAnUnknownTypeItsServicesWord() {
        Resource topic = added(MODEL, "arn:aws:sns:us-east-1:999999999999:alerts");
        assertEquals("sns:topic", topic.type());
        assertEquals("111111111111", topic.account());
        assertEquals("arn:aws:sns:us-east-1:999999999999:alerts", topic.arn(), "the ARN as the policy names it");
        Resource alias = added(MODEL, "arn:aws:kms:us-east-1:111111111111:alias/app");
        assertEquals("kms:alias", alias.type());
        assertEquals("app", alias.name());
    }

    @Test
    void itIsPlacedInsideItsAccountFrameAndAnArnOfNoOneResourceIsRefused() {
        Creation creation = ResourceFromArn.add(MODEL, "arn:aws:s3:::reports/*", "111111111111");
        IamModel after = creation.command().apply(MODEL);
        Drawing drawing = Drawing.of(after);
        assertTrue(drawing.frames().get("acct-1").contains(drawing.nodes().get(creation.id())));
        assertTrue(creation.command().label().contains("reports"), creation.command().label());
        assertTrue(ResourceFromArn.add(MODEL, "arn:aws:s3:::*", "111111111111").isRefused());
        assertTrue(ResourceFromArn.add(MODEL, "arn:aws:iam::*:role/deploy-*", "111111111111").isRefused(),
                "a role is drawn from the palette as a role");
        assertEquals("reports-1", ResourceFromArn.add(after, "arn:aws:s3:::reports/*", "111111111111").id());
    }
}
