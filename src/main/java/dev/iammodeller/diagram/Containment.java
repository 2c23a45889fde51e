package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which frame holds what: an account holds the entities of its account id (an inline policy goes with its
 * owner), an organizational unit or the root holds the units and accounts whose parent it is, and the
 * root holds the organization's SCPs and RCPs. What the model says, not where things are drawn.
 */
public final class Containment {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    private Containment() {
    }

    public static Containment of(IamModel model) {
        Containment c = new Containment();
        String root = model.all(OrganizationRoot.class).stream().map(Entity::id).findFirst().orElse(null);
        for (Entity entity : model.entities().values()) {
            String frame = frameOf(entity, model, root);
            if (frame != null && model.entities().containsKey(frame) && !frame.equals(entity.id())) {
                c.parent.put(entity.id(), frame);
                c.children.computeIfAbsent(frame, k -> new ArrayList<>()).add(entity.id());
            }
        }
        return c;
    }

    private static String frameOf(Entity entity, IamModel model, String root) {
        if (entity instanceof Account account) {
            return account.parent();
        }
        if (entity instanceof OrganizationalUnit unit) {
            return unit.parent();
        }
        if (entity.kind() == EntityKind.ORGANIZATION_POLICY) {
            return root;
        }
        String accountId = entity instanceof InlinePolicy policy
                ? model.entity(policy.owner()).map(Entity::account).orElse(null) : entity.account();
        return accountId == null ? null : model.account(accountId).map(Entity::id).orElse(null);
    }

    /** The frame that directly holds {@code id}, or null. */
    public String parentOf(String id) {
        return parent.get(id);
    }

    /** What a frame holds directly. */
    public List<String> childrenOf(String frame) {
        return children.getOrDefault(frame, List.of());
    }

    /** What a frame holds, directly or further down, without the frame itself. */
    public Set<String> contentsOf(String frame) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(childrenOf(frame));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                todo.addAll(childrenOf(next));
            }
        }
        return out;
    }

    /** How many frames hold {@code id}: 0 for a top-level thing. */
    public int depthOf(String id) {
        int depth = 0;
        for (String p = parent.get(id); p != null && depth < 64; p = parent.get(p)) {
            depth++;
        }
        return depth;
    }
}
