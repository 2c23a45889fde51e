package dev.iammodeller.diagram;

/**
 * How the world is shown in the viewport: {@code screen = world × scale + translate}. Zooming keeps the point
 * under the pointer still; fitting shows a rectangle whole and centred.
 */
public record ViewTransform(double scale, double translateX, double translateY) {
    public static final ViewTransform IDENTITY = new ViewTransform(1, 0, 0);
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 4;

    public Point toScreen(Point world) {
        return new Point(world.x() * scale + translateX, world.y() * scale + translateY);
    }

    /** A rectangle of the world where it is on the screen. */
    public Rect toScreen(Rect world) {
        return new Rect(world.x() * scale + translateX, world.y() * scale + translateY, world.width() * scale,
                world.height() * scale);
    }

    public Point toWorld(Point screen) {
        return new Point((screen.x() - translateX) / scale, (screen.y() - translateY) / scale);
    }

    /** The part of the world a viewport of this size shows. */
    public Rect visibleWorld(double viewportWidth, double viewportHeight) {
        return Rect.spanning(toWorld(new Point(0, 0)), toWorld(new Point(viewportWidth, viewportHeight)));
    }

    /** Zooms by {@code factor} (clamped to the scale limits) keeping {@code screenPoint} over the same world point. */
    public ViewTransform zoomAround(double factor, Point screenPoint) {
        double next = clamp(scale * factor, MIN_SCALE, MAX_SCALE);
        Point world = toWorld(screenPoint);
        return new ViewTransform(next, screenPoint.x() - world.x() * next, screenPoint.y() - world.y() * next);
    }

    public ViewTransform panBy(double dx, double dy) {
        return new ViewTransform(scale, translateX + dx, translateY + dy);
    }

    /** This scale, moved so that the world point {@code centre} is in the middle of the viewport. */
    public ViewTransform centredOn(Point centre, double viewportWidth, double viewportHeight) {
        return new ViewTransform(scale, viewportWidth / 2 - centre.x() * scale, viewportHeight / 2 - centre.y() * scale);
    }

    /**
     * Fits the content into the viewport, but never below {@code readable} (where names can still be read):
     * then the content's left part is shown at that scale, vertically centred, and the rest is a pan away.
     */
    public static ViewTransform fitReadable(Rect content, double viewportWidth, double viewportHeight, double margin,
                                            double readable) {
        ViewTransform fitted = fit(content, viewportWidth, viewportHeight, margin);
        if (fitted.scale() >= readable || viewportWidth <= 0 || viewportHeight <= 0) {
            return fitted;
        }
        double translateX = margin - content.x() * readable;
        double translateY = Math.max(margin - content.y() * readable,
                (viewportHeight - content.height() * readable) / 2 - content.y() * readable);
        return new ViewTransform(readable, translateX, translateY);
    }

    /**
     * The transform that shows {@code content} whole, centred, with {@code margin} screen pixels around it,
     * never enlarging beyond 1:1 (a small model is not blown up).
     */
    public static ViewTransform fit(Rect content, double viewportWidth, double viewportHeight, double margin) {
        if (content.width() <= 0 || content.height() <= 0 || viewportWidth <= 2 * margin || viewportHeight <= 2 * margin) {
            return IDENTITY;
        }
        double s = Math.min((viewportWidth - 2 * margin) / content.width(), (viewportHeight - 2 * margin) / content.height());
        s = clamp(s, MIN_SCALE, 1);
        return new ViewTransform(s, 0, 0).centredOn(content.centre(), viewportWidth, viewportHeight);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
