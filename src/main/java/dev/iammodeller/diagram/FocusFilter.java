package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a filter view keeps: entities of these kinds (any kind when empty), with this tag ({@code key} or
 * {@code key=value}, keys and values compared ignoring case; none when blank) and this piece of text in their
 * name or ARN (ignoring case; none when blank). An entity is kept when it passes every part that is set.
 */
public record FocusFilter(Set<EntityKind> kinds, String tag, String text) {
    public FocusFilter {
        kinds = Set.copyOf(kinds);
        tag = tag == null ? "" : tag.strip();
        text = text == null ? "" : text.strip();
    }

    /** True when the filter keeps nothing out. */
    public boolean isEmpty() {
        return kinds.isEmpty() && tag.isEmpty() && text.isEmpty();
    }

    public boolean keeps(Entity entity) {
        return (kinds.isEmpty() || kinds.contains(entity.kind())) && hasTag(entity) && hasText(entity);
    }

    private boolean hasText(Entity entity) {
        if (text.isEmpty()) {
            return true;
        }
        String q = text.toLowerCase(Locale.ROOT);
        return entity.name().toLowerCase(Locale.ROOT).contains(q)
                || entity.arn() != null && entity.arn().toLowerCase(Locale.ROOT).contains(q);
    }

    private boolean hasTag(Entity entity) {
        if (tag.isEmpty()) {
            return true;
        }
        int equals = tag.indexOf('=');
        String key = (equals < 0 ? tag : tag.substring(0, equals)).strip();
        String value = equals < 0 ? null : tag.substring(equals + 1).strip();
        for (Map.Entry<String, String> t : tagsOf(entity).entrySet()) {
            if (t.getKey().equalsIgnoreCase(key) && (value == null || t.getValue().equalsIgnoreCase(value))) {
                return true;
            }
        }
        return false;
    }

    /** The IAM tags of an entity: users and roles carry them in the model. */
    private static Map<String, String> tagsOf(Entity entity) {
        if (entity instanceof User user) {
            return user.tags();
        }
        if (entity instanceof Role role) {
            return role.tags();
        }
        return Map.of();
    }

    /** What the filter keeps, in words: "roles and users tagged team=data named "ops"". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(kinds.isEmpty() ? "everything" : String.join(" and ", kinds.stream().sorted()
                .map(k -> plural(dev.iammodeller.model.Words.of(k))).toList()));
        if (!tag.isEmpty()) {
            parts.add("tagged " + tag);
        }
        if (!text.isEmpty()) {
            parts.add("matching \"" + text + "\"");
        }
        return String.join(" ", parts);
    }

    private static String plural(String word) {
        if (word.equals("compute")) {
            return word;
        }
        return word.endsWith("y") && !word.endsWith("ey") ? word.substring(0, word.length() - 1) + "ies"
                : word.endsWith("s") ? word : word + "s";
    }
}
