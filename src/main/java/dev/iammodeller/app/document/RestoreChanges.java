package dev.iammodeller.app.document;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelCommand;

/**
 * Puts back the model a crash left unsaved, over the one on disk: one undo step, so Undo shows what
 * the file holds and the restored model counts as unsaved.
 */
record RestoreChanges(IamModel recovered) implements ModelCommand {
    @Override
    public String label() {
        return "Restore unsaved changes";
    }

    @Override
    public IamModel apply(IamModel model) {
        return recovered;
    }
}
