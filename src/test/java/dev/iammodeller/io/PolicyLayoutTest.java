package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.policy.SourcePosition;
import dev.iammodeller.policy.TwoSpaceJson;
import dev.iammodeller.testing.RandomInputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A model file's policies are laid out by {@link TwoSpaceJson} instead of being printed by Jackson and read
 * again: the text must be the one Jackson's writer makes of the same value (the model file's writer, fed the
 * tree the reader used to build), and the tree the one {@link JsonReader} makes of that text, positions and
 * paths included, over every JSON file of the tests and generated values.
 */
class PolicyLayoutTest {
    /** The text a model file's policy had before: the value as a Jackson tree, printed by the model file's writer. */
    private static String printedByJackson(Json value) {
        return ModelFileWriter.print(jackson(value));
    }

    private static JsonNode jackson(Json value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Json.JsonObject o) {
            ObjectNode out = nodes.objectNode();
            o.members().forEach((key, member) -> out.set(key, jackson(member)));
            return out;
        }
        if (value instanceof Json.JsonArray a) {
            ArrayNode out = nodes.arrayNode();
            a.items().forEach(item -> out.add(jackson(item)));
            return out;
        }
        if (value instanceof Json.JsonString s) {
            return nodes.textNode(s.value());
        }
        if (value instanceof Json.JsonNumber n) {
            String text = n.text();
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0
                    ? nodes.numberNode(new BigInteger(text)) : nodes.numberNode(new BigDecimal(text));
        }
        if (value instanceof Json.JsonBoolean b) {
            return nodes.booleanNode(b.value());
        }
        return nodes.nullNode();
    }

    private static void assertLaidOutAsBefore(Json value, String what) {
        TwoSpaceJson laidOut = TwoSpaceJson.of(value);
        assertEquals(printedByJackson(value), laidOut.text(), what);
        assertEquals(JsonReader.read(laidOut.text(), "$"), laidOut.tree(), what);
    }

    @Test
    void everyJsonFileOfTheTestsIsLaidOutAsJacksonPrintsItAndReadsBackToTheSameTree() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        int read = 0;
        for (Path file : files) {
            Json value;
            try {
                value = JsonReader.read(Files.readString(file, StandardCharsets.UTF_8), "$.somewhere");
            } catch (PolicyParseException | java.nio.charset.MalformedInputException e) {
                continue; // the files that are not JSON on purpose
            }
            assertLaidOutAsBefore(value, file.toString());
            read++;
        }
        assertTrue(read > 100, "the tests hold more than a hundred JSON files, read " + read);
    }

    @Test
    void theExampleModelsAreLaidOutAsBefore() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources/examples"))) {
            files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the ten examples");
        for (Path file : files) {
            assertLaidOutAsBefore(JsonReader.read(Files.readString(file, StandardCharsets.UTF_8), "$"), file.toString());
        }
    }

    @Test
    void stringsAndNumbersThatNeedEscapingOrRewritingComeOutAsJacksonWritesThem() {
        String json = """
                {"Statement": [{"Sid": "a\\"b\\\\c\\/d\\n\\t\\r\\b\\f\\u0001\\u001f\\u007f é ✓ \\ud83d\\ude00 \\ud800",
                  "Condition": {"NumericLessThan": {"n": [1, -0, 10, 1.50, 1e5, 1E-7, 0.000, -0.0, 100e-2, 12345678901234567890123]}},
                  "key \\" \\u0000": {}, "empty": [], "t": true, "f": false, "z": null}]}""";
        assertLaidOutAsBefore(JsonReader.read(json, "$.entities[3].document"), "escapes and numbers");
    }

    @Test
    void generatedValuesAreLaidOutAsBefore() {
        RandomInputs random = new RandomInputs(1311);
        for (int i = 0; i < 400; i++) {
            Json value = JsonReader.read(randomJson(random, 0), "$");
            assertLaidOutAsBefore(value, "value " + i);
        }
    }

    private static String randomJson(RandomInputs random, int depth) {
        int pick = depth > 4 ? 2 + random.below(4) : random.below(6);
        switch (pick) {
            case 0: {
                StringBuilder out = new StringBuilder("{");
                int size = random.below(5);
                for (int i = 0; i < size; i++) {
                    out.append(i > 0 ? ", " : "").append(quoted(random, "k" + i)).append(":").append(randomJson(random, depth + 1));
                }
                return out.append('}').toString();
            }
            case 1: {
                StringBuilder out = new StringBuilder("[");
                int size = random.below(5);
                for (int i = 0; i < size; i++) {
                    out.append(i > 0 ? ",\n" : "").append(randomJson(random, depth + 1));
                }
                return out.append(']').toString();
            }
            case 2:
                return quoted(random, "");
            case 3:
                return random.oneOf("0", "-1", "7.25", "1.0", "3e2", "-4.5E-3", "0.00000012", "120000000000000000000", "1.10e+3");
            case 4:
                return random.oneOf("true", "false", "null");
            default:
                return quoted(random, "s");
        }
    }

    /** A string of letters, separators, escapes and characters beyond ASCII, distinct by its prefix. */
    private static String quoted(RandomInputs random, String prefix) {
        List<String> pieces = random.strings("ab*?:/", 0, 3, 0, 4);
        StringBuilder out = new StringBuilder("\"").append(prefix);
        for (String piece : pieces) {
            out.append(piece).append(random.oneOf("", "\\\"", "\\\\", "\\n", "\\u0007", "ü", "\\u2028", "😀", " "));
        }
        return out.append('"').toString();
    }

    @Test
    void aModelFilesPolicyIsReadFromItsTreeToTheSameDocumentAndTheSameProblems() {
        Json good = JsonReader.read("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}""", "$.x");
        PolicyText fromTree = new PolicyText(TwoSpaceJson.of(good));
        // statements compare by identity in part: their text says what they hold
        assertEquals(PolicyReader.parse(fromTree.json()).statements().toString(), fromTree.document().statements().toString());
        assertEquals(PolicyReader.parse(fromTree.json()).position(), fromTree.document().position());
        assertEquals(PolicyReader.parse(fromTree.json()).path(), fromTree.document().path());

        Json bad = JsonReader.read("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Perhaps", "Action": "s3:GetObject", "Resource": "*"}]}""", "$.x");
        PolicyText badFromTree = new PolicyText(TwoSpaceJson.of(bad));
        PolicyParseException expected = assertThrows(PolicyParseException.class, () -> PolicyReader.parse(badFromTree.json()));
        PolicyParseException actual = assertThrows(PolicyParseException.class, badFromTree::document);
        assertEquals(expected.getMessage(), actual.getMessage());
        // in the laid-out text, the Effect's value is on line 5, after six spaces and "Effect": (column 17)
        assertTrue(actual.getMessage().startsWith("line 5, column 17 ($.Statement[0].Effect)"), actual.getMessage());
        assertEquals(expected.getMessage(), assertThrows(PolicyParseException.class, badFromTree::document).getMessage(),
                "asked again, the same problem");
    }

    @Test
    void aNumberLongerThanTheReaderTakesIsLeftToTheReader() {
        SourcePosition at = new SourcePosition(1, 1);
        String digits = "1" + "0".repeat(1200);
        Json value = new Json.JsonObject(Map.of("n", new Json.JsonNumber(digits, at, "$.n")), Map.of(), at, "$");
        TwoSpaceJson laidOut = TwoSpaceJson.of(value);
        assertNull(laidOut.tree());
        assertEquals("{\n  \"n\": " + digits + "\n}", laidOut.text());
        assertThrows(PolicyParseException.class, new PolicyText(laidOut)::document, "the reader refuses it, as before");
    }

    /** A role of example 1 as a Jackson tree, and the whole file: to spoil its trust policy. */
    private static com.fasterxml.jackson.databind.node.ObjectNode exampleWithRole(ObjectNode[] role) throws IOException {
        ObjectNode file = (ObjectNode) ModelFileWriter.JSON.readTree(Files.readString(
                Path.of("src/main/resources/examples/01-group-vs-service-role.iam.json")));
        for (JsonNode entity : file.get("entities")) {
            if (entity.get("kind").asText().equals("role")) {
                role[0] = (ObjectNode) entity;
                return file;
            }
        }
        throw new AssertionError("example 1 has a role");
    }

    @Test
    void aPolicyThatIsNotAnObjectIsRefusedAtItsPlaceInTheFile() throws IOException {
        ObjectNode[] role = new ObjectNode[1];
        ObjectNode file = exampleWithRole(role);
        role[0].putArray("trustPolicy").add(1);
        String text = ModelFileWriter.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "spoilt.iam.json"));
        List<String> lines = List.of(text.split("\n", -1));
        int line = 0;
        while (!lines.get(line).contains("\"trustPolicy\" : [")) {
            line++;
        }
        ModelProblem problem = e.problems().get(0);
        assertEquals(new SourcePosition(line + 1, lines.get(line).indexOf('[') + 1), problem.position(), e.getMessage());
        assertTrue(problem.path().endsWith(".trustPolicy") && problem.message().contains("must be a policy document"),
                problem.toString());
    }

    @Test
    void aPolicyThatDoesNotParseIsRefusedWithItsPlaceInItsLaidOutText() throws IOException {
        ObjectNode[] role = new ObjectNode[1];
        ObjectNode file = exampleWithRole(role);
        ObjectNode statement = (ObjectNode) role[0].get("trustPolicy").get("Statement").get(0);
        statement.put("Effect", "Perhaps");
        String laidOut = ModelFileWriter.print(role[0].get("trustPolicy"));
        List<String> lines = List.of(laidOut.split("\n", -1));
        int line = 0;
        while (!lines.get(line).contains("\"Effect\": \"Perhaps\"")) {
            line++;
        }
        String where = "line " + (line + 1) + ", column " + (lines.get(line).indexOf("\"Perhaps\"") + 1);
        String text = ModelFileWriter.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "spoilt.iam.json"));
        assertTrue(e.problems().get(0).message().contains("does not parse: " + where + " ($.Statement[0].Effect)"),
                e.getMessage() + " should name " + where);
    }
}
