package dev.iammodeller.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON tree as YAML in plain block style, written by hand: every string double-quoted with YAML's escapes,
 * keys quoted unless they are letters and digits, empty objects and lists as {@code {}} and {@code []}.
 * The YAML reads back as the same JSON tree.
 */
final class YamlText {
    private YamlText() {
    }

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        if (node.isObject() && node.size() > 0) {
            object(out, node, "", false);
        } else {
            out.append(scalar(node)).append('\n');
        }
        return out.toString();
    }

    /** The members of an object at {@code indent}; the first one follows a list's dash when {@code afterDash}. */
    private static void object(StringBuilder out, JsonNode node, String indent, boolean afterDash) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!(first && afterDash)) {
                out.append(indent);
            }
            out.append(key(field.getKey())).append(':');
            value(out, field.getValue(), indent);
            first = false;
        }
    }

    private static void value(StringBuilder out, JsonNode value, String indent) {
        if (value.isObject() && value.size() > 0) {
            out.append('\n');
            object(out, value, indent + "  ", false);
        } else if (value.isArray() && value.size() > 0) {
            out.append('\n');
            list(out, value, indent + "  ");
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static void list(StringBuilder out, JsonNode array, String indent) {
        for (JsonNode item : array) {
            out.append(indent).append("- ");
            if (item.isObject() && item.size() > 0) {
                object(out, item, indent + "  ", true);
            } else if (item.isArray() && item.size() > 0) {
                out.append('\n');
                list(out, item, indent + "  ");
            } else {
                out.append(scalar(item)).append('\n');
            }
        }
    }

    private static String key(String key) {
        return key.matches("[A-Za-z][A-Za-z0-9]*") ? key : quote(key);
    }

    private static String scalar(JsonNode value) {
        if (value.isObject()) {
            return "{}";
        }
        if (value.isArray()) {
            return "[]";
        }
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isNull()) {
            return "null";
        }
        return value.asText();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
