package dev.iammodeller.app.document;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.function.Predicate;

/** The nodes {@code --select NAME_OR_ARN} means: those of that ARN or name exactly, else ignoring case. */
final class Selecting {
    private Selecting() {
    }

    static List<String> matches(IamModel model, String nameOrArn) {
        List<String> exact = ids(model, e -> nameOrArn.equals(e.arn()) || nameOrArn.equals(e.name()));
        return exact.isEmpty() ? ids(model, e -> nameOrArn.equalsIgnoreCase(e.arn()) || nameOrArn.equalsIgnoreCase(e.name()))
                : exact;
    }

    private static List<String> ids(IamModel model, Predicate<Entity> which) {
        return model.entities().values().stream().filter(which).map(Entity::id).sorted().toList();
    }
}
