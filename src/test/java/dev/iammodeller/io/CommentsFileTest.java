package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.AddComment;
import dev.iammodeller.model.ChangeComment;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.ModelSamples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments live in the model file: format iam-modeller/2, a top-level list by number, every field kept. */
class CommentsFileTest {
    private static final Comment ON_ALICE = new Comment(1, CommentPin.node("alice"), "Why does alice hold keys?",
            "dana", "2025-02-01T09:00:00Z", false,
            List.of(new CommentReply("CI needs them; rotated monthly", "sam", "2025-02-01T10:00:00Z")));
    private static final Comment ON_EDGE = Comment.open(2,
            CommentPin.edge(new ModelEdge(ModelEdge.Kind.MEMBER_OF, "alice", "dev")), "Leave this group?", null, null)
            .withResolved(true);
    private static final Comment ON_SPOT = Comment.open(7, CommentPin.spot(300, 40.5), "Put the audit account here",
            "dana", null);

    private static IamModel commented() {
        IamModel model = ModelSamples.small();
        for (Comment comment : List.of(ON_SPOT, ON_ALICE, ON_EDGE)) {
            model = new AddComment(comment).apply(model);
        }
        return model;
    }

    @Test
    void commentsSurviveSaveAndLoadByteForByte(@TempDir Path dir) throws Exception {
        IamModel model = commented();
        Path file = dir.resolve("reviewed.iam.json");
        ModelFile.write(model, file);
        IamModel loaded = ModelFile.read(file);
        assertEquals(List.of(ON_ALICE, ON_EDGE, ON_SPOT), loaded.comments(), "by number, every field kept");
        assertEquals(model, loaded);
        String text = ModelFile.toJson(model);
        assertEquals(text, ModelFile.toJson(loaded), "saving a loaded file writes the same bytes");
        assertTrue(text.startsWith("{\n  \"format\": \"iam-modeller/2\",\n"), text);
        assertTrue(text.endsWith("""
                  "comments": [
                    {
                      "number": 1,
                      "pin": {
                        "node": "alice"
                      },
                      "text": "Why does alice hold keys?",
                      "author": "dana",
                      "at": "2025-02-01T09:00:00Z",
                      "resolved": false,
                      "replies": [
                        {
                          "text": "CI needs them; rotated monthly",
                          "author": "sam",
                          "at": "2025-02-01T10:00:00Z"
                        }
                      ]
                    },
                    {
                      "number": 2,
                      "pin": {
                        "edge": {
                          "kind": "memberOf",
                          "from": "alice",
                          "to": "dev"
                        }
                      },
                      "text": "Leave this group?",
                      "resolved": true,
                      "replies": []
                    },
                    {
                      "number": 7,
                      "pin": {
                        "x": 300,
                        "y": 40.5
                      },
                      "text": "Put the audit account here",
                      "author": "dana",
                      "resolved": false,
                      "replies": []
                    }
                  ]
                }
                """), text);
    }

    @Test
    void aModelWithoutCommentsIsStillWrittenAsTheFirstFormat() throws Exception {
        String old = ModelFile.toJson(ModelSamples.small());
        assertTrue(old.startsWith("{\n  \"format\": \"iam-modeller/1\",\n"), old);
        IamModel loaded = ModelFile.read(old, "old.iam.json");
        assertEquals(List.of(), loaded.comments());
        assertEquals(old, ModelFile.toJson(loaded));
        IamModel resolvedAway = new dev.iammodeller.model.RemoveComment(1)
                .apply(new AddComment(ON_ALICE).apply(ModelSamples.small()));
        assertEquals(old, ModelFile.toJson(resolvedAway), "the last comment deleted, the file is as before");
    }

    @Test
    void aFirstFormatFileWithCommentsIsRefusedAtTheList() {
        String text = ModelFile.toJson(commented()).replace("iam-modeller/2", "iam-modeller/1");
        ModelFileException error = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "x.iam.json"));
        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals("$.comments", error.problems().get(0).path());
        assertTrue(error.problems().get(0).message().contains("iam-modeller/2"), error.getMessage());
    }

    @Test
    void everyProblemOfACommentNamesItsPath() {
        String text = ModelFile.toJson(commented())
                .replace("\"node\": \"alice\"", "\"node\": \"nobody\"")
                .replace("\"text\": \"Leave this group?\"", "\"text\": \" \"")
                .replace("\"author\": \"sam\"", "\"author\": \"sam\", \"mood\": \"tired\"")
                .replace("\"number\": 7", "\"number\": 2");
        ModelFileException error = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "x.iam.json"));
        List<String> paths = error.problems().stream().map(ModelProblem::path).toList();
        assertEquals(List.of("$.comments[0].pin.node", "$.comments[0].replies[0].mood", "$.comments[1].text",
                "$.comments[2].number"), paths.stream().sorted().toList(), error.getMessage());
        assertTrue(error.getMessage().contains("\"nobody\", which is not an entity"), error.getMessage());
    }

    @Test
    void deletingANodeKeepsItsCommentWhereTheNodeWas() {
        IamModel model = commented().without("alice");
        assertEquals(CommentPin.spot(120, 80), model.comment(1).orElseThrow().pin());
        assertEquals(CommentPin.spot(120, 80), model.comment(2).orElseThrow().pin(), "an edge of alice too");
        assertEquals(ON_SPOT, model.comment(7).orElseThrow());
    }

    @Test
    void aResolvedCommentIsOneUndoableChange() {
        IamModel model = commented();
        IamModel resolved = new ChangeComment(ON_ALICE.withResolved(true), "Resolve comment 1").apply(model);
        assertTrue(resolved.comment(1).orElseThrow().resolved());
        assertEquals(8, resolved.nextCommentNumber());
    }
}
