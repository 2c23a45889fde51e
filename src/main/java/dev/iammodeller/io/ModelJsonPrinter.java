package dev.iammodeller.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * The layout of model files: two-space indentation, {@code "key": value}, every array item on its own
 * line, empty containers as {@code []} and {@code {}} (the same text as Python's
 * {@code json.dumps(indent=2)}), so files diff line by line.
 */
final class ModelJsonPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    ModelJsonPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
        _objectFieldValueSeparatorWithSpaces = ": ";
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new ModelJsonPrinter();
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
