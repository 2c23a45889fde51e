package dev.iammodeller.io;

import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.policy.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code comments} of an {@code iam-modeller/2} file (docs/file-format.md): each
 * {@code {"number", "pin", "text", "author"?, "at"?, "resolved"?, "replies"?}}, every problem with its path.
 */
final class CommentReader {
    private final Map<String, Entity> entities;
    private final List<ModelProblem> problems;

    private CommentReader(Map<String, Entity> entities, List<ModelProblem> problems) {
        this.entities = entities;
        this.problems = problems;
    }

    static List<Comment> read(List<Json> items, Map<String, Entity> entities, List<ModelProblem> problems) {
        return new CommentReader(entities, problems).comments(items);
    }

    private List<Comment> comments(List<Json> items) {
        List<Comment> out = new ArrayList<>();
        Map<Integer, Json> numbers = new HashMap<>();
        for (Json item : items) {
            if (!(item instanceof Json.JsonObject object)) {
                structure(item, "a comment must be an object with \"number\", \"pin\" and \"text\"");
                continue;
            }
            Fields fields = new Fields(object, problems);
            int number = fields.integer("number", 0);
            if (fields.value("number") == null) {
                fields.problem(object, "\"number\" is missing");
            }
            CommentPin pin = pin(fields.value("pin"), object);
            String text = fields.string("text");
            String author = fields.optionalString("author", null);
            String at = fields.optionalString("at", null);
            boolean resolved = fields.bool("resolved", false);
            List<CommentReply> replies = replies(fields.value("replies"));
            fields.refuseUnknown();
            if (fields.value("number") instanceof Json.JsonNumber && number < 1) {
                structure(fields.value("number"), "a comment's \"number\" is a whole number from 1");
                continue;
            }
            Json earlier = numbers.putIfAbsent(number, object);
            if (earlier != null && number >= 1) {
                structure(object.get("number"), "comment " + number + " is also at line " + earlier.position().line()
                        + ": a number is used once");
                continue;
            }
            if (text != null && text.isBlank()) {
                structure(object.get("text"), "\"text\" says what the comment is: it cannot be blank");
                continue;
            }
            if (number >= 1 && pin != null && text != null && replies != null) {
                out.add(new Comment(number, pin, text, author, at, resolved, replies));
            }
        }
        return out;
    }

    /** {@code {"node": id}}, {@code {"edge": {"kind", "from", "to"}}} or {@code {"x", "y"}}; null after a problem. */
    private CommentPin pin(Json value, Json.JsonObject comment) {
        if (value == null) {
            structure(comment, "\"pin\" is missing: a comment is pinned to a node, an edge or a spot");
            return null;
        }
        if (!(value instanceof Json.JsonObject object)) {
            structure(value, "\"pin\" is {\"node\": id}, {\"edge\": {\"kind\", \"from\", \"to\"}} or {\"x\", \"y\"}");
            return null;
        }
        int before = problems.size();
        Fields fields = new Fields(object, problems);
        CommentPin pin;
        if (object.get("node") != null) {
            String node = fields.string("node");
            pin = node == null || !exists(object.get("node"), node) ? null : CommentPin.node(node);
        } else if (object.get("edge") != null) {
            pin = edge(fields.value("edge"));
        } else if (object.get("x") != null || object.get("y") != null) {
            pin = CommentPin.spot(fields.number("x"), fields.number("y"));
        } else {
            structure(object, "\"pin\" is {\"node\": id}, {\"edge\": {\"kind\", \"from\", \"to\"}} or {\"x\", \"y\"}");
            return null;
        }
        fields.refuseUnknown();
        return problems.size() == before ? pin : null;
    }

    private CommentPin edge(Json value) {
        if (!(value instanceof Json.JsonObject object)) {
            structure(value, "an edge is {\"kind\", \"from\", \"to\"}");
            return null;
        }
        Fields fields = new Fields(object, problems);
        String kindName = fields.string("kind");
        String from = fields.string("from");
        String to = fields.string("to");
        fields.refuseUnknown();
        ModelEdge.Kind kind = kindName == null ? null : ModelEdge.Kind.byJson(kindName);
        if (kindName != null && kind == null) {
            structure(object.get("kind"), "\"" + kindName + "\" is not an edge (memberOf, attachedTo, boundaryOf,"
                    + " runsAs, appliesTo, trusts, owns)");
        }
        if (kind == null || from == null || to == null || !exists(object.get("from"), from) || !exists(object.get("to"), to)) {
            return null;
        }
        return CommentPin.edge(new ModelEdge(kind, from, to));
    }

    private List<CommentReply> replies(Json value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Json.JsonArray array)) {
            structure(value, "\"replies\" must be a list");
            return null;
        }
        List<CommentReply> out = new ArrayList<>();
        boolean ok = true;
        for (Json item : array.items()) {
            if (!(item instanceof Json.JsonObject object)) {
                structure(item, "a reply must be an object with \"text\"");
                ok = false;
                continue;
            }
            Fields fields = new Fields(object, problems);
            String text = fields.string("text");
            String author = fields.optionalString("author", null);
            String at = fields.optionalString("at", null);
            fields.refuseUnknown();
            if (text == null || text.isBlank()) {
                if (text != null) {
                    structure(object.get("text"), "\"text\" says what the reply is: it cannot be blank");
                }
                ok = false;
                continue;
            }
            out.add(new CommentReply(text, author, at));
        }
        return ok ? out : null;
    }

    private boolean exists(Json at, String id) {
        if (entities.containsKey(id)) {
            return true;
        }
        problems.add(new ModelProblem(ModelProblem.Kind.MEANING, at.position(), at.path(),
                "the comment is pinned to \"" + id + "\", which is not an entity of this model"));
        return false;
    }

    private void structure(Json at, String message) {
        problems.add(new ModelProblem(ModelProblem.Kind.STRUCTURE, at.position(), at.path(), message));
    }
}
