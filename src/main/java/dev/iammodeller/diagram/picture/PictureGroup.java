package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Rect;
import java.util.List;

/**
 * The marks of one thing drawn (a node, a frame, an edge, an arrow, the legend), with what it is: a kind of
 * thing ({@code node}, {@code frame}, {@code edge}, {@code legend}, ...), the model id it stands for (null for
 * none), a title (a node's ARN, or its name when it has none) and the box it covers.
 */
public record PictureGroup(String role, String entityId, String title, Rect box, List<Mark> marks) {
    public PictureGroup {
        marks = List.copyOf(marks);
    }

    /** This group drawn {@code scale} times larger about (x, y), its box as much larger ({@link Mark#grown}); itself at 1. */
    public PictureGroup grown(double scale, double x, double y) {
        return scale == 1 ? this : new PictureGroup(role, entityId, title, new Rect(x + (box.x() - x) * scale,
                y + (box.y() - y) * scale, box.width() * scale, box.height() * scale), Mark.grown(marks, scale, x, y));
    }
}
