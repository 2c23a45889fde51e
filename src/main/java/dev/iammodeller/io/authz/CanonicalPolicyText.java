package dev.iammodeller.io.authz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.iammodeller.io.JsonLayout;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Policy documents as the model keeps them: the text a model file's reader makes of a document (two-space
 * indentation, {@code "key": value}, every array item on its own line, {@code []} and {@code {}} for empty
 * containers), so that an imported model saved and loaded again is equal to itself. Documents are copied
 * token by token from the export's parser, never through a tree.
 */
final class CanonicalPolicyText {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalPolicyText() {
    }

    /** The canonical text of the JSON value the parser is on (its current token starts it). */
    static String copy(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.setPrettyPrinter(JsonLayout.twoSpaces());
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
}
