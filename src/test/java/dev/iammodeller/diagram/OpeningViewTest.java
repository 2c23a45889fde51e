package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a model opens: whole, with its policies collapsed (dense), or as an overview (large). */
class OpeningViewTest {
    private static IamModel example() throws Exception {
        return ModelFile.read(ExampleAndImportLayoutTest.resource("/examples/01-group-vs-service-role.iam.json"));
    }

    /** Example 1 with this many more users in its account, each with AmazonS3FullAccess attached, every third an inline policy too. */
    private static IamModel withUsers(int users) throws Exception {
        IamModel model = example();
        for (int i = 0; i < users; i++) {
            model = model.with(new User("u" + i, "111111111111", "user-" + i, "/", false, false, Map.of()))
                    .withRelation(new Relation(RelationKind.ATTACHED_TO, "AmazonS3FullAccess", "u" + i));
        }
        return model;
    }

    @Test
    void theExampleOpensWhole() throws Exception {
        IamModel model = example();
        assertEquals(3, CollapsedPolicies.connections(model), "dev's two attachments and report-logger's one");
        assertFalse(OpeningView.isDense(model));
        assertTrue(OpeningView.collapsed(model).isEmpty());
        assertTrue(OpeningView.everyConnection(model));
        assertEquals("", OpeningView.note(model));
    }

    @Test
    void fromTwoHundredPolicyConnectionsAModelOpensWithItsPoliciesCollapsedAndEveryOtherConnectionDrawn() throws Exception {
        IamModel below = withUsers(196);
        assertEquals(199, CollapsedPolicies.connections(below));
        assertFalse(OpeningView.isDense(below));
        assertTrue(OpeningView.collapsed(below).isEmpty());

        IamModel dense = withUsers(197);
        assertEquals(200, CollapsedPolicies.connections(dense));
        assertTrue(OpeningView.isDense(dense));
        assertFalse(OpeningView.isLarge(dense), "200 users, groups and roles");
        assertTrue(OpeningView.collapsed(dense).isCollapsed("u0"));
        assertTrue(OpeningView.collapsed(dense).isCollapsed("dev"));
        assertTrue(OpeningView.everyConnection(dense), "memberships and trusts are few enough to draw");
        assertEquals("A model whose policies hang from their holders by 200 connections opens with its policies collapsed, "
                + "so that the rest reads; Ctrl+Alt+X expands them", OpeningView.note(dense));
    }

    @Test
    void inlinePoliciesAndBoundariesCountAsConnections() throws Exception {
        IamModel model = example().withRelation(new Relation(RelationKind.BOUNDARY_OF, "AmazonS3FullAccess", "alice"));
        assertEquals(4, CollapsedPolicies.connections(model));
        IamModel inline = model.with(new InlinePolicy("alice-own", "alice", "own",
                new dev.iammodeller.model.PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[]}")));
        assertEquals(5, CollapsedPolicies.connections(inline));
    }

    @Test
    void aLargeModelIsNotCalledDenseAndDrawsOnlyTheSelectionsConnections() throws Exception {
        IamModel large = withUsers(497); // 500 users, groups and roles with the example's
        assertTrue(OpeningView.isLarge(large));
        assertFalse(OpeningView.isDense(large));
        assertTrue(OpeningView.collapsed(large).isCollapsed("u0"));
        assertFalse(OpeningView.everyConnection(large));
        assertTrue(OpeningView.note(large).startsWith("A large model (500 users, groups and roles)"), OpeningView.note(large));
    }
}
