package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Accepting and un-accepting a finding are edits like any other: undoable, and they make the model unsaved. */
class AcceptFindingTest {
    private static final AcceptedFinding KEYS = new AcceptedFinding("LONG_LIVED_ACCESS_KEYS",
            "arn:aws:iam::111111111111:user/alice", "CI user", null, null);

    @Test
    void acceptAndUnacceptAreUndoable() {
        EditHistory history = new EditHistory(ModelSamples.small());
        history.apply(new AcceptFinding(KEYS, "alice"));
        assertEquals(List.of(KEYS), history.current().acceptedFindings());
        assertFalse(history.isSaved(), "an acceptance is a change to save");
        assertEquals("Accept finding LONG_LIVED_ACCESS_KEYS of alice", history.undoLabel());
        history.apply(new UnacceptFinding(KEYS.code(), KEYS.subject(), "alice"));
        assertEquals(List.of(), history.current().acceptedFindings());
        history.undo();
        assertEquals(List.of(KEYS), history.current().acceptedFindings());
        history.undo();
        assertEquals(List.of(), history.current().acceptedFindings());
        assertTrue(history.isSaved());
    }

    @Test
    void editsKeepTheAcceptedFindings() {
        IamModel model = ModelSamples.small().withAccepted(KEYS);
        assertEquals(List.of(KEYS), model.withTitle("Other", "").acceptedFindings());
        assertEquals(List.of(KEYS), model.withLayout(Layout.EMPTY).acceptedFindings());
        String anyId = model.entities().keySet().iterator().next();
        assertEquals(List.of(KEYS), model.without(anyId).acceptedFindings());
    }

    @Test
    void unacceptingWhatIsNotAcceptedIsRefusedAndAReasonIsRequired() {
        assertThrows(EditRefused.class, () -> new UnacceptFinding("ESCALATION", "x", "x").apply(ModelSamples.small()));
        assertThrows(IllegalArgumentException.class, () -> new AcceptedFinding("ESCALATION", "x", "  ", null, null));
    }
}
