package dev.iammodeller.cli;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityNames;
import dev.iammodeller.model.IamModel;
import java.util.List;
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
        return EntityNames.suggestions(model, text, accepted, ModelNames::describe);
    }

    private static String describe(Entity entity) {
        return entity.id() + " (" + entity.kind().json() + (entity.arn() == null || entity.arn().equals(entity.id()) ? ""
                : ", " + entity.arn()) + ")";
    }
}
