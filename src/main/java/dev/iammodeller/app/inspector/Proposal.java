package dev.iammodeller.app.inspector;

import dev.iammodeller.model.EditRefused;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelCommand;

/**
 * What a value typed in a field would do: nothing (it is the model's value already), a command the
 * model accepts, or a refusal with the sentence that explains it. The model's own rules decide, by
 * trying the command on the current model value (which never changes, so trying is free of effects).
 */
record Proposal(ModelCommand command, String problem) {
    static final Proposal UNCHANGED = new Proposal(null, null);

    static Proposal refused(String problem) {
        return new Proposal(null, problem);
    }

    /** Tries {@code command} on {@code model}: the command, or the model's refusal. */
    static Proposal tried(ModelCommand command, IamModel model) {
        try {
            command.apply(model);
            return new Proposal(command, null);
        } catch (EditRefused refused) {
            return refused(refused.getMessage());
        }
    }

    boolean isRefused() {
        return problem != null;
    }
}
