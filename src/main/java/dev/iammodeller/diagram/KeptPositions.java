package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of a previous layout {@link AutoLayout#arrange} keeps: the position of every frame, and of every node
 * of an account, that still exists and still lies where the model now puts it: inside the frame that holds
 * it (the nearest one that keeps its bounds), and in no other frame. A user moved to another account, or an
 * account to another unit, lies in the wrong frame: it loses its position and is placed again, as new.
 * Nodes of no account (organization policies, AWS managed policies, services) keep their position wherever
 * it is: people draw an AWS managed policy inside the account that uses it, an SCP beside its unit.
 */
final class KeptPositions {
    private final LayoutContainers containers;
    private final Map<String, Point> nodes;
    private final Map<String, Bounds> frames;

    private KeptPositions(LayoutContainers containers, Map<String, Point> nodes, Map<String, Bounds> frames) {
        this.containers = containers;
        this.nodes = nodes;
        this.frames = frames;
    }

    /** Fills {@code nodes} and {@code frames} with what {@code previous} places and may stay. */
    static void keep(LayoutContainers containers, Layout previous, Map<String, Point> nodes, Map<String, Bounds> frames) {
        new KeptPositions(containers, nodes, frames).keep(previous);
    }

    private void keep(Layout previous) {
        List<String> outerFirst = new ArrayList<>(containers.postOrder());
        Collections.reverse(outerFirst);
        for (String frame : outerFirst) {
            Bounds bounds = previous.frames().get(frame);
            if (bounds != null && liesIn(bounds, containers.parent(frame))) {
                frames.put(frame, bounds);
            }
        }
        for (Entity entity : containers.model().entities().values()) {
            Point p = AutoLayout.isFrame(entity.kind()) ? null : previous.nodes().get(entity.id());
            String home = p == null ? null : containers.home(entity.id());
            if (p != null && (!inAccount(home)
                    || liesIn(new Bounds(p.x(), p.y(), AutoLayout.NODE_WIDTH, AutoLayout.NODE_HEIGHT), home))) {
                nodes.put(entity.id(), p);
            }
        }
    }

    private boolean inAccount(String home) {
        return !home.equals(LayoutContainers.CANVAS) && containers.entity(home).kind() == EntityKind.ACCOUNT;
    }

    /** Inside the nearest kept frame of {@code container} and its ancestors, and touching no other kept frame. */
    private boolean liesIn(Bounds r, String container) {
        String holder = container;
        while (!holder.equals(LayoutContainers.CANVAS) && !frames.containsKey(holder)) {
            holder = containers.parent(holder);
        }
        if (!holder.equals(LayoutContainers.CANVAS)) {
            Bounds in = LayoutSpace.interior(frames.get(holder));
            if (r.x() < in.x() || r.y() < in.y() || r.x() + r.width() > in.x() + in.width()
                    || r.y() + r.height() > in.y() + in.height()) {
                return false;
            }
        }
        Set<String> around = containers.withAncestors(container);
        for (Map.Entry<String, Bounds> frame : frames.entrySet()) {
            Bounds b = frame.getValue();
            if (r.x() < b.x() + b.width() && b.x() < r.x() + r.width() && r.y() < b.y() + b.height()
                    && b.y() < r.y() + r.height() && !around.contains(frame.getKey())) {
                return false;
            }
        }
        return true;
    }
}
