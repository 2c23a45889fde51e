package dev.iammodeller.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of YAML's block style as far as a CloudFormation template needs it (YAML 1.2: block mappings and
 * sequences by indentation, double-quoted scalars with escapes, plain numbers, booleans, null, {} and []),
 * for reading an export back in tests. Anything else is an error.
 */
final class BlockYaml {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();
    private int at;

    private BlockYaml(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
    }

    static JsonNode read(String text) {
        BlockYaml yaml = new BlockYaml(text);
        JsonNode node = yaml.block(0);
        if (yaml.at != yaml.lines.size()) {
            throw new IllegalArgumentException("line not read: " + yaml.lines.get(yaml.at));
        }
        return node;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private JsonNode block(int indent) {
        String first = lines.get(at);
        return first.substring(indent).startsWith("- ") ? sequence(indent) : mapping(indent, null);
    }

    private ArrayNode sequence(int indent) {
        ArrayNode array = JSON.createArrayNode();
        while (at < lines.size() && indent(lines.get(at)) == indent && lines.get(at).substring(indent).startsWith("- ")) {
            String rest = lines.get(at).substring(indent + 2);
            if (rest.startsWith("\"") || !rest.contains(": ") && !rest.endsWith(":")) {
                array.add(scalar(rest));
                at++;
            } else {
                // a mapping whose first member follows the dash
                lines.set(at, " ".repeat(indent + 2) + rest);
                array.add(mapping(indent + 2, null));
            }
        }
        return array;
    }

    private ObjectNode mapping(int indent, ObjectNode into) {
        ObjectNode object = into != null ? into : JSON.createObjectNode();
        while (at < lines.size() && indent(lines.get(at)) == indent && !lines.get(at).substring(indent).startsWith("- ")) {
            String line = lines.get(at).substring(indent);
            String key;
            int end;
            if (line.startsWith("\"")) {
                end = closingQuote(line);
                key = scalar(line.substring(0, end + 1)).asText();
                end++;
            } else {
                end = line.indexOf(':');
                key = line.substring(0, end);
            }
            if (line.charAt(end) != ':') {
                throw new IllegalArgumentException("no colon: " + line);
            }
            String rest = line.substring(end + 1).strip();
            at++;
            if (rest.isEmpty()) {
                int inner = indent(lines.get(at));
                if (inner < indent || inner == indent && !lines.get(at).substring(inner).startsWith("- ")) {
                    throw new IllegalArgumentException("empty value: " + line);
                }
                object.set(key, block(inner));
            } else {
                object.set(key, scalar(rest));
            }
        }
        return object;
    }

    private static int closingQuote(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed string: " + text);
    }

    private static JsonNode scalar(String text) {
        if (text.startsWith("\"")) {
            if (closingQuote(text) != text.length() - 1) {
                throw new IllegalArgumentException("text after a string: " + text);
            }
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < text.length() - 1; i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '"', '\\', '/' -> out.append(e);
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("escape \\" + e);
                }
            }
            return JSON.getNodeFactory().textNode(out.toString());
        }
        return switch (text) {
            case "{}" -> JSON.createObjectNode();
            case "[]" -> JSON.createArrayNode();
            case "true" -> JSON.getNodeFactory().booleanNode(true);
            case "false" -> JSON.getNodeFactory().booleanNode(false);
            case "null" -> JSON.getNodeFactory().nullNode();
            default -> {
                if (!text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                    throw new IllegalArgumentException("a plain scalar that is not a number: " + text);
                }
                try {
                    yield JSON.readTree(text);
                } catch (Exception ex) {
                    throw new IllegalArgumentException(text, ex);
                }
            }
        };
    }
}
