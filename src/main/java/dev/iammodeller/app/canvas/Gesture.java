package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Point;

/**
 * One mouse gesture on the canvas, from press to release: a move, a rubber band, a connection, a pan.
 * Points are given in world and in canvas (screen) coordinates. Escape cancels it and leaves no trace.
 */
interface Gesture {
    void drag(Point world, Point screen);

    void release(Point world, Point screen);

    void cancel();
}
