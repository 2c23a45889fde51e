package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The history is a list of model values: undo, redo, labels, and whether the current one is saved. */
class EditHistoryTest {
    @Test
    void undoAndRedoMoveBetweenValuesWithTheirLabels() {
        IamModel start = ModelSamples.small();
        EditHistory history = new EditHistory(start);
        assertTrue(history.isSaved());
        history.apply(new AddEntity(new User("bob", ModelSamples.ACCOUNT, "bob", "/", false, true, Map.of()),
                new Layout.Point(10, 10)));
        history.apply(new Connect(new Relation(RelationKind.MEMBER_OF, "bob", "dev")));
        assertFalse(history.isSaved());
        assertEquals("Add bob to dev", history.undoLabel());
        history.undo();
        assertEquals("Add user bob", history.undoLabel());
        assertEquals("Add bob to dev", history.redoLabel());
        history.undo();
        assertSame(start, history.current());
        assertTrue(history.isSaved(), "undoing back to the saved value leaves nothing unsaved");
        history.redo();
        history.redo();
        assertEquals(List.of("dev"), history.current().from("bob", RelationKind.MEMBER_OF).stream().map(Relation::to).toList());
        assertFalse(history.canRedo());
    }

    @Test
    void aRefusedEditChangesNothing() {
        EditHistory history = new EditHistory(ModelSamples.small());
        IamModel before = history.current();
        assertThrows(EditRefused.class, () -> history.apply(new Connect(new Relation(RelationKind.MEMBER_OF, "dev", "dev"))));
        assertSame(before, history.current());
        assertFalse(history.canUndo());
    }

    @Test
    void oneDragIsOneStepAndACompoundIsAllOrNothing() {
        EditHistory history = new EditHistory(ModelSamples.small());
        history.apply(new MoveNodes(Map.of("alice", new Layout.Point(300, 300), "dev", new Layout.Point(0, 0))));
        assertEquals("Move 2 nodes", history.undoLabel());
        history.undo();
        assertEquals(new Layout.Point(120, 80), history.current().layout().nodes().get("alice"));
        CompoundCommand paste = new CompoundCommand("Paste 2 users", List.of(
                new AddEntity(new User("carol", ModelSamples.ACCOUNT, "carol", "/", false, false, Map.of()), null),
                new AddEntity(new User("alice", ModelSamples.ACCOUNT, "alice", "/", false, false, Map.of()), null)));
        IamModel before = history.current();
        assertThrows(EditRefused.class, () -> history.apply(paste));
        assertSame(before, history.current());
        assertTrue(history.current().entity("carol").isEmpty());
    }

    @Test
    void deletingRemovesRelationsInlinePoliciesAndLayout() {
        IamModel model = ModelSamples.small().with(new InlinePolicy("alice-inline", "alice", "Mine", ModelSamples.READ_REPORTS));
        IamModel after = new RemoveEntity("alice").apply(model);
        assertTrue(after.entity("alice").isEmpty());
        assertTrue(after.entity("alice-inline").isEmpty());
        assertTrue(after.from("alice", RelationKind.MEMBER_OF).isEmpty());
        assertFalse(after.layout().nodes().containsKey("alice"));
        assertTrue(assertThrows(EditRefused.class, () -> new RemoveEntity("acct-1").apply(model)).getMessage().contains("inside"));
    }
}
