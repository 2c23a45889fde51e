package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Focus views: what each shows of example 1 (account main: user alice in group dev, role report-logger that
 * function report-fn runs as; AWS managed policies AWSLambda_FullAccess and AmazonS3FullAccess attached to dev,
 * CloudWatchFullAccess to report-logger; the services s3, lambda and cloudwatch outside the account).
 */
class FocusViewTest {
    private static final String ACCOUNT = "acct-111111111111";

    private static IamModel example() throws Exception {
        return ModelFile.read(ExampleAndImportLayoutTest.resource("/examples/01-group-vs-service-role.iam.json"));
    }

    private static Set<String> shown(IamModel model, Focus focus) {
        return focus.shown(model, Containment.of(model));
    }

    @Test
    void everythingHidesNothing() throws Exception {
        IamModel model = example();
        assertNull(shown(model, Focus.EVERYTHING));
        ShownPart part = ShownPart.of(model, Focus.EVERYTHING, CollapsedPolicies.NONE);
        assertSame(model, part.model());
        assertEquals("", part.caption());
    }

    @Test
    void reachShowsTheSubjectWhatItsHighlightsNameAndTheFramesAroundThem() throws Exception {
        IamModel model = example();
        Focus focus = Focus.reach("alice", Set.of("dev", "AmazonS3FullAccess", "s3"), false);
        assertEquals(Set.of("alice", "dev", "AmazonS3FullAccess", "s3", ACCOUNT), shown(model, focus));
        ShownPart part = ShownPart.of(model, focus, CollapsedPolicies.NONE);
        assertEquals(Set.of("alice", "dev", "AmazonS3FullAccess", "s3", ACCOUNT), part.model().entities().keySet());
        // alice's membership and the attachment to dev stay; the other two attachments and runs-as go with their ends
        assertEquals(Set.of(new Relation(RelationKind.MEMBER_OF, "alice", "dev"),
                new Relation(RelationKind.ATTACHED_TO, "AmazonS3FullAccess", "dev")), Set.copyOf(part.model().relations()));
        assertEquals(11 - 5, part.hidden());
        assertEquals("What alice reaches: 5 of 11 drawn", part.caption());
        assertEquals("Who can reach alice", Focus.reach("alice", Set.of(), true).describe(model));
    }

    @Test
    void oneAccountShowsWhatItHoldsAndTheFramelessNodesItsContentIsConnectedTo() throws Exception {
        IamModel model = example();
        Set<String> shown = shown(model, Focus.frame(ACCOUNT));
        assertTrue(shown.containsAll(Set.of(ACCOUNT, "alice", "dev", "report-logger", "report-fn",
                "AWSLambda_FullAccess", "AmazonS3FullAccess", "CloudWatchFullAccess")), shown.toString());
        assertEquals("Account main", Focus.frame(ACCOUNT).describe(model));
    }

    @Test
    void aFilterKeepsKindsTagsAndTextTogether() throws Exception {
        IamModel model = example();
        assertEquals(Set.of("alice", ACCOUNT), shown(model, Focus.filter(new FocusFilter(Set.of(EntityKind.USER), "", ""))));
        assertEquals(Set.of("report-logger", "report-fn", ACCOUNT),
                shown(model, Focus.filter(new FocusFilter(Set.of(), "", "REPORT"))));
        assertEquals(Set.of("report-logger", ACCOUNT),
                shown(model, Focus.filter(new FocusFilter(Set.of(EntityKind.ROLE), "", "report"))));
        User bob = new User("bob", "111111111111", "bob", "/", false, false, Map.of("Team", "data"));
        IamModel tagged = model.with(bob);
        assertEquals(Set.of("bob", ACCOUNT), shown(tagged, Focus.filter(new FocusFilter(Set.of(), "team", ""))));
        assertEquals(Set.of("bob", ACCOUNT), shown(tagged, Focus.filter(new FocusFilter(Set.of(), "team = DATA", ""))));
        assertEquals(Set.of(), shown(tagged, Focus.filter(new FocusFilter(Set.of(), "team=ops", ""))));
        assertEquals("Users and roles tagged team matching \"b\"",
                Focus.filter(new FocusFilter(Set.of(EntityKind.ROLE, EntityKind.USER), "team", "b")).describe(tagged));
        assertSame(Focus.EVERYTHING, Focus.filter(new FocusFilter(Set.of(), " ", "")));
    }

    @Test
    void aFocusNeverChangesTheModel() throws Exception {
        IamModel model = example();
        IamModel copy = example();
        ShownPart.of(model, Focus.frame(ACCOUNT), CollapsedPolicies.all(model));
        ShownPart.of(model, Focus.escalation(Set.of("alice")), CollapsedPolicies.NONE);
        assertEquals(copy, model);
    }
}
