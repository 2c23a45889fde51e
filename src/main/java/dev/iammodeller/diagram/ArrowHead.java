package dev.iammodeller.diagram;

/** How an edge ends at its target. */
public enum ArrowHead {
    /** A filled triangle. */
    FILLED,
    /** Two strokes, an open "V". */
    OPEN,
    /** A filled diamond: a part that belongs to its owner. */
    DIAMOND,
    /** A hollow bar across the line: a limit. */
    BAR
}
