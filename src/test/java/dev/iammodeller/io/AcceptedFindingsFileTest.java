package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.AcceptFinding;
import dev.iammodeller.model.AcceptedFinding;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelSamples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepted findings live in the model file: a top-level list, sorted by code and subject, written only when some exist. */
class AcceptedFindingsFileTest {
    private static final AcceptedFinding KEYS = new AcceptedFinding("LONG_LIVED_ACCESS_KEYS",
            "arn:aws:iam::111111111111:user/alice", "CI user; keys rotated every 30 days", "dana", "2025-01-31T10:15:00Z");
    private static final AcceptedFinding ESCALATION = new AcceptedFinding("ESCALATION", "some-id", "break-glass role",
            null, null);

    @Test
    void acceptedFindingsSurviveSaveAndLoad(@TempDir Path dir) throws Exception {
        IamModel model = new AcceptFinding(ESCALATION, "x").apply(new AcceptFinding(KEYS, "alice").apply(ModelSamples.small()));
        Path file = dir.resolve("reviewed.iam.json");
        ModelFile.write(model, file);
        IamModel loaded = ModelFile.read(file);
        assertEquals(List.of(ESCALATION, KEYS), loaded.acceptedFindings(), "sorted by code, then subject");
        assertEquals(model, loaded);
        assertEquals(ModelFile.toJson(model), ModelFile.toJson(loaded), "saving a loaded file writes the same bytes");
        String text = ModelFile.toJson(model);
        assertTrue(text.contains("""
                  "acceptedFindings": [
                    {
                      "code": "ESCALATION",
                      "subject": "some-id",
                      "reason": "break-glass role"
                    },
                    {
                      "code": "LONG_LIVED_ACCESS_KEYS",
                      "subject": "arn:aws:iam::111111111111:user/alice",
                      "reason": "CI user; keys rotated every 30 days",
                      "acceptedBy": "dana",
                      "at": "2025-01-31T10:15:00Z"
                    }
                  ]
                }
                """), text);
    }

    @Test
    void aFileWithoutAcceptedFindingsReadsAsBeforeAndKeepsItsBytes() throws Exception {
        String old = ModelFile.toJson(ModelSamples.small());
        assertFalse(old.contains("acceptedFindings"), "nothing is written when nothing is accepted");
        IamModel loaded = ModelFile.read(old, "old.iam.json");
        assertEquals(List.of(), loaded.acceptedFindings());
        assertEquals(old, ModelFile.toJson(loaded));
    }

    @Test
    void acceptingAFindingAgainReplacesTheEarlierReason() {
        IamModel model = ModelSamples.small().withAccepted(KEYS)
                .withAccepted(new AcceptedFinding(KEYS.code(), KEYS.subject(), "a newer reason", null, null));
        assertEquals(1, model.acceptedFindings().size());
        assertEquals("a newer reason", model.acceptedFindings().get(0).reason());
    }

    @Test
    void anAcceptedFindingWithoutAReasonIsAProblemWithItsPlace() throws Exception {
        String text = ModelFile.toJson(ModelSamples.small().withAccepted(KEYS))
                .replace("\"reason\": \"CI user; keys rotated every 30 days\"", "\"reason\": \" \"");
        ModelFileException refused = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "m.iam.json"));
        assertTrue(refused.getMessage().contains("$.acceptedFindings[0].reason"), refused.getMessage());
        String missing = ModelFile.toJson(ModelSamples.small().withAccepted(KEYS))
                .replace("\"reason\": \"CI user; keys rotated every 30 days\",", "");
        ModelFileException noReason = assertThrows(ModelFileException.class, () -> ModelFile.read(missing, "m.iam.json"));
        assertTrue(noReason.getMessage().contains("\"reason\" is missing"), noReason.getMessage());
    }
}
