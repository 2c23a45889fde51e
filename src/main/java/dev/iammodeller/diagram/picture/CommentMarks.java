package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.CommentPlaces;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbered markers of a model's comments ({@link CommentPlaces}): a filled circle with the number in it, in
 * the connect colour while open and muted once resolved; each a group {@code comment} titled with its text.
 */
final class CommentMarks {
    static final double FONT = 11;
    private final Palette palette;
    private final TextWidth widths;

    CommentMarks(Palette palette, TextWidth widths) {
        this.palette = palette;
        this.widths = widths;
    }

    /**
     * The markers drawn {@code scale} times larger, as the canvas grows them zoomed out ({@link
     * ReadableText#overlayScale}): each about its own centre, and one on a node as much farther from the node's corner,
     * so that the markers of one node never overlap.
     */
    List<PictureGroup> markers(List<Comment> comments, Drawing drawing, double scale) {
        Map<Integer, Point> places = CommentPlaces.of(comments, drawing);
        List<PictureGroup> out = new ArrayList<>();
        for (Comment comment : comments) {
            Point centre = places.get(comment.number());
            Rect node = comment.pin().nodeId() == null ? null : drawing.shape(comment.pin().nodeId());
            if (centre != null && node != null && scale != 1) {
                centre = new Point(node.x() + (centre.x() - node.x()) * scale, node.y() + (centre.y() - node.y()) * scale);
            }
            if (centre != null) {
                out.add(marker(comment, centre, scale));
            }
        }
        return out;
    }

    private PictureGroup marker(Comment comment, Point centre, double scale) {
        String number = Integer.toString(comment.number());
        double width = Math.max(CommentPlaces.SIZE, widths.of(number, FONT, true) + 10);
        Rect box = new Rect(centre.x() - width / 2, centre.y() - CommentPlaces.SIZE / 2, width, CommentPlaces.SIZE);
        Colour fill = comment.resolved() ? palette.mutedText() : palette.colour("-iam-connect-target");
        List<Mark> marks = List.of(
                new Mark.Shape(Outline.roundRect(box, CommentPlaces.SIZE), fill, palette.background(), 1.5, List.of(),
                        false),
                new Mark.Text(number, centre.x() - widths.of(number, FONT, true) / 2, centre.y() + FONT / 2 - 1.5, FONT,
                        true, palette.colour("-reach-badge-text")));
        String title = "Comment " + number + (comment.resolved() ? " (resolved)" : "") + ": " + comment.text();
        return new PictureGroup("comment", null, title, box, marks).grown(scale, centre.x(), centre.y());
    }
}
