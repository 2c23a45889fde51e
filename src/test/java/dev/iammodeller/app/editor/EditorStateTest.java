package dev.iammodeller.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorStateTest {
    private static final IamModel WITH_ACCOUNT = IamModel.EMPTY
            .with(new dev.iammodeller.model.Account("a1", "111122223333", "workloads", null, false));
    private final EditorState state = new EditorState(WITH_ACCOUNT);
    private final Group developers = new Group("g1", "111122223333", "developers", "/");

    @Test
    void aSubmittedCommandIsOneUndoStepWithItsLabel() {
        long before = state.revisionProperty().get();
        assertTrue(state.submit(new AddEntity(developers, new Layout.Point(10, 20))).isEmpty());
        assertTrue(state.model().entity("g1").isPresent());
        assertTrue(state.canUndoProperty().get());
        assertTrue(state.unsavedProperty().get());
        assertEquals(before + 1, state.revisionProperty().get());
        assertFalse(state.undoLabelProperty().get().isEmpty());

        state.undo();
        assertTrue(state.model().entity("g1").isEmpty());
        assertFalse(state.unsavedProperty().get());
        assertTrue(state.canRedoProperty().get());
        state.redo();
        assertTrue(state.model().entity("g1").isPresent());
    }

    @Test
    void aRefusedCommandChangesNothingAndExplainsWhy() {
        ModelCommand refused = new ModelCommand() {
            @Override
            public String label() {
                return "Refused";
            }

            @Override
            public IamModel apply(IamModel model) {
                throw new dev.iammodeller.model.EditRefused("A group cannot be a member of a group.");
            }
        };
        assertEquals("A group cannot be a member of a group.", state.submit(refused).orElseThrow());
        assertFalse(state.canUndoProperty().get());
        assertEquals(WITH_ACCOUNT, state.model());
    }

    @Test
    void removingAnEntityTakesItOutOfTheSelection() {
        state.submit(new AddEntity(developers, new Layout.Point(0, 0)));
        state.select(List.of("g1"));
        state.submit(new dev.iammodeller.model.RemoveEntity("g1"));
        assertTrue(state.selection().isEmpty());
    }

    @Test
    void whatAnUndoOrARedoBringsBackIsSelected() {
        state.submit(new AddEntity(developers, new Layout.Point(0, 0)));
        state.select(List.of("g1"));
        state.submit(new dev.iammodeller.model.RemoveEntity("g1"));
        state.undo();
        assertEquals(java.util.Set.of("g1"), state.selection(), "the deleted group is back, selected as it was");
        state.undo();
        assertTrue(state.selection().isEmpty(), "the group's addition undone");
        state.redo();
        assertEquals(java.util.Set.of("g1"), state.selection(), "the addition redone");
        state.select(List.of("a1"));
        state.submit(new dev.iammodeller.diagram.MoveShapes(java.util.Map.of(), java.util.Map.of("a1",
                new Layout.Bounds(40, 40, 400, 300)), "Move workloads"));
        state.undo();
        assertEquals(java.util.Set.of("a1"), state.selection(), "an undo that brings nothing back keeps the selection");
    }

    @Test
    void savingMarksTheModelSavedAndRemembersTheFile() {
        state.submit(new AddEntity(developers, new Layout.Point(0, 0)));
        state.saved(Path.of("model.iam.json"));
        assertFalse(state.unsavedProperty().get());
        assertEquals(Path.of("model.iam.json"), state.fileProperty().get());
        state.open(IamModel.EMPTY, null);
        assertFalse(state.canUndoProperty().get());
        assertEquals(null, state.fileProperty().get());
    }
}
