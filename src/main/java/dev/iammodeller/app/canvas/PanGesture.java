package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.ViewTransform;

/** Space-drag or middle-drag: the world follows the pointer; Escape returns to where it was. */
final class PanGesture implements Gesture {
    private final DiagramCanvas canvas;
    private final ViewTransform before;
    private Point last;

    PanGesture(DiagramCanvas canvas, Point screen) {
        this.canvas = canvas;
        this.before = canvas.transform();
        this.last = screen;
    }

    @Override
    public void drag(Point world, Point screen) {
        canvas.panBy(screen.x() - last.x(), screen.y() - last.y());
        last = screen;
    }

    @Override
    public void release(Point world, Point screen) {
        drag(world, screen);
    }

    @Override
    public void cancel() {
        canvas.transformProperty().set(before);
    }
}
