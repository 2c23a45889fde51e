package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/** A policy under lint: its JSON (for positions of elements), its parsed form, its options, the catalogue. */
record LintSubject(Json.JsonObject root, PolicyDocument document, LintOptions options, Catalog catalog) {

    PolicyType type() {
        return options.type();
    }

    /** The JSON object of a statement, found by its index. */
    Json.JsonObject json(Statement statement) {
        Json list = root.get("Statement");
        if (list instanceof Json.JsonArray array) {
            return (Json.JsonObject) array.items().get(statement.index());
        }
        return (Json.JsonObject) list;
    }

    /** The strings of an element of a statement ("Resource", "Action", ...), each with its position. */
    List<Json.JsonString> strings(Statement statement, String element) {
        return strings(json(statement).get(element));
    }

    /** The strings of a value that is a string or a list (other items are passed over). */
    static List<Json.JsonString> strings(Json value) {
        List<Json.JsonString> out = new ArrayList<>();
        if (value instanceof Json.JsonString s) {
            out.add(s);
        } else if (value instanceof Json.JsonArray array) {
            for (Json item : array.items()) {
                if (item instanceof Json.JsonString s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The Resource or NotResource strings of a statement. */
    List<Json.JsonString> resources(Statement statement) {
        return strings(statement, statement.notResource() ? "NotResource" : "Resource");
    }
}
