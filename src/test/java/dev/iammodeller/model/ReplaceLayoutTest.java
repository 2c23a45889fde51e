package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReplaceLayoutTest {
    @Test
    void replacesEveryPositionAsOneStep() {
        IamModel model = ModelSamples.small();
        Layout moved = Layout.EMPTY.withNode("alice", new Layout.Point(5, 6)).withFrame("acct-1", new Layout.Bounds(0, 0, 10, 10));
        EditHistory history = new EditHistory(model);
        IamModel next = history.apply(new ReplaceLayout(moved, "Arrange"));
        assertEquals(moved, next.layout());
        assertEquals(model.entities(), next.entities());
        assertEquals("Arrange", history.undoLabel());
        assertEquals(model, history.undo());
    }

    @Test
    void refusesALayoutOfEntitiesTheModelDoesNotHold() {
        Layout stale = Layout.EMPTY.withNode("carol", new Layout.Point(0, 0));
        assertThrows(EditRefused.class, () -> new ReplaceLayout(stale, "Arrange").apply(ModelSamples.small()));
    }
}
