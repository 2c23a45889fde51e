package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The holders (users, groups, roles, permission sets) whose policies are collapsed into them: a view state,
 * never saved with the model. A policy is folded away when it has a holder and every holder it has is collapsed
 * (a managed policy also attached to an expanded holder stays drawn); each collapsed holder then says how many of
 * its policies are folded into it.
 */
public record CollapsedPolicies(Set<String> holders) {
    public static final CollapsedPolicies NONE = new CollapsedPolicies(Set.of());

    public CollapsedPolicies {
        holders = Set.copyOf(holders);
    }

    /** Every holder of a policy in the model collapsed (View › Collapse All Policies). */
    public static CollapsedPolicies all(IamModel model) {
        Set<String> out = new HashSet<>();
        for (List<String> of : holdersByPolicy(model).values()) {
            out.addAll(of);
        }
        return new CollapsedPolicies(out);
    }

    public boolean isEmpty() {
        return holders.isEmpty();
    }

    public boolean isCollapsed(String holder) {
        return holders.contains(holder);
    }

    /** This state with the holder collapsed too. */
    public CollapsedPolicies collapse(String holder) {
        Set<String> next = new HashSet<>(holders);
        next.add(holder);
        return new CollapsedPolicies(next);
    }

    /** This state with the holder's policies drawn again. */
    public CollapsedPolicies expand(String holder) {
        Set<String> next = new HashSet<>(holders);
        next.remove(holder);
        return new CollapsedPolicies(next);
    }

    /** True when the entity holds policies (inline, attached or as its boundary): it can be collapsed. */
    public static boolean holdsPolicies(IamModel model, String holder) {
        return !model.inlinePolicies(holder).isEmpty() || !model.to(holder, RelationKind.ATTACHED_TO).isEmpty()
                || !model.to(holder, RelationKind.BOUNDARY_OF).isEmpty();
    }

    /** The policies folded away in this model, each with the collapsed holders it is folded into. */
    public Map<String, List<String>> folded(IamModel model) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (holders.isEmpty()) {
            return out;
        }
        holdersByPolicy(model).forEach((policy, of) -> {
            if (holders.containsAll(of)) {
                out.put(policy, of);
            }
        });
        return out;
    }

    /** The holders of the last model asked about: a large model's opening and every redraw of it ask again. */
    private static final LastModel<Map<String, List<String>>> HOLDERS = new LastModel<>(CollapsedPolicies::holders);

    /** Every policy of the model that has a holder, in id order, with its holders. */
    private static Map<String, List<String>> holdersByPolicy(IamModel model) {
        return HOLDERS.of(model);
    }

    private static Map<String, List<String>> holders(IamModel model) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Entity entity : model.entities().values()) {
            List<String> of = holdersOf(model, entity);
            if (!of.isEmpty()) {
                out.put(entity.id(), of);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * How many connections between policies and their holders the model draws (an inline policy to its owner, a managed
     * policy to each principal it is attached to or bounds): what collapsing every holder would fold away.
     */
    public static long connections(IamModel model) {
        long n = 0;
        for (List<String> of : holdersByPolicy(model).values()) {
            n += of.size();
        }
        return n;
    }

    /** How many policies are folded into each collapsed holder ("3 policies" on its badge), by holder id. */
    public Map<String, Integer> counts(IamModel model) {
        return counts(folded(model));
    }

    /** How many policies are folded into each holder, by holder id, from what {@link #folded} answered. */
    public static Map<String, Integer> counts(Map<String, List<String>> folded) {
        Map<String, Integer> out = new TreeMap<>();
        folded.values().forEach(of -> of.forEach(h -> out.merge(h, 1, Integer::sum)));
        return out;
    }

    /** The holders of a policy: an inline policy's owner; the users, groups, roles and sets a managed policy is attached to or bounds. */
    private static List<String> holdersOf(IamModel model, Entity entity) {
        if (entity instanceof InlinePolicy inline) {
            return model.entities().containsKey(inline.owner()) ? List.of(inline.owner()) : List.of();
        }
        if (entity.kind() != EntityKind.MANAGED_POLICY) {
            return List.of();
        }
        Map<String, Boolean> out = new HashMap<>();
        for (RelationKind kind : List.of(RelationKind.ATTACHED_TO, RelationKind.BOUNDARY_OF)) {
            for (Relation relation : model.from(entity.id(), kind)) {
                if (model.entities().containsKey(relation.to())) {
                    out.put(relation.to(), true);
                }
            }
        }
        return List.copyOf(new java.util.TreeSet<>(out.keySet()));
    }
}
