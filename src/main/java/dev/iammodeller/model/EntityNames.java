package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The entities a name, id or ARN typed by a person means (on the command line, in {@code --select}): the entity
 * of that id; else those of that ARN; else those of that name (exactly, then ignoring case; an inline policy
 * only by its id, its name being its owner's business); else those of that ARN ignoring case.
 */
public final class EntityNames {
    private EntityNames() {
    }

    public static List<Entity> meant(IamModel model, String text) {
        Entity byId = model.entities().get(text);
        if (byId != null) {
            return List.of(byId);
        }
        List<Entity> byArn = model.entities().values().stream().filter(e -> text.equals(e.arn())).toList();
        if (!byArn.isEmpty()) {
            return byArn;
        }
        List<Entity> byName = model.entities().values().stream()
                .filter(e -> !(e instanceof InlinePolicy) && text.equals(e.name())).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        List<Entity> byNameInAnyCase = model.entities().values().stream()
                .filter(e -> !(e instanceof InlinePolicy) && text.equalsIgnoreCase(e.name())).toList();
        if (!byNameInAnyCase.isEmpty()) {
            return byNameInAnyCase;
        }
        return model.entities().values().stream().filter(e -> text.equalsIgnoreCase(e.arn())).toList();
    }

    /**
     * "; did you mean …?" with the entities {@code accepted} allows whose id, name or ARN is closest to {@code text} (one
     * holding the other, or within an edit distance of a third of it), each as {@code described}, the closest first and
     * at most five; else "; it holds …" with some of them; else nothing.
     */
    public static String suggestions(IamModel model, String text, Predicate<Entity> accepted,
                                     Function<Entity, String> described) {
        String wanted = text.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        TreeMap<Integer, Set<String>> near = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if (!accepted.test(entity)) {
                continue;
            }
            all.add(described.apply(entity));
            int best = Integer.MAX_VALUE;
            for (String candidate : new String[] {entity.id(), entity.name(), entity.arn()}) {
                if (candidate == null) {
                    continue;
                }
                String lower = candidate.toLowerCase(Locale.ROOT);
                int distance = lower.contains(wanted) || wanted.contains(lower) ? 1
                        : dev.iammodeller.catalog.EditDistance.distance(wanted, lower, Integer.MAX_VALUE - 1);
                best = Math.min(best, distance);
            }
            if (best <= limit) {
                near.computeIfAbsent(best, d -> new TreeSet<>()).add(described.apply(entity));
            }
        }
        List<String> close = near.values().stream().flatMap(Set::stream).limit(5).toList();
        if (!close.isEmpty()) {
            return "; did you mean " + String.join(", ", close) + "?";
        }
        if (all.isEmpty()) {
            return "";
        }
        return "; it holds " + String.join(", ", all.subList(0, Math.min(all.size(), 10)))
                + (all.size() > 10 ? " and " + (all.size() - 10) + " more" : "");
    }
}
