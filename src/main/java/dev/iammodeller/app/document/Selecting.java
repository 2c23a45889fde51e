package dev.iammodeller.app.document;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityNames;
import dev.iammodeller.model.IamModel;
import java.util.List;

/** The nodes {@code --select NAME_OR_ARN} means: as the command line reads a name ({@link EntityNames}). */
final class Selecting {
    private Selecting() {
    }

    static List<String> matches(IamModel model, String nameOrArn) {
        return EntityNames.meant(model, nameOrArn).stream().map(Entity::id).sorted().toList();
    }
}
