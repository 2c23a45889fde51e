package dev.iammodeller.app.document;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelCommand;

/**
 * Puts a whole model in place as one undo step, so it counts as unsaved: the changes a crash left
 * unsaved, over the file they belong to (Undo then shows the file as it is on disk), or an imported
 * account, over an empty model (it exists nowhere else until saved).
 */
record ReplaceModel(String label, IamModel next) implements ModelCommand {
    static ReplaceModel restore(IamModel recovered) {
        return new ReplaceModel("Restore unsaved changes", recovered);
    }

    static ReplaceModel imported(IamModel imported) {
        return new ReplaceModel("Import authorization details", imported);
    }

    @Override
    public IamModel apply(IamModel model) {
        return next;
    }
}
