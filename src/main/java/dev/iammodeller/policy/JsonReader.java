package dev.iammodeller.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads JSON text into a {@link Json} tree that knows the line, column and path of every value. */
public final class JsonReader {
    /** How deep objects and lists may nest: Jackson's default limit, checked here where the place is known. */
    private static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // one level more than MAX_DEPTH, so that the reading meets the level too deep and says where it opens
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
            .build();

    private JsonReader() {
    }

    /** Reads one JSON value that must fill the whole text; the root path is {@code rootPath}. */
    public static Json read(String text, String rootPath) {
        return read(text, rootPath, Set.of());
    }

    /**
     * {@link #read(String, String)}, except that what the value of a member named in {@code unplaced} holds is not
     * placed: that value keeps its line, column and path, its members and items (at any depth) have
     * {@link SourcePosition#UNKNOWN} and the value's path. For text whose such values are only copied (a model
     * file's policy documents, laid out anew by {@link TwoSpaceJson}), so the work of placing them is not done.
     */
    public static Json read(String text, String rootPath, Set<String> unplaced) {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new PolicyParseException("INVALID_JSON", new SourcePosition(1, 1), rootPath, "cannot read the JSON text");
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PolicyParseException("INVALID_JSON", new SourcePosition(1, 1), rootPath, "the text is empty, expected JSON");
            }
            Json value = new Reading(rootPath, unplaced).value(parser, rootPath, true, true);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new PolicyParseException("INVALID_JSON", position(parser.currentTokenLocation()), rootPath,
                        "unexpected text after the end of the JSON value");
            }
            return value;
        } catch (JsonParseException e) {
            throw new PolicyParseException("INVALID_JSON", position(e.getLocation()), rootPath, describe(e));
        } catch (StreamConstraintsException e) {
            // A size limit (the length of a number, a name or a string): where that value starts.
            throw new PolicyParseException("INVALID_JSON", position(parser.currentTokenLocation()),
                    pathOf(parser.getParsingContext(), rootPath), "the JSON is beyond what a policy can hold: " + limit(e));
        } catch (IOException e) {
            throw new PolicyParseException("INVALID_JSON", position(parser.currentLocation()), rootPath,
                    "cannot read the JSON text: " + e.getMessage());
        }
    }

    /** The longest path a size limit's message names whole; a longer one keeps its start and its end. */
    private static final int LONGEST_PATH = 160;

    /** The JSON path of the value the parser is in, as {@code $.a.b[2]}, from {@code rootPath}. */
    private static String pathOf(JsonStreamContext context, String rootPath) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            chain.add(at);
        }
        StringBuilder path = new StringBuilder(rootPath);
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext at = chain.get(i);
            if (at.inArray()) {
                path.append('[').append(Math.max(0, at.getCurrentIndex())).append(']');
            } else if (at.getCurrentName() != null) {
                path.append(childPath("", at.getCurrentName()));
            }
        }
        return shown(path.toString());
    }

    /** A path as a message shows it: whole, or its start and its end when it is longer than {@link #LONGEST_PATH}. */
    private static String shown(String path) {
        return path.length() <= LONGEST_PATH ? path
                : path.substring(0, LONGEST_PATH / 2) + "…" + path.substring(path.length() - LONGEST_PATH / 2);
    }

    /** Jackson's size limit in words, without the name of the setting that raises it. */
    private static String limit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int setting = message.indexOf(", from `");
        String shown = setting > 0 ? message.substring(0, setting) + ")" : message;
        if (shown.startsWith("Document nesting depth")) {
            return tooDeep();
        }
        return shown.isEmpty() ? "a size limit" : shown;
    }

    private static String tooDeep() {
        return "it nests deeper than " + MAX_DEPTH + " levels";
    }

    /** One reading, and the names of the members whose values hold nothing placed. */
    private record Reading(String rootPath, Set<String> unplaced) {
        /** The value the parser is on, placed or not, and what it holds placed or not. */
        private Json value(JsonParser parser, String path, boolean placed, boolean inside) throws IOException {
            SourcePosition at = placed ? position(parser.currentTokenLocation()) : SourcePosition.UNKNOWN;
            JsonToken token = parser.currentToken();
            if (token.isStructStart() && parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
                throw new PolicyParseException("INVALID_JSON", placed ? at : position(parser.currentTokenLocation()),
                        placed ? shown(path) : pathOf(parser.getParsingContext().getParent(), rootPath),
                        "the JSON is beyond what a policy can hold: " + tooDeep());
            }
            switch (token) {
                case START_OBJECT: {
                    // names are distinct: the parser refuses a name given twice
                    List<String> names = new ArrayList<>();
                    List<SourcePosition> places = new ArrayList<>();
                    List<Json> values = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        names.add(name);
                        places.add(inside ? position(parser.currentTokenLocation()) : at);
                        parser.nextToken();
                        values.add(inside ? value(parser, childPath(path, name), true, !unplaced.contains(name))
                                : value(parser, path, false, false));
                    }
                    String[] held = names.toArray(new String[0]);
                    JsonMembers<Json> members = JsonMembers.of(held, values.toArray());
                    return new Json.JsonObject(members, members.withValues(places.toArray()), at, path);
                }
                case START_ARRAY: {
                    List<Json> items = new ArrayList<>();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(inside ? value(parser, path + "[" + index++ + "]", true, true)
                                : value(parser, path, false, false));
                    }
                    return new Json.JsonArray(List.copyOf(items), at, path);
                }
                case VALUE_STRING:
                    return new Json.JsonString(parser.getText(), at, path);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return new Json.JsonNumber(parser.getText(), at, path);
                case VALUE_TRUE:
                    return new Json.JsonBoolean(true, at, path);
                case VALUE_FALSE:
                    return new Json.JsonBoolean(false, at, path);
                case VALUE_NULL:
                    return new Json.JsonNull(at, path);
                default:
                    throw new PolicyParseException(at, path, "unexpected " + token);
            }
        }
    }

    static String childPath(String parent, String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_';
        }
        return plain ? parent + "." + name : parent + "['" + name.replace("'", "\\'") + "']";
    }

    private static SourcePosition position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Jackson's message without its location suffix, and plain words for the common mistakes. */
    private static String describe(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "invalid JSON";
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return "comments (// or /* */) are not allowed in JSON policies; remove the comment";
        }
        if (message.contains("Duplicate field")) {
            return message.replace("Duplicate field", "duplicate element");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the JSON text ends too early (an object or list is not closed)";
        }
        int newline = message.indexOf('\n');
        return "invalid JSON: " + (newline > 0 ? message.substring(0, newline) : message);
    }
}
