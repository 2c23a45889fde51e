package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelSamples;
import dev.iammodeller.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @Test
    void loadSaveLoadGivesAnEqualModelAndTheSameBytes() throws Exception {
        IamModel model = ModelSamples.small();
        String first = ModelFile.toJson(model);
        IamModel loaded = ModelFile.read(first, "small.iam.json");
        assertEquals(model, loaded);
        assertEquals(first, ModelFile.toJson(loaded));
        assertTrue(first.startsWith("{\n  \"format\": \"iam-modeller/1\",\n  \"title\": \"Small\","), first);
        assertTrue(first.contains("\"trustPolicy\": {\n        \"Version\": \"2012-10-17\","), first);
        assertTrue(first.contains("\"dev\": {\n        \"x\": 20.5,\n        \"y\": 80\n      }"), first);
        assertTrue(first.contains("\"tags\": {\n        \"team\": \"blue\"\n      }"), first);
        assertTrue(first.endsWith("}\n"));
    }

    @Test
    void entitiesAreWrittenByKindThenId() throws Exception {
        String text = ModelFile.toJson(ModelSamples.small());
        List<String> order = Stream.of("\"kind\": \"account\"", "\"kind\": \"user\"", "\"kind\": \"group\"",
                "\"kind\": \"role\"", "\"kind\": \"managedPolicy\"", "\"kind\": \"compute\"").toList();
        int last = -1;
        for (String kind : order) {
            int at = text.indexOf(kind);
            assertTrue(at > last, kind + " comes after the kinds before it");
            last = at;
        }
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.iam.json");
        Files.writeString(file, "old contents");
        ModelFile.write(ModelSamples.small(), file);
        assertEquals(ModelSamples.small(), ModelFile.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        Path fresh = dir.resolve("fresh.iam.json");
        ModelFile.write(ModelSamples.small(), fresh);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "a new model file is readable like any other file, not private like the temporary file");
    }

    @Test
    void syntaxErrorsSayLineAndColumn() {
        ModelFileException error = assertThrows(ModelFileException.class,
                () -> ModelFile.read("{\n  \"format\": \"iam-modeller/1\",\n  \"entities\": [\n}", "broken.iam.json"));
        ModelProblem problem = error.problems().get(0);
        assertEquals(ModelProblem.Kind.SYNTAX, problem.kind());
        assertEquals(4, problem.position().line());
        assertTrue(error.getMessage().contains("broken.iam.json:4:"), error.getMessage());
    }

    @Test
    void aLaterFormatIsRefusedWithBothFormatsNamed() {
        ModelFileException error = assertThrows(ModelFileException.class,
                () -> ModelFile.read("{\"format\": \"iam-modeller/3\", \"entities\": []}", "new.iam.json"));
        assertTrue(error.getMessage().contains("iam-modeller/3") && error.getMessage().contains("iam-modeller/2"),
                error.getMessage());
    }

    @Test
    void everyStructureProblemIsReportedWithItsPath() {
        String text = ModelFile.toJson(ModelSamples.small())
                .replace("\"accessKeys\": true", "\"accessKeys\": \"yes\"")
                .replace("\"maxSessionHours\": 1", "\"maxSessionHours\": \"one\"");
        ModelFileException error = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "m.iam.json"));
        assertEquals(2, error.problems().size(), error.getMessage());
        assertTrue(error.problems().stream().allMatch(p -> p.kind() == ModelProblem.Kind.STRUCTURE));
        assertTrue(error.problems().stream().anyMatch(p -> p.path().endsWith(".accessKeys")), error.getMessage());
        assertTrue(error.problems().stream().anyMatch(p -> p.path().endsWith(".maxSessionHours")), error.getMessage());
    }

    @Test
    void meaningProblemsExplainTheIamRule() {
        String groupInGroup = ModelFile.toJson(ModelSamples.small()).replace(
                "\"kind\": \"memberOf\",\n      \"from\": \"alice\"", "\"kind\": \"memberOf\",\n      \"from\": \"dev\"");
        ModelFileException error = assertThrows(ModelFileException.class, () -> ModelFile.read(groupInGroup, "m.iam.json"));
        ModelProblem problem = error.problems().get(0);
        assertEquals(ModelProblem.Kind.MEANING, problem.kind());
        assertTrue(problem.message().contains("groups do not nest"), problem.message());
        assertTrue(problem.path().startsWith("$.relations["), problem.path());
    }

    @Test
    void duplicateIdsAndBadNamesAreRefused() {
        IamModel model = ModelSamples.small().with(new User("bob", "111111111111", "bob smith", "/", false, false,
                java.util.Map.of()));
        String text = ModelFile.toJson(model).replace("\"id\": \"dev\"", "\"id\": \"alice\"");
        ModelFileException error = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "m.iam.json"));
        assertTrue(error.getMessage().contains("used twice"), error.getMessage());
        ModelFileException names = assertThrows(ModelFileException.class,
                () -> ModelFile.read(ModelFile.toJson(model), "m.iam.json"));
        assertTrue(names.getMessage().contains("\"bob smith\" is not an IAM name"), names.getMessage());
    }
}
