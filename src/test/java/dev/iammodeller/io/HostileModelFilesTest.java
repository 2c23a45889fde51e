package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.model.ModelSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files the editor could not show are refused where they go wrong, with line, column and path: containment
 * that comes back on itself, coordinates that are not finite, a relation listed twice, two names IAM holds
 * for one.
 */
class HostileModelFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode small() throws Exception {
        return (ObjectNode) JSON.readTree(ModelFile.toJson(ModelSamples.small()));
    }

    private static ModelProblem onlyProblem(ObjectNode model) throws Exception {
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "hostile.iam.json"));
        assertEquals(1, e.problems().size(), e.getMessage());
        ModelProblem problem = e.problems().get(0);
        assertTrue(problem.position().line() > 1, problem.toString());
        return problem;
    }

    private static ObjectNode entity(ObjectNode model, String kind, String id, String name) {
        ObjectNode entity = ((ArrayNode) model.get("entities")).addObject();
        entity.put("kind", kind);
        entity.put("id", id);
        entity.put("name", name);
        return entity;
    }

    @Test
    void organizationalUnitsThatAreTheirOwnAncestorsAreRefused() throws Exception {
        ObjectNode model = small();
        entity(model, "root", "r-ab12", "Root");
        entity(model, "organizationalUnit", "ou-a", "a").put("parent", "ou-b");
        entity(model, "organizationalUnit", "ou-b", "b").put("parent", "ou-a");
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "cycle.iam.json"));
        assertTrue(e.problems().stream().allMatch(p -> p.message().contains("is its own ancestor")), e.getMessage());
        assertEquals(List.of("$.entities[" + (model.get("entities").size() - 2) + "]",
                "$.entities[" + (model.get("entities").size() - 1) + "]"),
                e.problems().stream().map(ModelProblem::path).sorted().toList());
    }

    /** AWS Organizations nests units five levels below the root; deeper, the editor's drawing would recurse without end. */
    @Test
    void organizationalUnitsNestedDeeperThanAwsAllowsAreRefused() throws Exception {
        ObjectNode model = small();
        entity(model, "root", "r-ab12", "Root");
        String parent = "r-ab12";
        for (int level = 1; level <= 5; level++) {
            entity(model, "organizationalUnit", "ou-" + level, "level " + level).put("parent", parent);
            parent = "ou-" + level;
        }
        String fiveDeep = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        assertEquals(5, ModelFile.read(fiveDeep, "five.iam.json").all(dev.iammodeller.model.OrganizationalUnit.class).size());
        entity(model, "organizationalUnit", "ou-6", "level 6").put("parent", parent);
        ModelProblem problem = onlyProblem(model);
        assertEquals("the organizational unit \"ou-5\" is too deep to hold this: AWS Organizations nests units at most"
                + " 5 levels below the root", problem.message());
        assertEquals("$.entities[" + (model.get("entities").size() - 1) + "]", problem.path());
    }

    @Test
    void aCoordinateThatIsNotFiniteIsRefused() throws Exception {
        ObjectNode model = small();
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model)
                .replaceFirst("\"x\" : 120(\\.0)?", "\"x\" : 1e400");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "far.iam.json"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("\"x\" is 1e400"), e.getMessage());
        assertEquals("$.layout.nodes.alice.x", e.problems().get(0).path());
    }

    @Test
    void aRelationListedTwiceIsRefusedNamingTheFirst() throws Exception {
        ObjectNode model = small();
        ArrayNode relations = (ArrayNode) model.get("relations");
        relations.add(relations.get(0).deepCopy());
        ModelProblem problem = onlyProblem(model);
        assertTrue(problem.message().startsWith("this relation is also at line "), problem.toString());
        assertEquals("$.relations[" + (relations.size() - 1) + "]", problem.path());
    }

    @Test
    void twoUsersWhoseNamesDifferOnlyInCaseAreRefused() throws Exception {
        ObjectNode model = small();
        ObjectNode alice = entity(model, "user", "Alice-2", "Alice");
        alice.put("account", ModelSamples.ACCOUNT);
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "case.iam.json"));
        assertEquals(2, e.problems().size(), e.getMessage()); // each of the two names the other
        assertTrue(e.problems().get(0).message().contains("IAM names ignore case"), e.getMessage());
    }

    @Test
    void aFieldThisVersionDoesNotKnowIsRefusedRatherThanLostOnSave() throws Exception {
        ObjectNode model = small();
        ((ObjectNode) model.get("entities").get(0)).put("colour", "teal");
        ModelProblem problem = onlyProblem(model);
        assertTrue(problem.message().startsWith("\"colour\" is not a field this version of IAM Modeller knows"),
                problem.toString());
        assertEquals("$.entities[0].colour", problem.path());
        ObjectNode relation = small();
        ((ObjectNode) relation.get("relations").get(0)).put("label", "x");
        assertEquals("$.relations[0].label", onlyProblem(relation).path());
        ObjectNode node = small();
        ((ObjectNode) node.get("layout").get("nodes").get("alice")).put("z", 3);
        assertEquals("$.layout.nodes.alice.z", onlyProblem(node).path());
        ObjectNode top = small();
        top.put("theme", "dark");
        assertEquals("$.theme", onlyProblem(top).path());
    }
}
