package dev.iammodeller.diagram;

/** Where an edge between two shapes starts and ends. */
public final class Anchors {
    private Anchors() {
    }

    /**
     * The start on {@code from}'s border and the end on {@code to}'s border, along the line between their
     * centres. When one shape holds the other (a role inside the account it trusts), the edge runs straight up
     * from the inner shape to the frame's top edge.
     */
    public static Point[] between(Rect from, Rect to) {
        if (to.contains(from)) {
            double x = from.centre().x();
            return new Point[] {new Point(x, from.y()), new Point(x, to.y())};
        }
        if (from.contains(to)) {
            double x = to.centre().x();
            return new Point[] {new Point(x, from.y()), new Point(x, to.y())};
        }
        return new Point[] {from.anchorTowards(to.centre()), to.anchorTowards(from.centre())};
    }

    /**
     * The outline of an arrow head at {@code tip}, pointing along the line from {@code tail}: the points of
     * a polygon (filled, diamond) or polyline (open, bar), {@code size} long.
     */
    public static double[] head(ArrowHead head, Point tail, Point tip, double size) {
        double dx = tip.x() - tail.x();
        double dy = tip.y() - tail.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double px = -uy;
        double py = ux;
        double w = size * 0.5;
        double bx = tip.x() - ux * size;
        double by = tip.y() - uy * size;
        switch (head) {
            case DIAMOND:
                double mx = tip.x() - ux * size / 2;
                double my = tip.y() - uy * size / 2;
                return new double[] {tip.x(), tip.y(), mx + px * w * 0.8, my + py * w * 0.8, bx, by,
                    mx - px * w * 0.8, my - py * w * 0.8};
            case BAR:
                double cx = tip.x() - ux * 3;
                double cy = tip.y() - uy * 3;
                return new double[] {cx + px * w, cy + py * w, cx - px * w, cy - py * w};
            default:
                return new double[] {bx + px * w, by + py * w, tip.x(), tip.y(), bx - px * w, by - py * w};
        }
    }
}
