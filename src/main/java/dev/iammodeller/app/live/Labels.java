package dev.iammodeller.app.live;

import dev.iammodeller.diagram.Rect;
import java.util.List;

/** Keeps the labels drawn over the canvas apart: a label that would cover one placed before moves down. */
final class Labels {
    private Labels() {
    }

    /** Moves the edge's label below every placed label it overlaps; returns where it ends up. */
    static Rect clear(OverlayEdge edge, List<Rect> placed) {
        Rect box = edge.labelBox();
        boolean moved = true;
        for (int tries = 0; moved && tries < 20; tries++) {
            moved = false;
            for (Rect other : placed) {
                if (box.intersects(other)) {
                    double dy = other.maxY() + 2 - box.y();
                    edge.nudgeLabel(dy);
                    box = box.moved(0, dy);
                    moved = true;
                }
            }
        }
        return box;
    }
}
