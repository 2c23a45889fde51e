package dev.iammodeller.io.authz;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of what an AWS CLI command printed ({@code organizations list-roots}, {@code sso-admin
 * list-permission-sets}...), read whole as a tree that remembers where each value is, so that every refusal
 * names the file, line, column and JSON path. These files are small; the large
 * {@code get-account-authorization-details} exports are streamed by {@link ExportReader} instead.
 *
 * @param name the file as messages name it (its path as given, under the folder imported)
 * @param root the top-level object
 */
record CliOutput(String name, Json.JsonObject root) {

    /** Reads a file that must be one JSON object; {@code command} says what printed it, for messages. */
    static CliOutput read(Path file, String command) throws IOException, AuthorizationImportException {
        String text = AuthorizationImport.text(file);
        Json json;
        try {
            json = JsonReader.read(text, "$");
        } catch (PolicyParseException e) {
            throw new AuthorizationImportException(file.toString(), e.position(), e.path(), e.problem());
        }
        if (!(json instanceof Json.JsonObject object)) {
            throw new AuthorizationImportException(file.toString(), json.position(), "$",
                    "expected the JSON object that " + command + " prints, not " + json.kind());
        }
        return new CliOutput(file.toString(), object);
    }

    /** Reads the file if it exists, else null. */
    static CliOutput readIfPresent(Path file, String command) throws IOException, AuthorizationImportException {
        return Files.isRegularFile(file) ? read(file, command) : null;
    }

    /** The objects of the list {@code field} of the top-level object (required). */
    List<Json.JsonObject> objects(String field) throws AuthorizationImportException {
        return objects(root, field);
    }

    /** The objects of the list {@code field} of {@code object} (required). */
    List<Json.JsonObject> objects(Json.JsonObject object, String field) throws AuthorizationImportException {
        List<Json.JsonObject> out = new ArrayList<>();
        for (Json item : list(object, field)) {
            if (!(item instanceof Json.JsonObject o)) {
                throw refuse(item, "expected an object, not " + item.kind());
            }
            out.add(o);
        }
        return out;
    }

    /** The strings of the list {@code field} of the top-level object (required). */
    List<Json.JsonString> strings(String field) throws AuthorizationImportException {
        List<Json.JsonString> out = new ArrayList<>();
        for (Json item : list(root, field)) {
            if (!(item instanceof Json.JsonString s)) {
                throw refuse(item, "expected a string, not " + item.kind());
            }
            out.add(s);
        }
        return out;
    }

    private List<Json> list(Json.JsonObject object, String field) throws AuthorizationImportException {
        Json value = object.get(field);
        if (value == null) {
            throw refuse(object, "\"" + field + "\" is missing");
        }
        if (!(value instanceof Json.JsonArray array)) {
            throw refuse(value, "\"" + field + "\" must be a list, not " + value.kind());
        }
        return array.items();
    }

    /** The object member {@code field} (required). */
    Json.JsonObject object(Json.JsonObject object, String field) throws AuthorizationImportException {
        Json value = object.get(field);
        if (value == null) {
            throw refuse(object, "\"" + field + "\" is missing");
        }
        if (!(value instanceof Json.JsonObject o)) {
            throw refuse(value, "\"" + field + "\" must be an object, not " + value.kind());
        }
        return o;
    }

    /** The string member {@code field} (required, not empty). */
    String text(Json.JsonObject object, String field) throws AuthorizationImportException {
        String value = optionalText(object, field);
        if (value == null || value.isEmpty()) {
            throw refuse(value == null ? object : object.get(field), "\"" + field + "\" is missing or empty");
        }
        return value;
    }

    /** The string member {@code field}, or null when absent or null. */
    String optionalText(Json.JsonObject object, String field) throws AuthorizationImportException {
        Json value = object.get(field);
        if (value == null || value instanceof Json.JsonNull) {
            return null;
        }
        if (!(value instanceof Json.JsonString s)) {
            throw refuse(value, "\"" + field + "\" must be a string, not " + value.kind());
        }
        return s.value();
    }

    /** The boolean member {@code field}, false when absent. */
    boolean flag(Json.JsonObject object, String field) throws AuthorizationImportException {
        Json value = object.get(field);
        if (value == null || value instanceof Json.JsonNull) {
            return false;
        }
        if (!(value instanceof Json.JsonBoolean b)) {
            throw refuse(value, "\"" + field + "\" must be true or false, not " + value.kind());
        }
        return b.value();
    }

    /** A refusal of the value {@code at}, at its place in this file. */
    AuthorizationImportException refuse(Json at, String problem) {
        return new AuthorizationImportException(name, at.position(), at.path(), problem);
    }

    /** A refusal of the member {@code field} of {@code object}, at its value (or the object when absent). */
    AuthorizationImportException refuse(Json.JsonObject object, String field, String problem) {
        Json value = object.get(field);
        return refuse(value != null ? value : object, problem);
    }

    /** Where the whole file starts, for a refusal about the file itself. */
    static AuthorizationImportException refuseFile(Path file, String problem) {
        return new AuthorizationImportException(file.toString(), new SourcePosition(1, 1), "", problem);
    }
}
