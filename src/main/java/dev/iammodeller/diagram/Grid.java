package dev.iammodeller.diagram;

/** The snapping grid: positions round to the nearest multiple of the spacing. */
public record Grid(double spacing) {
    public static final Grid DEFAULT = new Grid(20);

    public double snap(double value) {
        return Math.round(value / spacing) * spacing;
    }

    public Point snap(Point p) {
        return new Point(snap(p.x()), snap(p.y()));
    }
}
