package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelCommand;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edits the canvas makes: palette drops, copies, deletions, moves of frames with their content. */
class EditsTest {
    private final IamModel model = Samples.twoInAnAccount();
    private final Drawing drawing = Drawing.of(model);

    @Test
    void aUserDroppedInAnAccountFrameLivesInThatAccountWithAFreshName() {
        Creation created = NewEntities.create(model, drawing, PaletteItem.of(EntityKind.USER), new Point(300, 170), Grid.DEFAULT);
        IamModel next = created.command().apply(model);
        User user = (User) next.entities().get(created.id());
        assertEquals("user-1", user.name());
        assertEquals(Samples.ACCOUNT, user.account());
        Layout.Point at = next.layout().nodes().get("user-1");
        assertEquals(300 - Drawing.NODE_WIDTH / 2, at.x(), 10);
        assertEquals(0, at.x() % 20);
        Creation second = NewEntities.create(next, Drawing.of(next), PaletteItem.of(EntityKind.USER), new Point(900, 900), null);
        assertEquals("user-2", second.id());
        assertEquals(Samples.ACCOUNT, ((User) second.command().apply(next).entities().get("user-2")).account(),
                "outside every frame: the model's first account");
    }

    @Test
    void aUserDroppedOnAModelWithoutAccountsComesInANewAccountFrameAroundIt() {
        Creation created = NewEntities.create(IamModel.EMPTY, Drawing.of(IamModel.EMPTY), PaletteItem.of(EntityKind.USER),
                new Point(400, 300), null);
        assertTrue(!created.isRefused(), created.refusal());
        IamModel next = created.command().apply(IamModel.EMPTY);
        User user = (User) next.entities().get(created.id());
        Account account = next.all(Account.class).get(0);
        assertEquals(account.accountId(), user.account());
        Layout.Bounds frame = next.layout().frames().get(account.id());
        Layout.Point at = next.layout().nodes().get(user.id());
        assertTrue(frame.x() <= at.x() && at.x() + Drawing.NODE_WIDTH <= frame.x() + frame.width()
                && frame.y() <= at.y() && at.y() + Drawing.NODE_HEIGHT <= frame.y() + frame.height(),
                "the user lies inside its account's frame: " + frame + " " + at);
        assertEquals(java.util.List.of(), dev.iammodeller.model.ModelRules.check(next));
        assertEquals("Add user user-1 in a new account", created.command().label());
    }

    @Test
    void aNewModelStartsWithOneAccountFrame() {
        IamModel blank = NewEntities.blankModel();
        assertEquals(1, blank.all(Account.class).size());
        assertNotNull(blank.layout().frames().get(blank.all(Account.class).get(0).id()));
        Creation user = NewEntities.create(blank, Drawing.of(blank), PaletteItem.of(EntityKind.USER), new Point(300, 120), null);
        assertEquals(blank.all(Account.class).get(0).accountId(),
                ((User) user.command().apply(blank).entities().get(user.id())).account());
    }

    @Test
    void anAccountIsAFrameWithAFreshNumber() {
        Creation created = NewEntities.create(model, drawing, PaletteItem.of(EntityKind.ACCOUNT), new Point(1000, 500), null);
        IamModel next = created.command().apply(model);
        Account account = (Account) next.entities().get(created.id());
        assertEquals("222222222222", account.accountId());
        assertNotNull(next.layout().frames().get(created.id()));
    }

    @Test
    void anInlinePolicyMustBeDroppedOnItsOwner() {
        Point onAlice = drawing.shape("alice").centre();
        Creation created = NewEntities.create(model, drawing, PaletteItem.of(EntityKind.INLINE_POLICY), onAlice, null);
        IamModel next = created.command().apply(model);
        assertEquals("alice", ((InlinePolicy) next.entities().get(created.id())).owner());
        assertTrue(NewEntities.create(model, drawing, PaletteItem.of(EntityKind.INLINE_POLICY), new Point(5, 190), null)
                .refusal().contains("drop it onto one"));
    }

