package dev.iammodeller.app.canvas;

import dev.iammodeller.model.ConnectionChoice;
import dev.iammodeller.model.Connections;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;

/** The model's own {@link Connections}: what IAM allows between two entities, as the canvas offers it. */
public final class IamConnectionOffers implements ConnectionOffers {
    @Override
    public Offer between(IamModel model, String fromId, String toId) {
        Connections connections = Connections.between(model, fromId, toId);
        List<Choice> choices = new ArrayList<>();
        for (ConnectionChoice choice : connections.choices()) {
            choices.add(new Choice(choice.label(), choice.command()));
        }
        return new Offer(choices, connections.refusal());
    }
}
