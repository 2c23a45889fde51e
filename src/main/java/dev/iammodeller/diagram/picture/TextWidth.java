package dev.iammodeller.diagram.picture;

/** How wide a line of text is drawn in the pictures' font, so that what follows a title can be placed after it. */
@FunctionalInterface
public interface TextWidth {
    /** A rough width (0.6 of the size per character, bold a little wider), for when no font is at hand. */
    TextWidth ESTIMATE = (text, size, bold) -> text.length() * size * (bold ? 0.65 : 0.6);

    double of(String text, double size, boolean bold);
}
