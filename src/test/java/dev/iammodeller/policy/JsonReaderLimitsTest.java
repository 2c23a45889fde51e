package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** JSON beyond the reader's size limits is refused at the value that goes beyond, in words, not the setting's name. */
class JsonReaderLimitsTest {
    @Test
    void nestingBeyondTheLimitIsRefusedWithItsPlace() {
        String text = "{\"Statement\":\n" + "[".repeat(1200);
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> JsonReader.read(text, "$"));
        assertEquals(2, e.position().line(), e.getMessage());
        // the object is level 1, so the 1,000th bracket opens level 1,001
        assertEquals(1000, e.position().column(), e.getMessage());
        assertTrue(e.path().startsWith("$.Statement[0][0]") && e.path().length() <= 161, e.path());
        assertTrue(e.problem().contains("nests deeper than 1000 levels"), e.getMessage());
        assertTrue(!e.problem().contains("StreamReadConstraints"), e.getMessage());
    }

    @Test
    void aNumberBeyondTheLimitIsRefusedWithItsPlace() {
        String text = "{\"a\":\n  " + "7".repeat(2000) + "}";
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> JsonReader.read(text, "$"));
        assertEquals(2, e.position().line(), e.getMessage());
        assertEquals(3, e.position().column(), "where the number starts: " + e.getMessage());
        assertEquals("$.a", e.path());
        assertTrue(e.problem().contains("Number value length (2000) exceeds the maximum allowed (1000)"), e.getMessage());
        assertTrue(!e.problem().contains("StreamReadConstraints"), e.getMessage());
    }
}
