package dev.iammodeller.model;

import java.util.Map;

/** Moves nodes on the canvas: one drag is one command, so one Undo puts them back. */
public record MoveNodes(Map<String, Layout.Point> positions) implements ModelCommand {
    public MoveNodes {
        positions = Map.copyOf(positions);
    }

    @Override
    public String label() {
        return positions.size() == 1 ? "Move " + positions.keySet().iterator().next() : "Move " + positions.size() + " nodes";
    }

    @Override
    public IamModel apply(IamModel model) {
        Layout layout = model.layout();
        for (Map.Entry<String, Layout.Point> entry : positions.entrySet()) {
            layout = layout.withNode(entry.getKey(), entry.getValue());
        }
        return model.withLayout(layout);
    }
}
