package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.ModelEdge;
import java.util.List;

/** The marks of a model edge: its line between the two shapes' borders, dashed by kind, and its head. */
final class EdgeMarks {
    private final Palette palette;

    EdgeMarks(Palette palette) {
        this.palette = palette;
    }

    /** The edge in its layer (faded, thin), with its dashes and head, or when not detailed a plain line. */
    PictureGroup edge(ModelEdge edge, Rect from, Rect to, EdgeTier tier, boolean detailed) {
        EdgeStyle style = EdgeStyles.of(edge.kind());
        Point[] ends = Anchors.between(from, to);
        double width = EdgeTier.thin(edge.kind(), tier) ? EdgeLook.THIN_WIDTH : EdgeLook.LINE_WIDTH;
        List<Mark> marks = detailed ? line(style, ends[0], ends[1], EdgeLook.HEAD_SIZE, width)
                : List.of(Mark.Shape.stroked(Outline.polyline(ends[0].x(), ends[0].y(), ends[1].x(), ends[1].y()),
                        palette.edge(style), width, List.of()));
        Rect box = Rect.spanning(ends[0], ends[1]).grow(EdgeLook.HEAD_SIZE);
        return new PictureGroup("edge", null, style.label(), box,
                tier == EdgeTier.FADED ? EntityMarks.faded(marks) : marks);
    }

    /** A line of an edge style from tail to tip with its head of {@code size} (also the legend's samples). */
    List<Mark> line(EdgeStyle style, Point tail, Point tip, double size) {
        return line(style, tail, tip, size, EdgeLook.LINE_WIDTH);
    }

    private List<Mark> line(EdgeStyle style, Point tail, Point tip, double size, double width) {
        Colour colour = palette.edge(style);
        Mark line = Mark.Shape.stroked(Outline.polyline(tail.x(), tail.y(), tip.x(), tip.y()), colour,
                width, style.dashes());
        double[] points = Anchors.head(style.head(), tail, tip, size);
        Mark head = switch (style.head()) {
            case FILLED, DIAMOND -> new Mark.Shape(Outline.polygon(points), colour, colour, EdgeLook.LINE_WIDTH, List.of(),
                    true);
            case OPEN -> new Mark.Shape(Outline.polyline(points), null, colour, EdgeLook.LINE_WIDTH, List.of(), true);
            case BAR -> new Mark.Shape(Outline.polyline(points), null, colour, EdgeLook.BAR_WIDTH, List.of(), true);
        };
        return List.of(line, head);
    }
}
