package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationalUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What holds what on the canvas: the tree of frames (roots, organizational units, accounts) under the
 * canvas itself ({@link #CANVAS}), and the container of every node: its account's frame, the frame an
 * organization policy is attached to, or the canvas (the shared area) for what belongs to no account.
 * A unit whose parent is missing or in a cycle, and an account whose parent is no root or unit, sit on the
 * canvas.
 */
final class LayoutContainers {
    /** The canvas, outside every frame: the container of top-level frames and of the shared area's nodes. */
    static final String CANVAS = "\u0000canvas";

    /** The management account first, then roots, units and accounts, each by name, then id. */
    static final Comparator<Entity> FRAME_ORDER = Comparator.comparing((Entity e) -> !(e instanceof Account a && a.management()))
            .thenComparingInt(e -> e.kind().ordinal()).thenComparing(LayoutContainers::nameOf).thenComparing(Entity::id);

    /** By name, then id: the order of everything the layout places. */
    static final Comparator<Entity> BY_NAME = Comparator.comparing(LayoutContainers::nameOf).thenComparing(Entity::id);

    private final IamModel model;
    private final LayoutRelations relations;
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, List<String>> framesIn = new HashMap<>();
    private final Map<String, String> homeOf = new HashMap<>();
    private final Map<String, List<Entity>> nodesIn = new HashMap<>();
    private final Map<String, String> accountFrames = new HashMap<>();
    private final List<String> postOrder = new ArrayList<>();

    LayoutContainers(IamModel model) {
        this.model = model;
        this.relations = new LayoutRelations(model);
        for (Account account : model.all(Account.class)) {
            accountFrames.putIfAbsent(account.accountId(), account.id());
        }
        Map<String, List<Entity>> frames = new HashMap<>();
        for (Entity entity : model.entities().values()) {
            if (AutoLayout.isFrame(entity.kind())) {
                String parent = parentFrame(entity);
                parentOf.put(entity.id(), parent);
                frames.computeIfAbsent(parent, k -> new ArrayList<>()).add(entity);
            }
        }
        frames.forEach((container, list) -> {
            list.sort(FRAME_ORDER);
            framesIn.put(container, list.stream().map(Entity::id).toList());
        });
        for (Entity entity : model.entities().values()) {
            if (!AutoLayout.isFrame(entity.kind())) {
                String home = homeOf(entity);
                homeOf.put(entity.id(), home);
                nodesIn.computeIfAbsent(home, k -> new ArrayList<>()).add(entity);
            }
        }
        collectPostOrder(CANVAS);
    }

    static String nameOf(Entity entity) {
        return Objects.toString(entity.name(), "");
    }

    IamModel model() {
        return model;
    }

    LayoutRelations relations() {
        return relations;
    }

    Entity entity(String id) {
        return model.entities().get(id);
    }

    /** The container a frame sits in: another frame or the canvas. */
    String parent(String frame) {
        return parentOf.get(frame);
    }

    /** The frames directly inside a container, in drawing order. */
    List<String> frames(String container) {
        return framesIn.getOrDefault(container, List.of());
    }

    /** The nodes directly inside a container (not inside its inner frames), in id order. */
    List<Entity> nodes(String container) {
        return nodesIn.getOrDefault(container, List.of());
    }

    /** The container of a node. */
    String home(String node) {
        return homeOf.get(node);
    }

    /** Every frame, inner frames before the frame that holds them. */
    List<String> postOrder() {
        return postOrder;
    }

    /** The container and the frames around it (not the canvas). */
    Set<String> withAncestors(String container) {
        Set<String> out = new HashSet<>();
        for (String at = container; at != null && !at.equals(CANVAS); at = parentOf.get(at)) {
            out.add(at);
        }
        return out;
    }

    private void collectPostOrder(String container) {
        Deque<String> stack = new ArrayDeque<>();
        Deque<String> out = new ArrayDeque<>();
        stack.push(container);
        while (!stack.isEmpty()) {
            String at = stack.pop();
            if (!at.equals(CANVAS)) {
                out.push(at);
            }
            for (String child : frames(at)) {
                stack.push(child);
            }
        }
        postOrder.addAll(out);
    }

    private String parentFrame(Entity entity) {
        String parent = null;
        if (entity instanceof OrganizationalUnit unit && !inCycle(unit)) {
            parent = unit.parent();
        } else if (entity instanceof Account account) {
            parent = account.parent();
        }
        Entity holder = parent == null ? null : model.entities().get(parent);
        boolean valid = holder != null && (holder.kind() == EntityKind.ORGANIZATION_ROOT
                || holder instanceof OrganizationalUnit unit && !inCycle(unit));
        return valid ? parent : CANVAS;
    }

    private boolean inCycle(OrganizationalUnit unit) {
        Set<String> seen = new HashSet<>();
        Entity at = unit;
        while (at instanceof OrganizationalUnit u && seen.add(u.id())) {
            at = u.parent() == null ? null : model.entities().get(u.parent());
            if (at != null && at.id().equals(unit.id())) {
                return true;
            }
        }
        return false;
    }

    private String homeOf(Entity entity) {
        if (entity instanceof InlinePolicy policy) {
            Entity owner = model.entities().get(policy.owner());
            return owner == null || owner instanceof InlinePolicy || AutoLayout.isFrame(owner.kind())
                    ? CANVAS : homeOf(owner);
        }
        if (entity instanceof OrganizationPolicy policy) {
            return organizationPolicyHome(policy);
        }
        String account = entity.account();
        return account == null ? CANVAS : accountFrames.getOrDefault(account, CANVAS);
    }

    /** The outermost frame an SCP or RCP is attached to; unattached, the first root; with no root, the canvas. */
    private String organizationPolicyHome(OrganizationPolicy policy) {
        String best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (String target : relations.targetsOf(policy.id())) {
            if (parentOf.containsKey(target)) {
                int depth = withAncestors(target).size();
                if (depth < bestDepth) {
                    best = target;
                    bestDepth = depth;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (String top : frames(CANVAS)) {
            if (entity(top).kind() == EntityKind.ORGANIZATION_ROOT) {
                return top;
            }
        }
        return CANVAS;
    }
}
