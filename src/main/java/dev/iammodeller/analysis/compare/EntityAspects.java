package dev.iammodeller.analysis.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.PolicyText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between two versions of one entity, in IAM's words: "policy text", "trust policy", "tags",
 * "maximum session"... Every field of the entity is compared but its id; a field naming another entity (an inline
 * policy's owner, an account's parent) through the pairing; a policy as JSON, so that layout and key order do not
 * count. A managed policy's versions count as its default version's text and, apart, its list of versions.
 */
final class EntityAspects {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("trustPolicy", "trust policy"),
            Map.entry("document", "policy text"),
            Map.entry("policy", "resource policy"),
            Map.entry("maxSessionHours", "maximum session"),
            Map.entry("accessKeys", "access keys"),
            Map.entry("consolePassword", "console password"),
            Map.entry("instanceProfile", "instance profile"),
            Map.entry("accountId", "account id"),
            Map.entry("arn", "ARN"));

    private EntityAspects() {
    }

    /** The aspects that differ, in the order of the entity's fields; empty when none does. */
    static List<String> between(Entity base, Entity next, EntityPairing pairing) {
        List<String> out = new ArrayList<>();
        if (base instanceof ManagedPolicy before && next instanceof ManagedPolicy after) {
            compare(before, after, pairing, out, "versions", "defaultVersion");
            if (!samePolicy(before.document(), after.document())) {
                out.add("policy text");
            }
            if (!before.versions().stream().map(ManagedPolicyVersion::versionId).toList()
                    .equals(after.versions().stream().map(ManagedPolicyVersion::versionId).toList())) {
                out.add("versions");
            }
            return out;
        }
        compare(base, next, pairing, out);
        return out;
    }

    private static void compare(Entity base, Entity next, EntityPairing pairing, List<String> out, String... skipped) {
        for (RecordComponent component : base.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("id") || List.of(skipped).contains(name)) {
                continue;
            }
            Object before = value(component, base);
            Object after = value(component, next);
            boolean same;
            if (name.equals("owner") || name.equals("parent")) {
                same = Objects.equals(before == null ? null : pairing.newId((String) before), after);
            } else if (before instanceof PolicyText || after instanceof PolicyText) {
                same = samePolicy((PolicyText) before, (PolicyText) after);
            } else {
                same = Objects.equals(before, after);
            }
            if (!same) {
                out.add(WORDS.getOrDefault(name, words(name)));
            }
        }
    }

    /** The same policy, compared as JSON values (so whitespace and key order do not count). */
    static boolean samePolicy(PolicyText before, PolicyText after) {
        if (before == null || after == null) {
            return before == after;
        }
        if (before.equals(after)) {
            return true;
        }
        try {
            return JSON.readTree(before.json()).equals(JSON.readTree(after.json()));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Object value(RecordComponent component, Entity entity) {
        try {
            return component.getAccessor().invoke(entity);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + entity.id(), e);
        }
    }

    /** {@code someField} → {@code some field}. */
    private static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
