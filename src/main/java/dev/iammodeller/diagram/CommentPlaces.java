package dev.iammodeller.diagram;

import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.ModelEdge;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the numbered marker of each comment is drawn, on the canvas and in every exported picture alike: over
 * the top-left corner of its node (the red "!" of an escalation sits at the top-right), a comment after another
 * on the same node one marker further right; at the middle of its edge; at its spot. A comment whose node or
 * edge is not drawn gets no marker.
 */
public final class CommentPlaces {
    /** A marker is a circle this wide. */
    public static final double SIZE = 20;

    private CommentPlaces() {
    }

    /** The centre of each comment's marker, by comment number, in number order. */
    public static Map<Integer, Point> of(List<Comment> comments, Drawing drawing) {
        Map<Integer, Point> out = new LinkedHashMap<>();
        Map<String, Integer> onNode = new HashMap<>();
        for (Comment comment : comments) {
            Point at = centre(comment.pin(), drawing, onNode);
            if (at != null) {
                out.put(comment.number(), at);
            }
        }
        return out;
    }

    private static Point centre(CommentPin pin, Drawing drawing, Map<String, Integer> onNode) {
        if (pin.spot() != null) {
            return new Point(pin.spot().x(), pin.spot().y());
        }
        if (pin.nodeId() != null) {
            Rect node = drawing.shape(pin.nodeId());
            if (node == null) {
                return null;
            }
            int before = onNode.merge(pin.nodeId(), 1, Integer::sum) - 1;
            return new Point(node.x() + SIZE / 2 - 2 + before * (SIZE + 2), node.y() - SIZE / 2 + 2);
        }
        Rect from = drawing.shape(pin.edge().from());
        Rect to = drawing.shape(pin.edge().to());
        if (from == null || to == null) {
            return null;
        }
        List<Point> course = drawing.course(pin.edge().from(), pin.edge().to());
        Point middle = course.size() > 2 ? EdgeRoutes.middle(course)
                : new Point((from.centre().x() + to.centre().x()) / 2, (from.centre().y() + to.centre().y()) / 2);
        String key = pin.edge().kind() + "\n" + pin.edge().from() + "\n" + pin.edge().to();
        int before = onNode.merge(key, 1, Integer::sum) - 1;
        return new Point(middle.x() + before * (SIZE + 2), middle.y());
    }

    /**
     * The edge whose course ({@link Drawing#course}) passes within {@code tolerance} of a point (a right-click to pin a
     * comment on), the nearest when several do; null when none does.
     */
    public static ModelEdge edgeNear(Point p, Collection<ModelEdge> edges, Drawing drawing, double tolerance) {
        ModelEdge best = null;
        double nearest = tolerance;
        for (ModelEdge edge : edges) {
            Rect from = drawing.shape(edge.from());
            Rect to = drawing.shape(edge.to());
            if (from == null || to == null || from.contains(p) || to.contains(p)
                    || !EdgeRoutes.keepsTo(from, to).grow(tolerance).contains(p)) {
                continue;
            }
            double d = EdgeRoutes.distance(p, drawing.course(edge.from(), edge.to()));
            if (d <= nearest) {
                nearest = d;
                best = edge;
            }
        }
        return best;
    }
}
