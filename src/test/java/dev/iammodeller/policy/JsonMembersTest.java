package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The members of a JSON object behave as the linked hash map they replace: order, look-up, equality. */
class JsonMembersTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 8, 9, 40}) // searched in order up to 8, indexed above
    void membersKeepTheOrderOfTheTextAndAreFoundByName(int size) {
        Map<String, Json> expected = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            expected.put("m" + (size - i), new Json.JsonNumber(Integer.toString(i), new SourcePosition(1, i + 1), "$"));
        }
        Json.JsonObject object = new Json.JsonObject(expected, Map.of(), new SourcePosition(1, 1), "$");
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(object.members().keySet()));
        assertEquals(expected, object.members());
        assertEquals(size, object.size());
        for (int i = 0; i < size; i++) {
            String name = "m" + (size - i);
            assertEquals(name, object.name(i));
            assertEquals(expected.get(name), object.member(i));
            assertEquals(expected.get(name), object.get(name));
            assertTrue(object.members().containsKey(name));
        }
        assertNull(object.get("m0"));
        assertFalse(object.members().containsKey("m0"));
    }

    @Test
    void whereEachNameIsWrittenStaysWithItsMember() {
        Json.JsonObject object = (Json.JsonObject) JsonReader.read("{\"Version\": \"2012-10-17\",\n  \"Statement\": []}", "$");
        assertEquals(List.of("Version", "Statement"), List.copyOf(object.members().keySet()));
        assertEquals(new SourcePosition(1, 2), object.keyPosition("Version"));
        assertEquals(new SourcePosition(2, 3), object.keyPosition(1));
        assertEquals(object.position(), object.keyPosition("Id")); // a name not there: the object's own place
    }

    @Test
    void aNameGivenTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonMembers.of(new String[] {"a", "b", "a"}, new Object[3]));
        String[] many = new String[12];
        for (int i = 0; i < many.length; i++) {
            many[i] = "n" + i % 11;
        }
        assertThrows(IllegalArgumentException.class, () -> JsonMembers.of(many, new Object[12]));
    }

    @Test
    void membersCannotBeChanged() {
        Json.JsonObject object = (Json.JsonObject) JsonReader.read("{\"a\": 1}", "$");
        assertThrows(UnsupportedOperationException.class, () -> object.members().put("b", object));
        assertThrows(UnsupportedOperationException.class, () -> object.members().remove("a"));
    }
}
