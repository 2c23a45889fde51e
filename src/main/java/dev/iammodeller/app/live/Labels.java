package dev.iammodeller.app.live;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.LabelPlaces;
import java.util.Collection;
import java.util.List;

/** Keeps the labels drawn over the canvas readable, moving each where {@link LabelPlaces} finds room. */
final class Labels {
    private Labels() {
    }

    /** Moves the edge's label to the nearest free place; returns where it ends up. */
    static Rect clear(OverlayEdge edge, List<Rect> placed, Collection<Rect> taken) {
        Rect box = edge.labelBox();
        Rect moved = LabelPlaces.clear(box, edge.isLevel(), placed, taken);
        edge.nudgeLabel(moved.x() - box.x(), moved.y() - box.y());
        return moved;
    }
}
