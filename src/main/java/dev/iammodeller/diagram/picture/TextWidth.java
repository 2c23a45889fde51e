package dev.iammodeller.diagram.picture;

/** How wide a line of text is drawn in the pictures' font, so that what follows a title can be placed after it. */
@FunctionalInterface
public interface TextWidth {
    /** A rough width (0.6 of the size per character, bold a little wider), for when no font is at hand. */
    TextWidth ESTIMATE = (text, size, bold) -> text.length() * size * (bold ? 0.65 : 0.6);
    /** How high a line of a label's text is, as a share of its size. */
    double LINE = 1.17;
    /** How far below the top of its line a label's text stands on its baseline, as a share of its size. */
    double BASELINE = 0.93;

    double of(String text, double size, boolean bold);
}
