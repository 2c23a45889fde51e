package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reading with unplaced members (a model file's policy documents, laid out anew): such a member's value keeps
 * its place and path, what it holds has none, everything else is read as always.
 */
class JsonReaderUnplacedTest {
    private static final String TEXT = """
            {"entities": [
              {"kind": "role", "trustPolicy": {"Statement": [{"Effect": "Allow"}]},
               "tags": {"team": "a"}}
            ]}""";

    @Test
    void theValueOfAnUnplacedMemberKeepsItsPlaceAndWhatItHoldsHasNone() {
        Json.JsonObject root = (Json.JsonObject) JsonReader.read(TEXT, "$", Set.of("trustPolicy"));
        Json.JsonObject role = (Json.JsonObject) ((Json.JsonArray) root.get("entities")).items().get(0);
        Json trust = role.get("trustPolicy");
        assertEquals(new SourcePosition(2, 35), trust.position(), "where its { is written");
        assertEquals("$.entities[0].trustPolicy", trust.path());
        Json.JsonObject statement = (Json.JsonObject) ((Json.JsonArray) ((Json.JsonObject) trust).get("Statement")).items().get(0);
        assertEquals(SourcePosition.UNKNOWN, statement.position());
        assertEquals(SourcePosition.UNKNOWN, statement.get("Effect").position());
        assertEquals("Allow", ((Json.JsonString) statement.get("Effect")).value());
        assertEquals("$.entities[0].trustPolicy", statement.get("Effect").path(), "the unplaced value's own path");
        assertEquals(new SourcePosition(3, 12), role.get("tags").position(), "the members beside it are placed");
    }

    @Test
    void readingWithoutUnplacedMembersIsTheUsualReading() {
        assertEquals(JsonReader.read(TEXT, "$"), JsonReader.read(TEXT, "$", Set.of("document")));
    }

    @Test
    void nestingBeyondTheLimitInsideAnUnplacedValueIsStillRefusedWithItsPlaceAndPath() {
        String text = "{\"document\": {\"Statement\":\n" + "[".repeat(1200);
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> JsonReader.read(text, "$", Set.of("document")));
        assertEquals(2, e.position().line(), e.getMessage());
        // the object is level 1 and the document level 2, so the 999th bracket opens level 1,001
        assertEquals(999, e.position().column(), e.getMessage());
        assertTrue(e.path().startsWith("$.document.Statement[0][0]") && e.path().length() <= 161, e.path());
        assertTrue(e.problem().contains("nests deeper than 1000 levels"), e.getMessage());
    }
}
