package dev.iammodeller.model;

import java.util.List;

/** Several commands as one undo step ("Paste 5 nodes"); if one is refused, none applies. */
public record CompoundCommand(String label, List<ModelCommand> commands) implements ModelCommand {
    public CompoundCommand {
        commands = List.copyOf(commands);
    }

    @Override
    public IamModel apply(IamModel model) {
        IamModel next = model;
        for (ModelCommand command : commands) {
            next = command.apply(next);
        }
        return next;
    }
}
