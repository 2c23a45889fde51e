package dev.iammodeller.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The AWS managed policies of {@code catalog/aws-managed-policies.json.gz}, read on the first question (not
 * when the catalogue loads). Names are found ignoring case, as IAM names are unique regardless of case; an ARN
 * is found in any partition ({@code arn:aws-cn:iam::aws:policy/ReadOnlyAccess} too).
 */
public final class ManagedPolicies {
    private final String resource;
    private volatile Contents contents;

    private record Contents(List<AwsManagedPolicy> all, Map<String, AwsManagedPolicy> byName, Map<String, AwsManagedPolicy> byArn) {
    }

    ManagedPolicies(String resource) {
        this.resource = resource;
    }

    public Optional<AwsManagedPolicy> byName(String name) {
        return Optional.ofNullable(contents().byName().get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<AwsManagedPolicy> byArn(String arn) {
        return Optional.ofNullable(contents().byArn().get(arnKey(arn)));
    }

    /** Every policy, by name. */
    public List<AwsManagedPolicy> all() {
        return contents().all();
    }

    public int size() {
        return all().size();
    }

    private Contents contents() {
        Contents loaded = contents;
        if (loaded == null) {
            synchronized (this) {
                loaded = contents;
                if (loaded == null) {
                    loaded = read();
                    contents = loaded;
                }
            }
        }
        return loaded;
    }

    /** The ARN without its partition, lower-cased: {@code arn::iam::aws:policy/readonlyaccess}. */
    private static String arnKey(String arn) {
        String lower = arn.toLowerCase(Locale.ROOT);
        int second = lower.startsWith("arn:") ? lower.indexOf(':', 4) : -1;
        return second < 0 ? lower : "arn:" + lower.substring(second);
    }

    private Contents read() {
        try (InputStream raw = ManagedPolicies.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            JsonFactory factory = new JsonFactory();
            List<AwsManagedPolicy> all = new ArrayList<>(2048);
            try (JsonParser parser = factory.createParser(new GZIPInputStream(raw, 1 << 16))) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException(resource + ": not a JSON object");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    all.add(readPolicy(factory, parser, name));
                }
            }
            Map<String, AwsManagedPolicy> byName = new HashMap<>(all.size() * 2);
            Map<String, AwsManagedPolicy> byArn = new HashMap<>(all.size() * 2);
            for (AwsManagedPolicy policy : all) {
                byName.put(policy.name().toLowerCase(Locale.ROOT), policy);
                byArn.put(arnKey(policy.arn()), policy);
            }
            return new Contents(List.copyOf(all), byName, byArn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static AwsManagedPolicy readPolicy(JsonFactory factory, JsonParser parser, String name) throws IOException {
        String arn = "";
        String versionId = "";
        String updated = "";
        String document = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "arn" -> arn = parser.getText();
                case "versionId" -> versionId = parser.getText();
                case "updated" -> updated = parser.getText();
                case "document" -> document = copy(factory, parser);
                default -> parser.skipChildren();
            }
        }
        return new AwsManagedPolicy(name, arn, versionId, updated, document);
    }

    /** The current value (an object, or a string holding the document) as JSON text. */
    private static String copy(JsonFactory factory, JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator generator = factory.createGenerator(text)) {
            generator.copyCurrentStructure(parser);
        }
        return text.toString();
    }
}
