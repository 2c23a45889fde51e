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

    /**
     * The edge in its layer (faded, thin) along its course (start, bends, end: {@link dev.iammodeller.diagram.EdgeRoutes}),
     * with its dashes and head, or when not detailed a plain line.
     */
    PictureGroup edge(ModelEdge edge, List<Point> course, EdgeTier tier, boolean detailed) {
        EdgeStyle style = EdgeStyles.of(edge.kind());
        double width = EdgeTier.thin(edge.kind(), tier) ? EdgeLook.THIN_WIDTH : EdgeLook.LINE_WIDTH;
        List<Mark> marks = detailed ? line(style, course, EdgeLook.HEAD_SIZE, width)
                : List.of(Mark.Shape.stroked(Outline.polyline(coordinates(course)), palette.edge(style), width, List.of()));
        Rect box = Rect.around(course).grow(EdgeLook.HEAD_SIZE);
        return new PictureGroup("edge", null, style.label(), box,
                tier == EdgeTier.FADED ? EntityMarks.faded(marks) : marks);
    }

    private static double[] coordinates(List<Point> course) {
        double[] out = new double[course.size() * 2];
        for (int at = 0; at < course.size(); at++) {
            out[2 * at] = course.get(at).x();
            out[2 * at + 1] = course.get(at).y();
        }
        return out;
    }

    /** A line of an edge style from tail to tip with its head of {@code size} (also the legend's samples). */
    List<Mark> line(EdgeStyle style, Point tail, Point tip, double size) {
        return line(style, List.of(tail, tip), size, EdgeLook.LINE_WIDTH);
    }

    private List<Mark> line(EdgeStyle style, List<Point> course, double size, double width) {
        Colour colour = palette.edge(style);
        Mark line = Mark.Shape.stroked(Outline.polyline(coordinates(course)), colour, width, style.dashes());
        double[] points = Anchors.head(style.head(), course.get(course.size() - 2), course.get(course.size() - 1), size);
        Mark head = switch (style.head()) {
            case FILLED, DIAMOND -> new Mark.Shape(Outline.polygon(points), colour, colour, EdgeLook.LINE_WIDTH, List.of(),
                    true);
            case OPEN -> new Mark.Shape(Outline.polyline(points), null, colour, EdgeLook.LINE_WIDTH, List.of(), true);
            case BAR -> new Mark.Shape(Outline.polyline(points), null, colour, EdgeLook.BAR_WIDTH, List.of(), true);
        };
        return List.of(line, head);
    }
}
