package dev.iammodeller.diagram.picture;

/**
 * How a node's name and a frame's title stay readable when the view is zoomed out: from the zoom at which
 * their font would be drawn under {@link #SMALLEST} screen pixels down to {@link NodeFace#NAMED_SCALE} (past
 * {@link NodeFace#DETAIL_SCALE} a node's name by itself), they are drawn larger in the world (a scale over 1) so that
 * on the screen they keep at least that size, and a name keeps fewer characters so that it still fits
 * its box ({@link NodeFace#name}, {@link NodeFace#nameAlone}). The scale changes in a few steps of zoom, so zooming
 * touches the views only when a step is crossed.
 */
public final class ReadableText {
    /** The least size, in screen pixels, a name or title is drawn at. */
    public static final double SMALLEST = 11;
    /** The zooms at which the scale steps; below the last, the one of the last (the canvas then draws no names). */
    private static final double[] STEPS = {0.75, 0.65, 0.55, NodeFace.DETAIL_SCALE, 0.41, 0.37, 0.34, 0.31, 0.28,
            NodeFace.NAMED_SCALE};

    private ReadableText() {
    }

    /**
     * How much larger what is drawn over the canvas (escalation and count badges, comment markers, the labels of paths)
     * is drawn at this zoom: grown as the view shrinks, up to {@link NodeFace#GROWN_BADGE} times, so it stays readable.
     */
    public static double overlayScale(double zoom) {
        return Math.max(1, Math.min(NodeFace.GROWN_BADGE, 1 / zoom));
    }

    /**
     * How much larger what keeps its size on screen at any zoom is drawn (in the world) at this zoom: the steps of an
     * escalation path drawn, the legend; 1 from 100 % up.
     */
    public static double keptOnScreen(double zoom) {
        return Math.max(1, 1 / zoom);
    }

    /**
     * Whether the labels of a selection's paths ({@link EdgeLook#LABEL_FONT}, grown by {@link #overlayScale}) are drawn at
     * {@link #SMALLEST} screen pixels or more at this zoom (from about 51 %); below it they would be specks, and the
     * canvas and the pictures leave them out.
     */
    public static boolean pathLabelsReadable(double zoom) {
        return overlayReadable(EdgeLook.LABEL_FONT, zoom);
    }

    /**
     * Whether a text drawn over the canvas in a font of {@code font} units, grown by {@link #overlayScale}, is drawn at
     * {@link #SMALLEST} screen pixels or more at this zoom (a smaller font: at its own size, as at 100 %): what is not
     * is left out rather than drawn as a speck.
     */
    public static boolean overlayReadable(double font, double zoom) {
        return font * overlayScale(zoom) * zoom >= Math.min(font, SMALLEST) - 1e-9;
    }

    /** The scale a node's name is drawn at (in the world) at this zoom. */
    public static double nameScale(double zoom) {
        return scale(NodeFace.NAME_FONT, zoom);
    }

    /** The scale a frame's title is drawn at (in the world) at this zoom. */
    public static double titleScale(double zoom) {
        return scale(FrameFace.TITLE_FONT, zoom);
    }

    private static double scale(double font, double zoom) {
        double plain = SMALLEST / font;
        if (zoom >= plain) {
            return 1;
        }
        double step = STEPS[STEPS.length - 1];
        for (double s : STEPS) {
            if (zoom >= s) {
                step = s;
                break;
            }
        }
        return Math.max(1, plain / step);
    }
}
