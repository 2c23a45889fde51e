package dev.iammodeller.cli;

import dev.iammodeller.catalog.EditDistance;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityNames;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The entities a name, id or ARN of the command line means, and what was meant when none matches. */
final class ModelNames {
    private ModelNames() {
    }

    /** The one entity of the model a name, id or ARN means, of the kinds {@code accepted} allows. */
    static Entity find(IamModel model, String text, String what, Predicate<Entity> accepted) throws NotFound {
        List<Entity> matches = lookup(model, text);
        if (matches.isEmpty()) {
            throw new NotFound("no " + what + " \"" + text + "\" in the model" + suggestions(model, text, accepted));
        }
        if (matches.size() > 1) {
            throw ambiguous(text, matches);
        }
        Entity entity = matches.get(0);
        if (!accepted.test(entity)) {
            throw new NotFound(entity.id() + " is a " + entity.kind().json() + ", not a " + what);
        }
        return entity;
    }

    /** The entities the text means ({@link EntityNames}, as the window's {@code --select} reads it). */
    static List<Entity> lookup(IamModel model, String text) {
        return EntityNames.meant(model, text);
    }

    static NotFound ambiguous(String text, List<Entity> matches) {
        return new NotFound("\"" + text + "\" names " + matches.size() + " entities: " + String.join(", ",
                matches.stream().map(ModelNames::describe).toList()) + "; give the id or the ARN");
    }

    /** "; did you mean …?" with the closest entities {@code accepted} allows, else some of them, else nothing. */
    static String suggestions(IamModel model, String text, Predicate<Entity> accepted) {
        String wanted = text.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        TreeMap<Integer, Set<String>> near = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if (!accepted.test(entity)) {
                continue;
            }
            all.add(describe(entity));
            int best = Integer.MAX_VALUE;
            for (String candidate : new String[] {entity.id(), entity.name(), entity.arn()}) {
                if (candidate == null) {
                    continue;
                }
                String lower = candidate.toLowerCase(Locale.ROOT);
                int distance = lower.contains(wanted) || wanted.contains(lower) ? 1 : EditDistance.distance(wanted, lower, Integer.MAX_VALUE - 1);
                best = Math.min(best, distance);
            }
            if (best <= limit) {
                near.computeIfAbsent(best, d -> new TreeSet<>()).add(describe(entity));
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

    private static String describe(Entity entity) {
        return entity.id() + " (" + entity.kind().json() + (entity.arn() == null || entity.arn().equals(entity.id()) ? ""
                : ", " + entity.arn()) + ")";
    }
}
