package dev.iammodeller.diagram.picture;

/**
 * How the edges are stroked: the model's edges ({@code .edge-line}, {@code .edge-head}), and the arrows the
 * highlights and an escalation path draw over them (a curve bent to one side, a filled head, a label at the
 * middle).
 */
public final class EdgeLook {
    public static final double LINE_WIDTH = 1.6;
    /** The width of an attachment drawn under the other edges ({@link EdgeTier#thin}). */
    public static final double THIN_WIDTH = 0.9;
    public static final double HEAD_SIZE = 11;
    public static final double BAR_WIDTH = 2.5;
    public static final double ARROW_BEND = 26;
    public static final double ARROW_HEAD = 12;
    public static final double ARROW_WIDTH = 3;
    public static final double ESCALATION_WIDTH = 3.5;
    public static final double POSSIBLE_WIDTH = 2.5;
    public static final double LABEL_FONT = 12;
    public static final double LABEL_PADDING_X = 6;
    public static final double LABEL_PADDING_Y = 1;
    public static final double STEP_PADDING_X = 8;
    public static final double STEP_PADDING_Y = 3;
    /** The opacity of what a selection does not reach. */
    public static final double DIMMED = 0.3;

    private EdgeLook() {
    }
}
