package dev.iammodeller.diagram;

import dev.iammodeller.model.ModelCommand;

/** What a drop from the palette makes: the command and the new entity's id, or why nothing can be made there. */
public record Creation(ModelCommand command, String id, String refusal) {
    static Creation refused(String why) {
        return new Creation(null, null, why);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
