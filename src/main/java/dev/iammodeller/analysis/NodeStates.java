package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sums outcomes up per node of the model, in one pass: an outcome on {@code *} counts for the service node
 * of its action's prefix, one on a resource's ARN (or its objects, {@code arn/*}) for that resource. Built
 * once per model value; {@link #of} is then a pass over the outcomes.
 */
public final class NodeStates {
    private final Catalog catalog;
    private final Map<String, List<String>> servicesByPrefix = new HashMap<>();
    private final Map<String, List<String>> resourcesByTarget = new HashMap<>();
    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<String, Integer> applicableByType = new ConcurrentHashMap<>();

    public NodeStates(Catalog catalog, IamModel model) {
        this.catalog = catalog;
        for (AwsService service : model.all(AwsService.class)) {
            servicesByPrefix.computeIfAbsent(service.prefix().toLowerCase(Locale.ROOT), p -> new ArrayList<>()).add(service.id());
        }
        for (Resource resource : model.all(Resource.class)) {
            if (resource.arn() == null || resource.type() == null || resource.type().indexOf(':') < 0) {
                continue;
            }
            resources.put(resource.id(), resource);
            resourcesByTarget.computeIfAbsent(resource.arn(), a -> new ArrayList<>()).add(resource.id());
            resourcesByTarget.computeIfAbsent(resource.arn() + "/*", a -> new ArrayList<>()).add(resource.id());
        }
    }

    /** The model nodes an outcome's target stands for. */
    public List<String> nodesOf(ActionOutcome outcome) {
        if (outcome.resource().equals("*")) {
            return servicesByPrefix.getOrDefault(outcome.action().service().toLowerCase(Locale.ROOT), List.of());
        }
        return resourcesByTarget.getOrDefault(outcome.resource(), List.of());
    }

    private static final class Tally {
        final Set<Integer> allowed = new java.util.HashSet<>();
        final Set<Integer> conditional = new java.util.HashSet<>();
        final Set<Integer> denied = new java.util.HashSet<>();
        final Set<String> conditions = new TreeSet<>();
        final Set<PolicyLayer> blocked = EnumSet.noneOf(PolicyLayer.class);
        ActionOutcome firstDeny;
    }

    /** The state of every node the outcomes touch; nodes only implicitly denied are left out. */
    public Map<String, NodeState> of(List<ActionOutcome> outcomes) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ActionOutcome outcome : outcomes) {
            for (String node : nodesOf(outcome)) {
                Tally tally = tallies.computeIfAbsent(node, n -> new Tally());
                int id = outcome.action().id();
                switch (outcome.outcome().kind()) {
                    case ALLOWED -> tally.allowed.add(id);
                    case CONDITIONAL -> {
                        tally.conditional.add(id);
                        tally.conditions.addAll(outcome.outcome().conditions());
                    }
                    case EXPLICIT_DENY -> {
                        tally.denied.add(id);
                        if (tally.firstDeny == null) {
                            tally.firstDeny = outcome;
                        }
                    }
                    case IMPLICIT_DENY -> tally.blocked.addAll(outcome.outcome().decision().blockedBy());
                }
            }
        }
        Map<String, NodeState> out = new LinkedHashMap<>();
        tallies.forEach((node, tally) -> {
            tally.conditional.removeAll(tally.allowed);
            tally.denied.removeAll(tally.allowed);
            tally.denied.removeAll(tally.conditional);
            int applicable = applicable(node);
            NodeReach extent = !tally.allowed.isEmpty()
                    ? (tally.allowed.size() >= applicable ? NodeReach.FULL : NodeReach.PARTIAL)
                    : !tally.conditional.isEmpty() ? NodeReach.CONDITIONAL
                    : !tally.denied.isEmpty() ? NodeReach.NONE : null;
            if (extent != null) {
                out.put(node, new NodeState(node, extent, tally.allowed.size(), tally.conditional.size(),
                        tally.denied.size(), applicable, tally.conditions, tally.firstDeny, tally.blocked));
            }
        });
        return out;
    }

    /** How many catalogue actions apply to a node: a service's on {@code *}, a resource's on its type. */
    private int applicable(String node) {
        Resource resource = resources.get(node);
        if (resource == null) {
            for (Map.Entry<String, List<String>> entry : servicesByPrefix.entrySet()) {
                if (entry.getValue().contains(node)) {
                    return Math.max(1, catalog.actionsOf(entry.getKey()).size());
                }
            }
            return 1;
        }
        return applicableByType.computeIfAbsent(resource.type(), type -> {
            int count = 0;
            for (Action action : catalog.actionsOf(type.substring(0, type.indexOf(':'))).stream().toList()) {
                if (ForwardReach.target(action, resource) != null) {
                    count++;
                }
            }
            return Math.max(1, count);
        });
    }
}
