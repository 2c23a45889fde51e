package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelCommand;
import java.util.Map;

/**
 * Moves nodes and frames on the canvas as one step: a drag of a selection, or of an account with what it
 * holds. The model's {@code MoveNodes} moves only nodes; a frame's bounds move here too.
 */
public record MoveShapes(Map<String, Layout.Point> nodes, Map<String, Layout.Bounds> frames, String label)
        implements ModelCommand {
    public MoveShapes {
        nodes = Map.copyOf(nodes);
        frames = Map.copyOf(frames);
    }

    @Override
    public IamModel apply(IamModel model) {
        Layout layout = model.layout();
        for (Map.Entry<String, Layout.Point> e : nodes.entrySet()) {
            layout = layout.withNode(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Layout.Bounds> e : frames.entrySet()) {
            layout = layout.withFrame(e.getKey(), e.getValue());
        }
        return model.withLayout(layout);
    }
}
