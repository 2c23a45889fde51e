package dev.iammodeller.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * JSON laid out for people and diffs: an indentation per level, {@code "key": value}, every member and
 * array item on its own line, empty containers as {@code []} and {@code {}}. Two spaces is the layout of
 * model files and imported documents (the text of Python's {@code json.dumps(indent=2)}); four is how the
 * AWS console and CLI print policies (the policy exports).
 */
public final class JsonLayout extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private final String indent;

    private JsonLayout(String indent) {
        this.indent = indent;
        DefaultIndenter indenter = new DefaultIndenter(indent, "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
        _objectFieldValueSeparatorWithSpaces = ": ";
    }

    /** The layout of model files: two spaces. */
    public static JsonLayout twoSpaces() {
        return new JsonLayout("  ");
    }

    /** The layout AWS prints policies in: four spaces. */
    public static JsonLayout fourSpaces() {
        return new JsonLayout("    ");
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new JsonLayout(indent);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        if (!_objectIndenter.isInline()) {
            --_nesting;
        }
        if (entries > 0) {
            _objectIndenter.writeIndentation(g, _nesting);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (!_arrayIndenter.isInline()) {
            --_nesting;
        }
        if (values > 0) {
            _arrayIndenter.writeIndentation(g, _nesting);
        }
        g.writeRaw(']');
    }
}