    @Test
    void resourcesAndComputeTakeTheirTypeAndAMatchingArn() {
        Creation bucket = NewEntities.create(model, drawing, PaletteItem.resource("s3:bucket"), new Point(100, 150), null);
        Resource r = (Resource) bucket.command().apply(model).entities().get(bucket.id());
        assertEquals("arn:aws:s3:::bucket-1", r.arn());
        Creation fn = NewEntities.create(model, drawing, PaletteItem.compute(Compute.Type.LAMBDA_FUNCTION), new Point(100, 150), null);
        Compute c = (Compute) fn.command().apply(model).entities().get(fn.id());
        assertEquals("arn:aws:lambda:us-east-1:111111111111:function:function-1", c.arn());
    }

    @Test
    void aServiceIsOnTheCanvasOnce() {
        Creation lambda = NewEntities.create(model, drawing, PaletteItem.service("lambda", "AWS Lambda"), new Point(900, 0), null);
        IamModel next = lambda.command().apply(model);
        assertEquals("lambda", lambda.id());
        assertTrue(NewEntities.create(next, Drawing.of(next), PaletteItem.service("lambda", "AWS Lambda"), new Point(900, 300), null)
                .isRefused());
    }

    @Test
    void pastedCopiesHaveNewNamesTheirRelationsAndAnOffset() {
        Clip clip = Copies.copy(model, drawing, Set.of("alice", "dev", "acct"));
        assertEquals(2, clip.entities().size(), "frames are not copied");
        ModelCommand paste = Copies.paste(model, clip, 1);
        IamModel next = paste.apply(model);
        assertTrue(next.entities().containsKey("alice-copy"));
        assertTrue(next.entities().containsKey("dev-copy"));
        assertTrue(next.relations().contains(new Relation(RelationKind.MEMBER_OF, "alice-copy", "dev-copy")));
        assertEquals(model.layout().nodes().get("alice").x() + Copies.OFFSET, next.layout().nodes().get("alice-copy").x());
        assertEquals("Paste 2 nodes", paste.label());
        IamModel twice = Copies.paste(next, clip, 2).apply(next);
        assertTrue(twice.entities().containsKey("alice-copy-2"));
    }

    @Test
    void deletingAnAccountTakesItsContentInOneStep() {
        ModelCommand delete = Deletion.of(model, drawing.containment(), Set.of("acct"));
        IamModel next = delete.apply(model);
        assertTrue(next.entities().isEmpty());
        assertEquals("Delete 3 things", delete.label());
        assertNull(Deletion.of(model, drawing.containment(), Set.of("ghost")));
    }

    @Test
    void deletingARoleWithItsInlinePolicyDeletesThePolicyOnce() {
        IamModel withRole = model.with(new Role("r", Samples.ACCOUNT, "r", "/", new dev.iammodeller.model.PolicyText(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}"),
                1, "", java.util.Map.of()))
                .with(new InlinePolicy("p", "r", "p", new dev.iammodeller.model.PolicyText(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}")));
        IamModel next = Deletion.of(withRole, Drawing.of(withRole).containment(), Set.of("r", "p")).apply(withRole);
        assertFalse(next.entities().containsKey("r"));
        assertFalse(next.entities().containsKey("p"));
    }

    @Test
    void movingAFrameMovesItsContentInOneCommand() {
        MovePlan plan = MovePlan.of(drawing, Set.of("acct"), "acct");
        assertEquals(Set.of("acct", "alice", "dev"), plan.ids());
        MoveShapes move = plan.command(new Point(100, 40), model);
        IamModel next = move.apply(model);
        assertEquals(new Layout.Point(140, 100), next.layout().nodes().get("alice"));
        assertEquals(new Layout.Bounds(100, 40, 600, 200), next.layout().frames().get("acct"));
        assertEquals("Move 3 shapes", move.label());
        assertNull(plan.command(new Point(0, 0), model));
    }
}
