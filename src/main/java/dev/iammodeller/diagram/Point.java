package dev.iammodeller.diagram;

/** A point of the drawing, in world (model layout) coordinates unless said otherwise. */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
