package dev.iammodeller.policy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON value laid out as model files lay out policies (two spaces per level, {@code "key": value}, every
 * member and item on its own line, {@code {}} and {@code []} when empty; numbers as {@link BigInteger} and
 * {@link BigDecimal} print them), together with the tree {@link JsonReader#read JsonReader.read(text, "$")}
 * makes of that text: every value's line, column and path in the new text. A policy read from a model file is
 * so laid out once and never read again from its text.
 */
public final class TwoSpaceJson {
    /** The longest number the reader takes: a longer one is left to the reader, which refuses it. */
    private static final int LONGEST_NUMBER = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    private static final String HEX = "0123456789ABCDEF";

    private final String text;
    private final Json tree;

    private TwoSpaceJson(String text, Json tree) {
        this.text = text;
        this.tree = tree;
    }

    /** The value laid out, with its tree. */
    public static TwoSpaceJson of(Json value) {
        Printing printing = new Printing();
        Json tree = printing.value(value, "$", 0);
        return new TwoSpaceJson(printing.out.toString(), printing.beyondReader ? null : tree);
    }

    public String text() {
        return text;
    }

    /** The tree the reader makes of {@link #text}; null when only the reader can say (a number too long for it). */
    public Json tree() {
        return tree;
    }

    /** The text being written, and where its current line starts. */
    private static final class Printing {
        private final StringBuilder out = new StringBuilder(256);
        private int line = 1;
        private int lineStart;
        private boolean beyondReader;

        private SourcePosition here() {
            return new SourcePosition(line, out.length() - lineStart + 1);
        }

        private void newLine(int level) {
            out.append('\n');
            line++;
            lineStart = out.length();
            for (int i = 0; i < level; i++) {
                out.append("  ");
            }
        }

        /** Before member or item {@code i} of a container at {@code level}: a comma after the one before, a new line. */
        private void item(int i, int level) {
            if (i > 0) {
                out.append(',');
            }
            newLine(level + 1);
        }

        /** The end of a container of {@code size} members or items: on its own line unless empty. */
        private void close(int size, int level, char bracket) {
            if (size > 0) {
                newLine(level);
            }
            out.append(bracket);
        }

        private Json value(Json value, String path, int level) {
            SourcePosition at = here();
            if (value instanceof Json.JsonObject object) {
                int size = object.size();
                String[] names = new String[size];
                Object[] values = new Object[size];
                Object[] places = new Object[size];
                out.append('{');
                for (int i = 0; i < size; i++) {
                    item(i, level);
                    names[i] = object.name(i);
                    places[i] = here();
                    string(names[i]);
                    out.append(": ");
                    values[i] = value(object.member(i), JsonReader.childPath(path, names[i]), level + 1);
                }
                close(size, level, '}');
                JsonMembers<Json> members = JsonMembers.of(names, values);
                return new Json.JsonObject(members, members.withValues(places), at, path);
            }
            if (value instanceof Json.JsonArray array) {
                int size = array.items().size();
                Json[] items = new Json[size];
                out.append('[');
                for (int i = 0; i < size; i++) {
                    item(i, level);
                    items[i] = value(array.items().get(i), path + "[" + i + "]", level + 1);
                }
                close(size, level, ']');
                return new Json.JsonArray(java.util.List.of(items), at, path);
            }
            if (value instanceof Json.JsonString string) {
                string(string.value());
                return new Json.JsonString(string.value(), at, path);
            }
            if (value instanceof Json.JsonNumber number) {
                String text = number(number.text());
                beyondReader |= text.length() > LONGEST_NUMBER;
                out.append(text);
                return new Json.JsonNumber(text, at, path);
            }
            if (value instanceof Json.JsonBoolean bool) {
                out.append(bool.value());
                return new Json.JsonBoolean(bool.value(), at, path);
            }
            out.append("null");
            return new Json.JsonNull(at, path);
        }

        /** A number as written by the model file's writer: a whole number as a BigInteger, any other as a BigDecimal. */
        private static String number(String text) {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0
                    ? new BigInteger(text).toString() : new BigDecimal(text).toString();
        }

        /** A string quoted and escaped as the writer escapes it: quote, backslash and control characters. */
        private void string(String value) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c >= 0x20) {
                    out.append(c);
                } else {
                    switch (c) {
                        case '\b' -> out.append("\\b");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\f' -> out.append("\\f");
                        case '\r' -> out.append("\\r");
                        default -> out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                    }
                }
            }
            out.append('"');
        }
    }
}
