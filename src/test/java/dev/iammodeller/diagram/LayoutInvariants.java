package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import dev.iammodeller.model.OrganizationalUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every layout of a model must be, checked from the model alone (not through the layout's own
 * classes): everything placed once, no two nodes overlap, frames either apart or one inside the other
 * (only when the model nests them), no node half in a frame, an account's members inside its frame, an
 * account inside its unit or root, a unit inside its parent.
 */
final class LayoutInvariants {
    private static final double W = AutoLayout.NODE_WIDTH;
    private static final double H = AutoLayout.NODE_HEIGHT;

    private LayoutInvariants() {
    }

    static void check(IamModel model, Layout layout) {
        everythingPlacedOnce(model, layout);
        noNodesOverlap(layout);
        framesApartOrNested(model, layout);
        noNodeHalfInAFrame(layout);
        membersInsideTheirFrames(model, layout);
    }

    static void everythingPlacedOnce(IamModel model, Layout layout) {
        Set<String> nodes = new TreeSet<>();
        Set<String> frames = new TreeSet<>();
        for (Entity entity : model.entities().values()) {
            (AutoLayout.isFrame(entity.kind()) ? frames : nodes).add(entity.id());
        }
        assertEquals(nodes, layout.nodes().keySet(), "a position for every node, and nothing else");
        assertEquals(frames, layout.frames().keySet(), "bounds for every account, unit and root, and nothing else");
    }

    static void noNodesOverlap(Layout layout) {
        List<Map.Entry<String, Point>> byX = new ArrayList<>(layout.nodes().entrySet());
        byX.sort(Comparator.comparingDouble(e -> e.getValue().x()));
        for (int i = 0; i < byX.size(); i++) {
            Point a = byX.get(i).getValue();
            for (int j = i + 1; j < byX.size() && byX.get(j).getValue().x() < a.x() + W; j++) {
                Point b = byX.get(j).getValue();
                if (b.y() < a.y() + H && a.y() < b.y() + H) {
                    fail(byX.get(i).getKey() + " at " + a + " overlaps " + byX.get(j).getKey() + " at " + b);
                }
            }
        }
    }

    static void framesApartOrNested(IamModel model, Layout layout) {
        List<String> ids = new ArrayList<>(layout.frames().keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Bounds a = layout.frames().get(ids.get(i));
                Bounds b = layout.frames().get(ids.get(j));
                if (!intersect(a, b)) {
                    continue;
                }
                boolean aInB = contains(b, a) && isAncestor(model, ids.get(j), ids.get(i));
                boolean bInA = contains(a, b) && isAncestor(model, ids.get(i), ids.get(j));
                assertTrue(aInB || bInA, "frames " + ids.get(i) + " " + a + " and " + ids.get(j) + " " + b + " overlap");
            }
        }
    }

    static void noNodeHalfInAFrame(Layout layout) {
        for (Map.Entry<String, Point> node : layout.nodes().entrySet()) {
            Bounds n = new Bounds(node.getValue().x(), node.getValue().y(), W, H);
            for (Map.Entry<String, Bounds> frame : layout.frames().entrySet()) {
                if (intersect(n, frame.getValue())) {
                    assertTrue(contains(frame.getValue(), n), node.getKey() + " is half in frame " + frame.getKey());
                }
            }
        }
    }

    static void membersInsideTheirFrames(IamModel model, Layout layout) {
        Map<String, String> accountFrames = new HashMap<>();
        for (Account account : model.all(Account.class)) {
            accountFrames.putIfAbsent(account.accountId(), account.id());
        }
        for (Entity entity : model.entities().values()) {
            Entity owner = entity instanceof InlinePolicy p ? model.entities().get(p.owner()) : entity;
            String account = owner == null || AutoLayout.isFrame(entity.kind()) ? null : owner.account();
            String frame = account == null ? null : accountFrames.get(account);
            if (frame != null) {
                Point p = layout.nodes().get(entity.id());
                assertTrue(contains(layout.frames().get(frame), new Bounds(p.x(), p.y(), W, H)),
                        entity.id() + " inside the frame of account " + account);
            }
            String parent = parent(model, entity);
            if (parent != null && layout.frames().containsKey(parent)) {
                assertTrue(contains(layout.frames().get(parent), layout.frames().get(entity.id())),
                        entity.id() + " inside " + parent);
            }
        }
    }

    static String parent(IamModel model, Entity entity) {
        if (entity instanceof Account a) {
            return a.parent();
        }
        return entity instanceof OrganizationalUnit u ? u.parent() : null;
    }

    static boolean isAncestor(IamModel model, String ancestor, String frame) {
        String at = parent(model, model.entities().get(frame));
        for (int depth = 0; at != null && depth < 100; depth++) {
            if (at.equals(ancestor)) {
                return true;
            }
            Entity next = model.entities().get(at);
            at = next == null ? null : parent(model, next);
        }
        return false;
    }

    static boolean intersect(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    static boolean contains(Bounds outer, Bounds inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }
}
