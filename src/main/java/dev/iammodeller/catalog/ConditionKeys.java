package dev.iammodeller.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every condition key the catalogue knows, looked up by name ignoring case: AWS's global keys (from
 * {@code catalog/global-condition-keys.tsv}) and the keys of every service. A key with a template part
 * ({@code aws:ResourceTag/${TagKey}}, {@code s3:ExistingObjectTag/<key>}) answers for any name that fills the
 * part in. When services disagree on a key's type, a global key's type wins, then that of the service whose
 * prefix the key carries, then that of the first service by prefix.
 */
final class ConditionKeys {
    private final Map<String, ConditionKey> byName;
    private final List<Template> templates;

    private record Template(WildcardPattern pattern, ConditionKey key) {
    }

    private ConditionKeys(Map<String, ConditionKey> byName, List<Template> templates) {
        this.byName = byName;
        this.templates = templates;
    }

    static ConditionKeys of(List<ConditionKey> globalKeys, List<Service> services) {
        Map<String, ConditionKey> byName = new HashMap<>(8192);
        globalKeys.forEach(key -> byName.putIfAbsent(lower(key.name()), key));
        for (boolean ownPrefix : new boolean[] {true, false}) {
            for (Service service : services) {
                for (ConditionKey key : service.conditionKeys()) {
                    if (key.name().startsWith(service.prefix() + ":") == ownPrefix) {
                        byName.putIfAbsent(lower(key.name()), key);
                    }
                }
            }
        }
        List<Template> templates = new ArrayList<>();
        for (ConditionKey key : byName.values()) {
            if (key.isTemplate()) {
                templates.add(new Template(compile(key.name()), key));
            }
        }
        templates.sort((a, b) -> a.key().name().compareToIgnoreCase(b.key().name()));
        return new ConditionKeys(byName, List.copyOf(templates));
    }

    Optional<ConditionKey> find(String name) {
        ConditionKey exact = byName.get(lower(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Template template : templates) {
            if (template.pattern().matches(name)) {
                return Optional.of(template.key());
            }
        }
        return Optional.empty();
    }

    /**
     * A key name whose {@code ${...}} and {@code <...>} parts, and a final {@code /tag-key}, match any non-empty
     * run of characters.
     */
    private static WildcardPattern compile(String name) {
        StringBuilder chars = new StringBuilder();
        List<Boolean> wild = new ArrayList<>();
        int tagKey = lower(name).endsWith("/tag-key") ? name.length() - "tag-key".length() : -1;
        for (int i = 0; i < name.length(); i++) {
            int end = name.startsWith("${", i) ? name.indexOf('}', i)
                    : name.charAt(i) == '<' ? name.indexOf('>', i)
                    : i == tagKey ? name.length() - 1 : -1;
            if (end > 0) {
                chars.append("?*");
                wild.add(true);
                wild.add(true);
                i = end;
            } else {
                chars.append(name.charAt(i));
                wild.add(false);
            }
        }
        boolean[] mask = new boolean[wild.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = wild.get(i);
        }
        return WildcardPattern.of(chars.toString(), mask, true);
    }

    /** Reads {@code key TAB type [TAB group [TAB note]]} lines; {@code #} starts a comment line. */
    static List<ConditionKey> readGlobalKeys(InputStream in) throws IOException {
        List<ConditionKey> keys = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2) {
                throw new IOException("catalog/global-condition-keys.tsv: not \"key TAB type\": " + line);
            }
            keys.add(new ConditionKey(columns[0].trim(), columns[1].trim()));
        }
        return keys;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
