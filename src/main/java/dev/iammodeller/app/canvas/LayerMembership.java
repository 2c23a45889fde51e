package dev.iammodeller.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Which nodes of a layer are in the scene, decided node by node and then applied at once: those to keep that are
 * out are attached (at the end of the layer), those not to keep that are in are taken out. The canvas's culling and
 * the folded-policy and escalation badges keep only what is near the view in the scene.
 */
public final class LayerMembership {
    private final Group layer;
    private final List<Node> in = new ArrayList<>();
    private final Set<Node> out = new HashSet<>();

    public LayerMembership(Group layer) {
        this.layer = layer;
    }

    /** Whether {@code node} (one of this layer's) is to be in the scene. */
    public void keep(Node node, boolean kept) {
        if (kept && node.getParent() != layer) {
            in.add(node);
        } else if (!kept && node.getParent() == layer) {
            out.add(node);
        }
    }

    /** Attaches and takes out what {@link #keep} decided. */
    public void apply() {
        if (!out.isEmpty()) {
            layer.getChildren().removeAll(out);
        }
        layer.getChildren().addAll(in);
        in.clear();
        out.clear();
    }
}
