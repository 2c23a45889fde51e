package dev.iammodeller.app.canvas;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelCommand;
import java.util.List;
import java.util.Optional;

/** What may be drawn from one entity to another: the relations IAM allows, or why none is. */
@FunctionalInterface
public interface ConnectionOffers {
    Offer between(IamModel model, String fromId, String toId);

    /** One relation the user may choose, with the command that draws it. */
    record Choice(String label, ModelCommand command) {
    }

    /** The choices, or (when there is none) the one-sentence refusal. */
    record Offer(List<Choice> choices, Optional<String> refusal) {
        public Offer {
            choices = List.copyOf(choices);
        }
    }
}
