package dev.iammodeller.diagram;

import dev.iammodeller.diagram.LayoutSpace.Side;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a new node would like to be: next to a placed node it is related to in the same container (a user
 * under its group, a group over its members, an inline policy right of its owner, compute left of the role
 * it runs as, a role right of its compute, a managed policy under what it is attached to); else right of
 * the placed node of its kind just before it by name; else at the start of its container (on the canvas:
 * right of everything).
 */
final class NodeAnchor {
    /** A point to search from and the side to prefer. */
    record Anchor(Point point, Side side) {
    }

    private final LayoutContainers containers;
    private final LayoutRelations relations;
    private final Map<String, Point> nodes;
    private final Map<String, Bounds> frames;
    private final Map<String, TreeSet<Entity>> siblings = new HashMap<>();
    private Point canvasStart;

    NodeAnchor(LayoutContainers containers, Map<String, Point> nodes, Map<String, Bounds> frames) {
        this.containers = containers;
        this.relations = containers.relations();
        this.nodes = nodes;
        this.frames = frames;
    }

    Anchor of(Entity entity, String container) {
        Side side = side(entity);
        for (String id : related(entity)) {
            Point p = nodes.get(id);
            if (p != null && container.equals(containers.home(id)) && inside(p, container)) {
                return new Anchor(p, side);
            }
        }
        TreeSet<Entity> kind = siblings(entity, container);
        Entity near = kind.lower(entity);
        if (near == null) {
            near = kind.higher(entity);
        }
        if (near != null && inside(nodes.get(near.id()), container)) {
            return new Anchor(nodes.get(near.id()), Side.RIGHT);
        }
        if (container.equals(LayoutContainers.CANVAS)) {
            return new Anchor(canvasStart(), Side.BELOW);
        }
        Bounds inside = LayoutSpace.interior(frames.get(container));
        return new Anchor(new Point(inside.x(), inside.y()), Side.RIGHT);
    }

    /** Whether a node there lies in the container's interior (an SCP drawn beside its unit does not). */
    private boolean inside(Point p, String container) {
        if (container.equals(LayoutContainers.CANVAS)) {
            return true;
        }
        Bounds in = LayoutSpace.interior(frames.get(container));
        return p.x() >= in.x() && p.y() >= in.y() && p.x() + AutoLayout.NODE_WIDTH <= in.x() + in.width()
                && p.y() + AutoLayout.NODE_HEIGHT <= in.y() + in.height();
    }

    /** Tells the anchors a node now has a place. */
    void placed(Entity entity, String container) {
        siblings(entity, container).add(entity);
    }

    private List<String> related(Entity entity) {
        return switch (entity.kind()) {
            case USER -> relations.groupsOf(entity.id());
            case GROUP -> relations.membersOf(entity.id());
            case INLINE_POLICY -> List.of(((InlinePolicy) entity).owner());
            case COMPUTE -> relations.runsAs(entity.id()) == null ? List.of() : List.of(relations.runsAs(entity.id()));
            case ROLE -> relations.computeOf(entity.id());
            case MANAGED_POLICY -> relations.principalsOf(entity.id());
            default -> List.of();
        };
    }

    private static Side side(Entity entity) {
        return switch (entity.kind()) {
            case USER, MANAGED_POLICY -> Side.BELOW;
            case GROUP -> Side.ABOVE;
            case COMPUTE -> Side.LEFT;
            default -> Side.RIGHT;
        };
    }

    private TreeSet<Entity> siblings(Entity entity, String container) {
        return siblings.computeIfAbsent(container + '\u0000' + entity.kind(), key -> {
            TreeSet<Entity> set = new TreeSet<>(LayoutContainers.BY_NAME);
            for (Entity node : containers.nodes(container)) {
                if (node.kind() == entity.kind() && nodes.containsKey(node.id())) {
                    set.add(node);
                }
            }
            return set;
        });
    }

    /** Right of everything on the canvas, level with its top. */
    private Point canvasStart() {
        if (canvasStart == null) {
            double right = Double.NEGATIVE_INFINITY;
            double top = Double.POSITIVE_INFINITY;
            for (Point p : nodes.values()) {
                right = Math.max(right, p.x() + AutoLayout.NODE_WIDTH);
                top = Math.min(top, p.y());
            }
            for (Bounds b : frames.values()) {
                right = Math.max(right, b.x() + b.width());
                top = Math.min(top, b.y());
            }
            canvasStart = Double.isInfinite(right) ? new Point(0, 0)
                    : new Point(Math.rint(right + AutoLayout.FRAME_GAP), Math.rint(top));
        }
        return canvasStart;
    }
}
