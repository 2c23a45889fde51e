package dev.iammodeller.policy;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in its text and its JSON path from the document root,
 * so that errors, lint findings and matches can point at the text.
 */
public sealed interface Json {
    SourcePosition position();

    String path();

    /** A short name of the JSON type for messages: "an object", "a string", ... */
    String kind();

    /**
     * An object: its members in the order of the text, and where each name is written. Both maps are
     * held as {@link JsonMembers} (whatever map is given is copied into one), so that the members can
     * also be read by their place in the order.
     */
    record JsonObject(Map<String, Json> members, Map<String, SourcePosition> keyPositions,
                      SourcePosition position, String path) implements Json {
        public JsonObject {
            JsonMembers<Json> held = JsonMembers.copyOf(members);
            members = held;
            keyPositions = held.aligned(keyPositions);
        }

        public Json get(String name) {
            return members.get(name);
        }

        public SourcePosition keyPosition(String name) {
            SourcePosition known = keyPositions.get(name);
            return known != null ? known : position;
        }

        /** How many members the object has. */
        public int size() {
            return members.size();
        }

        /** The name of the member at place {@code i} of the order. */
        @SuppressWarnings("unchecked")
        public String name(int i) {
            return ((JsonMembers<Json>) members).name(i);
        }

        /** The value of the member at place {@code i} of the order. */
        @SuppressWarnings("unchecked")
        public Json member(int i) {
            return ((JsonMembers<Json>) members).value(i);
        }

        /** Where the name of the member at place {@code i} is written. */
        @SuppressWarnings("unchecked")
        public SourcePosition keyPosition(int i) {
            SourcePosition known = ((JsonMembers<SourcePosition>) keyPositions).value(i);
            return known != null ? known : position;
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record JsonArray(List<Json> items, SourcePosition position, String path) implements Json {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record JsonString(String value, SourcePosition position, String path) implements Json {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number kept as its text, as IAM compares numbers in conditions as text it parses itself. */
    record JsonNumber(String text, SourcePosition position, String path) implements Json {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value, SourcePosition position, String path) implements Json {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record JsonNull(SourcePosition position, String path) implements Json {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** The value as text when it is a string, number or boolean; null otherwise. */
    static String scalarText(Json value) {
        if (value instanceof JsonString s) {
            return s.value();
        }
        if (value instanceof JsonNumber n) {
            return n.text();
        }
        if (value instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        return null;
    }
}
