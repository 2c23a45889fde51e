package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Point;

/** Runs one gesture at a time: starting one cancels any other, Escape cancels the current one. */
final class GestureRunner {
    private Gesture current;

    void start(Gesture gesture) {
        cancel();
        current = gesture;
    }

    boolean isRunning() {
        return current != null;
    }

    Gesture current() {
        return current;
    }

    void drag(Point world, Point screen) {
        if (current != null) {
            current.drag(world, screen);
        }
    }

    void release(Point world, Point screen) {
        Gesture done = current;
        current = null;
        if (done != null) {
            done.release(world, screen);
        }
    }

    /** Cancels the running gesture; true when there was one. */
    boolean cancel() {
        Gesture done = current;
        current = null;
        if (done != null) {
            done.cancel();
            return true;
        }
        return false;
    }
}
