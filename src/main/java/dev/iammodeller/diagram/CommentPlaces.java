package dev.iammodeller.diagram;

import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.ModelEdge;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    public static Map<Integer, Point> of(List<Comment> comments, Function<String, Rect> shapes) {
        Map<Integer, Point> out = new LinkedHashMap<>();
        Map<String, Integer> onNode = new HashMap<>();
        for (Comment comment : comments) {
            Point at = centre(comment.pin(), shapes, onNode);
            if (at != null) {
                out.put(comment.number(), at);
            }
        }
        return out;
    }

    private static Point centre(CommentPin pin, Function<String, Rect> shapes, Map<String, Integer> onNode) {
        if (pin.spot() != null) {
            return new Point(pin.spot().x(), pin.spot().y());
        }
        if (pin.nodeId() != null) {
            Rect node = shapes.apply(pin.nodeId());
            if (node == null) {
                return null;
            }
            int before = onNode.merge(pin.nodeId(), 1, Integer::sum) - 1;
            return new Point(node.x() + SIZE / 2 - 2 + before * (SIZE + 2), node.y() - SIZE / 2 + 2);
        }
        Rect from = shapes.apply(pin.edge().from());
        Rect to = shapes.apply(pin.edge().to());
        if (from == null || to == null) {
            return null;
        }
        Point a = from.centre();
        Point b = to.centre();
        String key = pin.edge().kind() + "\n" + pin.edge().from() + "\n" + pin.edge().to();
        int before = onNode.merge(key, 1, Integer::sum) - 1;
        return new Point((a.x() + b.x()) / 2 + before * (SIZE + 2), (a.y() + b.y()) / 2);
    }

    /**
     * The edge whose straight line between its boxes passes within {@code tolerance} of a point (a right-click
     * to pin a comment on), the nearest when several do; null when none does.
     */
    public static ModelEdge edgeNear(Point p, Collection<ModelEdge> edges, Function<String, Rect> shapes,
                                     double tolerance) {
        ModelEdge best = null;
        double nearest = tolerance;
        for (ModelEdge edge : edges) {
            Rect from = shapes.apply(edge.from());
            Rect to = shapes.apply(edge.to());
            if (from == null || to == null || from.contains(p) || to.contains(p)) {
                continue;
            }
            Point a = from.anchorTowards(to.centre());
            Point b = to.anchorTowards(from.centre());
            double d = distanceToSegment(p, a, b);
            if (d <= nearest) {
                nearest = d;
                best = edge;
            }
        }
        return best;
    }

    private static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length));
        return p.distance(new Point(a.x() + t * dx, a.y() + t * dy));
    }
}
