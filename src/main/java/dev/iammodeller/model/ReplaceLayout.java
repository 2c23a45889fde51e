package dev.iammodeller.model;

import java.util.Objects;

/**
 * Puts the whole picture in new places (automatic layout, "Arrange"): every node position and frame at
 * once, as one undoable step. The entities and relations stay as they are.
 */
public record ReplaceLayout(Layout layout, String label) implements ModelCommand {
    public ReplaceLayout {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public IamModel apply(IamModel model) {
        for (String id : layout.nodes().keySet()) {
            if (model.entity(id).isEmpty()) {
                throw new EditRefused("the new layout places " + id + ", which the model does not hold");
            }
        }
        for (String id : layout.frames().keySet()) {
            if (model.entity(id).isEmpty()) {
                throw new EditRefused("the new layout frames " + id + ", which the model does not hold");
            }
        }
        return model.withLayout(layout);
    }
}
