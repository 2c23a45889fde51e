package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;

/**
 * Where a node box shows what, from its top-left corner: the family's stripe down its left side, the kind's
 * icon, the name (bold) and the subtitle below it. The canvas's node view and the exported pictures place
 * them from these numbers; the fonts' sizes are the stylesheet's ({@code .node-name}, {@code .node-subtitle}).
 */
public final class NodeFace {
    public static final double CORNER = 10;
    public static final double STRIPE_WIDTH = 6;
    public static final double STRIPE_CORNER = 6;
    public static final double ICON_X = 12;
    public static final double ICON_SIZE = 26;
    public static final double TEXT_X = 46;
    public static final double NAME_Y = 24;
    public static final double SUBTITLE_Y = 42;
    public static final double NAME_FONT = 13;
    public static final double SUBTITLE_FONT = 11;
    /** Names longer than this are cut in the middle; subtitles at the end. */
    public static final int NAME_CHARACTERS = 18;
    public static final int SUBTITLE_CHARACTERS = 24;
    public static final double STROKE_WIDTH = 1;
    /** The icons' path data is drawn on a 24 by 24 box, stroked this wide. */
    public static final double ICON_BOX = 24;
    public static final double ICON_STROKE = 1.6;
    /**
     * Below this scale names cannot be read: the canvas, and a picture drawn this small, leave out icons, names
     * and subtitles and draw edges plain (no dashes, no heads).
     */
    public static final double DETAIL_SCALE = 0.45;
    /** The red "!" of a principal with an escalation path: a circle this wide over the box's top-right corner. */
    public static final double BADGE_SIZE = 20;

    /** Where the escalation badge of a node with this box is drawn, grown {@code scale} times about its centre. */
    public static Rect badge(Rect node, double scale) {
        double x = node.x() + Drawing.NODE_WIDTH - BADGE_SIZE / 2 - 2;
        double y = node.y() - (BADGE_SIZE / 2 - 2);
        double grown = BADGE_SIZE * (scale - 1) / 2;
        return new Rect(x - grown, y - grown, BADGE_SIZE * scale, BADGE_SIZE * scale);
    }

    private NodeFace() {
    }
}
