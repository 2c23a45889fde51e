package dev.iammodeller.app.inspector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Tags written on one line as {@code key=value, key=value}, keys in order. IAM forbids commas in tags,
 * so a comma always separates two of them; the first {@code =} ends the key. Whether the tags are
 * allowed is IAM's rule ({@link dev.iammodeller.model.IamNames#tagsProblem}); this only reads the form.
 */
final class TagsText {
    private TagsText() {
    }

    static String format(Map<String, String> tags) {
        return new TreeMap<>(tags).entrySet().stream().map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(", "));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (text.isBlank()) {
            return tags;
        }
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("write tags as key=value, separated by commas: \""
                        + pair.strip() + "\" has no =");
            }
            String key = pair.substring(0, equals).strip();
            if (tags.put(key, pair.substring(equals + 1).strip()) != null) {
                throw new IllegalArgumentException("the tag key \"" + key + "\" appears twice");
            }
        }
        return tags;
    }
}
