package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelCommand;

/** Puts a whole new layout in place (automatic layout) as one undo step. */
public record ReplaceLayout(Layout layout, String label) implements ModelCommand {
    @Override
    public IamModel apply(IamModel model) {
        return model.withLayout(layout);
    }
}
