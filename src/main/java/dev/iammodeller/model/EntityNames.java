package dev.iammodeller.model;

import java.util.List;

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
}
