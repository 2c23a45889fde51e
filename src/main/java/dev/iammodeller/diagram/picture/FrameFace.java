package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import java.util.List;

/**
 * Where a frame (account, unit, root) shows what, from its top-left corner: the kind's icon, the title (bold)
 * and the subtitle after it, a gap to the right. The root's border is dotted and unfilled, a unit's dashed.
 */
public final class FrameFace {
    public static final double CORNER = 14;
    public static final double ICON_X = 10;
    public static final double ICON_Y = 9;
    public static final double ICON_SIZE = 18;
    public static final double TITLE_X = 34;
    public static final double TITLE_Y = 23;
    public static final double SUBTITLE_GAP = 12;
    public static final double TITLE_FONT = 14;
    public static final double SUBTITLE_FONT = 11;
    public static final int TITLE_CHARACTERS = 40;
    public static final double STROKE_WIDTH = 1.2;
    public static final List<Double> UNIT_DASHES = List.of(8.0, 4.0);
    public static final List<Double> ROOT_DASHES = List.of(2.0, 4.0);

    /**
     * The band along a frame's top that holds its title and subtitle (labels keep off it): the frame's header,
     * grown upwards as a title drawn {@code scale} times larger about its baseline grows.
     */
    public static Rect titleBand(Rect frame, double scale) {
        double above = TITLE_Y * (Math.max(1, scale) - 1);
        return new Rect(frame.x(), frame.y() - above, frame.width(), Drawing.FRAME_HEADER + above);
    }

    private FrameFace() {
    }
}
