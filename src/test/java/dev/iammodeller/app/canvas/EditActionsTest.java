package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Copies;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duplicating puts each copy beside the last one, never on top of the original. */
class EditActionsTest {
    @Test
    void aDuplicateLandsOffsetAndTheNextOneFurther() {
        EditorState editor = new EditorState(ModelSamples.small());
        EditActions actions = new EditActions(editor, () -> Drawing.of(editor.model()));
        editor.select(List.of("alice"));
        Layout.Point original = editor.model().layout().nodes().get("alice");
        assertTrue(actions.duplicate().isEmpty());
        String first = editor.selection().iterator().next();
        Layout.Point copy = editor.model().layout().nodes().get(first);
        assertNotEquals("alice", first);
        assertEquals(original.x() + Copies.OFFSET, copy.x(), 0.001);
        assertEquals(original.y() + Copies.OFFSET, copy.y(), 0.001);
        assertTrue(actions.duplicate().isEmpty(), "the copy, now selected, is duplicated in turn");
        String second = editor.selection().iterator().next();
        Layout.Point again = editor.model().layout().nodes().get(second);
        assertEquals(copy.x() + Copies.OFFSET, again.x(), 0.001);
    }
}
