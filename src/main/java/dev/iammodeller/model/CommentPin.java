package dev.iammodeller.model;

/**
 * Where a comment is pinned: to a node (an entity's id), to an edge of the model's graph, or to a spot on the
 * canvas. Exactly one of the three is set.
 */
public record CommentPin(String nodeId, ModelEdge edge, Layout.Point spot) {
    public CommentPin {
        int set = (nodeId != null ? 1 : 0) + (edge != null ? 1 : 0) + (spot != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a comment is pinned to one node, one edge or one spot");
        }
    }

    public static CommentPin node(String id) {
        return new CommentPin(id, null, null);
    }

    public static CommentPin edge(ModelEdge edge) {
        return new CommentPin(null, edge, null);
    }

    public static CommentPin spot(double x, double y) {
        return new CommentPin(null, null, new Layout.Point(x, y));
    }

    /** True when the pin names this entity: its node, or an end of its edge. */
    public boolean names(String entityId) {
        return entityId.equals(nodeId) || edge != null && (edge.from().equals(entityId) || edge.to().equals(entityId));
    }
}
