package dev.iammodeller.io;

import dev.iammodeller.model.PolicyText;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.TwoSpaceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the fields of one JSON object of a model file, recording a structure problem (with line,
 * column and path) for each missing or mistyped field instead of stopping at the first.
 */
final class Fields {
    private final Json.JsonObject object;
    private final List<ModelProblem> problems;
    /** The names of the fields read so far: the others are unknown to this version ({@link #refuseUnknown}). */
    private final java.util.Set<String> read = new java.util.HashSet<>();

    Fields(Json.JsonObject object, List<ModelProblem> problems) {
        this.object = object;
        this.problems = problems;
    }

    Json.JsonObject object() {
        return object;
    }

    List<ModelProblem> problems() {
        return problems;
    }

    /** The value of a field, marked as read (null when absent). */
    Json value(String name) {
        read.add(name);
        return object.get(name);
    }

    /**
     * A problem for each field of the object that nothing read: a field this version does not know would be
     * lost on the next save, so it is refused rather than dropped.
     */
    void refuseUnknown() {
        for (Map.Entry<String, Json> member : object.members().entrySet()) {
            if (!read.contains(member.getKey())) {
                problem(member.getValue(), "\"" + member.getKey() + "\" is not a field this version of IAM Modeller"
                        + " knows here (a newer version may have written it); it would be lost on saving, so the"
                        + " file is not opened");
            }
        }
    }

    String string(String name) {
        Json value = value(name);
        if (value instanceof Json.JsonString s) {
            return s.value();
        }
        problem(value, value == null ? "\"" + name + "\" is missing" : "\"" + name + "\" must be a string, not " + value.kind());
        return null;
    }

    String optionalString(String name, String fallback) {
        Json value = value(name);
        if (value == null || value instanceof Json.JsonNull) {
            return fallback;
        }
        if (value instanceof Json.JsonString s) {
            return s.value();
        }
        problem(value, "\"" + name + "\" must be a string, not " + value.kind());
        return fallback;
    }

    boolean bool(String name, boolean fallback) {
        Json value = value(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Json.JsonBoolean b) {
            return b.value();
        }
        problem(value, "\"" + name + "\" must be true or false, not " + value.kind());
        return fallback;
    }

    int integer(String name, int fallback) {
        Json value = value(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Json.JsonNumber n) {
            try {
                return Integer.parseInt(n.text());
            } catch (NumberFormatException e) {
                problem(value, "\"" + name + "\" must be a whole number, not " + n.text());
                return fallback;
            }
        }
        problem(value, "\"" + name + "\" must be a number, not " + value.kind());
        return fallback;
    }

    /** The largest coordinate or size the canvas draws: far beyond any diagram, well inside a double's precision. */
    static final double MAX_COORDINATE = 10_000_000;

    /** A coordinate or size of the layout: a finite number no larger than {@link #MAX_COORDINATE}. */
    double number(String name) {
        Json value = value(name);
        if (value instanceof Json.JsonNumber n) {
            double number = n.text().length() > 64 ? Double.NaN : Double.parseDouble(n.text());
            if (!(Math.abs(number) <= MAX_COORDINATE)) {
                String text = n.text().length() > 24 ? n.text().substring(0, 24) + "…" : n.text();
                problem(value, "\"" + name + "\" is " + text + ": a coordinate or size is a number from -10000000"
                        + " to 10000000");
                return 0;
            }
            return number;
        }
        problem(value, value == null ? "\"" + name + "\" is missing" : "\"" + name + "\" must be a number, not " + value.kind());
        return 0;
    }

    /** A list of strings, empty when absent. */
    List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        Json value = value(name);
        if (value == null) {
            return out;
        }
        if (!(value instanceof Json.JsonArray list)) {
            problem(value, "\"" + name + "\" must be a list of strings");
            return out;
        }
        for (Json item : list.items()) {
            if (item instanceof Json.JsonString s) {
                out.add(s.value());
            } else {
                problem(item, "\"" + name + "\" holds strings, not " + item.kind());
            }
        }
        return out;
    }

    Map<String, String> tags(String name) {
        Map<String, String> out = new TreeMap<>();
        Json value = value(name);
        if (value == null) {
            return out;
        }
        if (!(value instanceof Json.JsonObject tags)) {
            problem(value, "\"" + name + "\" must be an object of strings");
            return out;
        }
        tags.members().forEach((key, tag) -> {
            if (tag instanceof Json.JsonString s) {
                out.put(key, s.value());
            } else {
                problem(tag, "tag \"" + key + "\" must be a string");
            }
        });
        return out;
    }

    /** A policy document field, as canonical JSON text; null (and a problem when required) when absent. */
    PolicyText policy(String name, boolean required) {
        Json value = value(name);
        if (value == null || value instanceof Json.JsonNull) {
            if (required) {
                problem(null, "\"" + name + "\" (a policy document) is missing");
            }
            return null;
        }
        if (!(value instanceof Json.JsonObject)) {
            problem(value, "\"" + name + "\" must be a policy document (a JSON object), not " + value.kind());
            return null;
        }
        return new PolicyText(TwoSpaceJson.of(value));
    }

    void problem(Json at, String message) {
        Json where = at != null ? at : object;
        problems.add(new ModelProblem(ModelProblem.Kind.STRUCTURE, where.position(), where.path(), message));
    }
}
