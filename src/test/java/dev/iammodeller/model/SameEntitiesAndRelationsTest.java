package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameEntitiesAndRelationsTest {
    private final IamModel model = ModelSamples.small();

    @Test
    void movesRetitlingCommentsAndAcceptancesKeepTheEntitiesAndRelations() {
        IamModel moved = model.withLayout(model.layout().withNode("alice", new Layout.Point(700, 400)));
        IamModel retitled = moved.withTitle("Other", "Something else");
        IamModel commented = retitled.withComment(new Comment(1, new CommentPin("alice", null, null), "why?", "rev",
                "2026-12-06T10:00:00Z", false, List.of()));
        IamModel accepted = commented.withAccepted(new AcceptedFinding("admin-equivalent", "alice", "break glass",
                "rev", "2026-12-06T10:00:00Z"));
        for (IamModel after : List.of(moved, retitled, commented, accepted)) {
            assertTrue(model.sameEntitiesAndRelations(after));
            assertTrue(after.sameEntitiesAndRelations(model));
        }
    }

    @Test
    void theSameEntitiesBuiltAgainAreTheSame() {
        assertTrue(model.sameEntitiesAndRelations(ModelSamples.small()));
    }

    @Test
    void anEntityChangedAddedOrRemovedIsNotTheSame() {
        User alice = (User) model.entities().get("alice");
        IamModel retagged = model.with(new User("alice", ModelSamples.ACCOUNT, "alice", "/", true, false,
                Map.of("team", "red")));
        assertFalse(model.sameEntitiesAndRelations(retagged));
        assertFalse(model.sameEntitiesAndRelations(model.with(new Group("ops", ModelSamples.ACCOUNT, "ops", "/"))));
        assertFalse(model.sameEntitiesAndRelations(model.without("report-fn")));
        // as many entities and the same relations, one id other
        IamModel renamedId = model.without("acct-1").with(new Account("acct-2", ModelSamples.ACCOUNT, "dev", null, false));
        assertFalse(model.sameEntitiesAndRelations(renamedId));
        assertTrue(model.sameEntitiesAndRelations(model.with(alice)));
    }

    @Test
    void aRelationAddedOrRemovedIsNotTheSame() {
        Relation member = new Relation(RelationKind.MEMBER_OF, "alice", "dev");
        assertFalse(model.sameEntitiesAndRelations(model.withoutRelation(member)));
        assertFalse(model.sameEntitiesAndRelations(model.withRelation(new Relation(RelationKind.ATTACHED_TO,
                "read-reports", "report-logger"))));
    }
}
