package dev.iammodeller.io;

import dev.iammodeller.model.AcceptedFinding;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.RuleViolation;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the text of a model file, collecting every problem; builds the model only when there is none. */
final class ModelFileReader {
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Map<String, Json> entityJson = new HashMap<>();
    private final Map<Relation, Json> relationJson = new HashMap<>();

    /**
     * The fields that hold policy documents: what is inside them is laid out anew ({@link Fields#policy}) and its
     * problems placed in that text, so the reader need not place it in the file.
     */
    private static final Set<String> POLICY_DOCUMENTS = Set.of("trustPolicy", "document", "policy", "inlinePolicy");

    static IamModel read(String text, String name) throws ModelFileException {
        return new ModelFileReader().model(text, name);
    }

    private IamModel model(String text, String name) throws ModelFileException {
        Json root;
        try {
            root = JsonReader.read(text, "$", POLICY_DOCUMENTS);
        } catch (PolicyParseException e) {
            problems.add(new ModelProblem(ModelProblem.Kind.SYNTAX, e.position(), e.path(), e.problem()));
            throw new ModelFileException(name, problems);
        }
        if (!(root instanceof Json.JsonObject object)) {
            problems.add(new ModelProblem(ModelProblem.Kind.STRUCTURE, root.position(), "$",
                    "a model file is a JSON object with \"format\": \"" + ModelFile.FORMAT + "\""));
            throw new ModelFileException(name, problems);
        }
        Fields fields = new Fields(object, problems);
        String format = fields.string("format");
        if (format != null && !format.equals(ModelFile.FORMAT) && !format.equals(ModelFile.FORMAT_1)) {
            fields.problem(object.get("format"), format.startsWith("iam-modeller/")
                    ? "this file has format " + format + ", written by a newer IAM Modeller; this version reads "
                    + ModelFile.FORMAT_1 + " and " + ModelFile.FORMAT + ": update IAM Modeller to open it"
                    : "\"" + format + "\" is not an IAM Modeller format (expected " + ModelFile.FORMAT_1 + " or "
                    + ModelFile.FORMAT + ")");
            throw new ModelFileException(name, problems);
        }
        Map<String, Entity> entities = entities(fields.value("entities"));
        List<Relation> relations = relations(fields.value("relations"));
        Layout layout = layout(fields.value("layout"));
        List<AcceptedFinding> accepted = acceptedFindings(fields.value("acceptedFindings"));
        List<Comment> comments = List.of();
        if (ModelFile.FORMAT.equals(format)) {
            comments = CommentReader.read(list(fields.value("comments"), "comments"), entities, problems);
        } else if (object.get("comments") != null) {
            problem(object.get("comments"), "comments are kept by format " + ModelFile.FORMAT + ", and this file says "
                    + ModelFile.FORMAT_1 + ": make its \"format\" " + ModelFile.FORMAT);
            fields.value("comments");
        }
        IamModel model = new IamModel(fields.optionalString("title", "Untitled"),
                fields.optionalString("description", ""), entities, relations, layout, accepted, comments);
        fields.refuseUnknown();
        if (problems.isEmpty()) {
            for (RuleViolation violation : ModelRules.check(model)) {
                Json at = violation.relation() != null ? relationJson.get(violation.relation())
                        : entityJson.get(violation.entityId());
                Json where = at != null ? at : object;
                problems.add(new ModelProblem(ModelProblem.Kind.MEANING, where.position(), where.path(), violation.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelFileException(name, problems);
        }
        return model;
    }

    /** An entity read from its object, with the problems of reading it (null entity when it cannot be read). */
    private record EntityRead(Entity entity, List<ModelProblem> problems) {
    }

    /**
     * The entities, read on every core (each object on its own, with its own problems; a large model's policies
     * are printed as canonical text here), then taken in the file's order so that ids and problems come out
     * as they would one by one.
     */
    private Map<String, Entity> entities(Json value) {
        Map<String, Entity> out = new LinkedHashMap<>();
        List<Json> items = list(value, "entities");
        List<EntityRead> reads = java.util.stream.IntStream.range(0, items.size()).parallel().mapToObj(i -> {
            if (!(items.get(i) instanceof Json.JsonObject object)) {
                return null;
            }
            List<ModelProblem> own = new ArrayList<>();
            return new EntityRead(EntityReader.read(new Fields(object, own)), own);
        }).toList();
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            if (!(item instanceof Json.JsonObject object)) {
                problem(item, "an entity must be an object with \"kind\", \"id\" and \"name\"");
                continue;
            }
            problems.addAll(reads.get(i).problems());
            Entity entity = reads.get(i).entity();
            if (entity == null) {
                continue;
            }
            if (out.containsKey(entity.id())) {
                problem(object.get("id"), "the id \"" + entity.id() + "\" is used twice: ids are unique in a model");
                continue;
            }
            out.put(entity.id(), entity);
            entityJson.put(entity.id(), object);
        }
        return out;
    }

    private List<Relation> relations(Json value) {
        List<Relation> out = new ArrayList<>();
        for (Json item : list(value, "relations")) {
            if (!(item instanceof Json.JsonObject object)) {
                problem(item, "a relation must be an object with \"kind\", \"from\" and \"to\"");
                continue;
            }
            Fields fields = new Fields(object, problems);
            String kindName = fields.string("kind");
            String from = fields.string("from");
            String to = fields.string("to");
            fields.refuseUnknown();
            RelationKind kind = kindName == null ? null : RelationKind.byJson(kindName);
            if (kindName != null && kind == null) {
                problem(object.get("kind"), "\"" + kindName + "\" is not a relation (memberOf, attachedTo, boundaryOf, runsAs, appliesTo)");
            }
            if (kind != null && from != null && to != null) {
                Relation relation = new Relation(kind, from, to);
                Json earlier = relationJson.get(relation);
                if (earlier != null) {
                    problem(object, "this relation is also at line " + earlier.position().line()
                            + ": a relation is listed once");
                    continue;
                }
                out.add(relation);
                relationJson.put(relation, object);
            }
        }
        return out;
    }

    /** The optional {@code acceptedFindings}: {@code [{"code", "subject", "reason", "acceptedBy"?, "at"?}]}. */
    private List<AcceptedFinding> acceptedFindings(Json value) {
        List<AcceptedFinding> out = new ArrayList<>();
        for (Json item : list(value, "acceptedFindings")) {
            if (!(item instanceof Json.JsonObject object)) {
                problem(item, "an accepted finding must be an object with \"code\", \"subject\" and \"reason\"");
                continue;
            }
            Fields fields = new Fields(object, problems);
            String code = fields.string("code");
            String subject = fields.string("subject");
            String reason = fields.string("reason");
            String acceptedBy = fields.optionalString("acceptedBy", null);
            String at = fields.optionalString("at", null);
            fields.refuseUnknown();
            if (reason != null && reason.isBlank()) {
                problem(object.get("reason"), "\"reason\" says why the finding is accepted: it cannot be blank");
                continue;
            }
            if (code != null && subject != null && reason != null) {
                if (code.isBlank() || subject.isBlank()) {
                    problem(object, "an accepted finding names its \"code\" and its \"subject\" (an ARN or an id)");
                    continue;
                }
                out.add(new AcceptedFinding(code, subject, reason, acceptedBy, at));
            }
        }
        return out;
    }

    private Layout layout(Json value) {
        if (value == null) {
            return Layout.EMPTY;
        }
        if (!(value instanceof Json.JsonObject object)) {
            problem(value, "\"layout\" must be an object with \"nodes\" and \"frames\"");
            return Layout.EMPTY;
        }
        Map<String, Layout.Point> nodes = new HashMap<>();
        Map<String, Layout.Bounds> frames = new HashMap<>();
        Fields layoutFields = new Fields(object, problems);
        if (layoutFields.value("nodes") instanceof Json.JsonObject n) {
            n.members().forEach((id, point) -> {
                if (point instanceof Json.JsonObject p) {
                    Fields f = new Fields(p, problems);
                    nodes.put(id, new Layout.Point(f.number("x"), f.number("y")));
                    f.refuseUnknown();
                } else {
                    problem(point, "a node position is {\"x\": ..., \"y\": ...}");
                }
            });
        }
        if (layoutFields.value("frames") instanceof Json.JsonObject fr) {
            fr.members().forEach((id, bounds) -> {
                if (bounds instanceof Json.JsonObject b) {
                    Fields f = new Fields(b, problems);
                    frames.put(id, new Layout.Bounds(f.number("x"), f.number("y"), f.number("width"), f.number("height")));
                    f.refuseUnknown();
                } else {
                    problem(bounds, "a frame is {\"x\", \"y\", \"width\", \"height\"}");
                }
            });
        }
        layoutFields.refuseUnknown();
        return new Layout(nodes, frames);
    }

    private List<Json> list(Json value, String name) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Json.JsonArray array) {
            return array.items();
        }
        problem(value, "\"" + name + "\" must be a list");
        return List.of();
    }

    private void problem(Json at, String message) {
        problems.add(new ModelProblem(ModelProblem.Kind.STRUCTURE, at.position(), at.path(), message));
    }
}
