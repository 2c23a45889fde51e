package dev.iammodeller.io.authz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Policy documents as the model keeps them: the text a model file's reader makes of a document (two-space
 * indentation, {@code "key": value}, every array item on its own line, {@code []} and {@code {}} for empty
 * containers), so that an imported model saved and loaded again is equal to itself. Documents are copied
 * token by token from the export's parser, never through a tree.
 */
final class PolicyJson {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PolicyJson() {
    }

    /** The canonical text of the JSON value the parser is on (its current token starts it). */
    static String copy(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.setPrettyPrinter(new Printer());
            out.copyCurrentStructureExact(parser);
        }
        return text.toString();
    }

    /** The canonical text of JSON text; a {@link com.fasterxml.jackson.core.JsonProcessingException} when it is not one JSON value. */
    static String reprint(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IOException("the text is empty");
            }
            String out = copy(parser);
            if (parser.nextToken() != null) {
                throw new IOException("unexpected text after the end of the JSON value");
            }
            return out;
        }
    }

    /** {@link #reprint} for text known to be JSON (the catalogue's documents). */
    static String reprintTrusted(String json) {
        try {
            return reprint(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout of {@code dev.iammodeller.io.ModelJsonPrinter}: Python's {@code json.dumps(indent=2)}. */
    static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
            _objectFieldValueSeparatorWithSpaces = ": ";
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer();
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
}
