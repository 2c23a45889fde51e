package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.ReachRoute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** The principals that reach a target for {@code --who-can}, each by its ways, in the order they were found. */
final class Reachers {
    /**
     * One principal's way to a target: {@code direct}, {@code via role} (the chain), {@code via assignment} (an
     * Identity Center user's or group's provisioned role, then the chain) or {@code indirect via}.
     */
    record Way(String principalId, String how, List<String> path) {
        String text() {
            StringBuilder text = new StringBuilder(principalId).append(" → ");
            switch (how) {
                case "via role" -> text.append(String.join(" → ", path.stream().map(r -> "via role " + r).toList()));
                case "via assignment" -> text.append("via assignment ").append(path.get(0)).append(path.size() > 1
                        ? " → " + String.join(" → ", path.subList(1, path.size()).stream().map(r -> "via role " + r).toList())
                        : "");
                case "indirect via" -> text.append("indirect via ").append(path.get(0))
                        .append(path.size() > 1 ? " (as role " + path.get(1) + ")" : "");
                default -> text.append(how);
            }
            return text.toString();
        }
    }

    /** The actions a principal reaches one way, and every condition on the way. */
    static final class Reached {
        final Map<String, Outcome> actions = new LinkedHashMap<>();
        final Set<String> conditions = new TreeSet<>();

        /** Every action allowed, and no condition on the way. */
        boolean allowed() {
            return actions.values().stream().allMatch(o -> o.kind() == Outcome.Kind.ALLOWED) && conditions.isEmpty();
        }
    }

    private final Map<Way, Reached> ways = new LinkedHashMap<>();

    /**
     * The action reached by a route of the analysis, with the outcome of the action for the route's actor, its
     * conditions and those of the way; {@code subjectId}, when the path ends with it, is left out of the way's path.
     */
    void add(ReachRoute route, String subjectId, String action, Outcome outcome) {
        List<String> hops = route.path().subList(1, route.path().size());
        if (subjectId != null && !hops.isEmpty() && hops.get(hops.size() - 1).equals(subjectId)) {
            hops = hops.subList(0, hops.size() - 1);
        }
        Way way = new Way(route.principalId(), route.way().words(), route.way() == ReachRoute.Way.DIRECT ? List.of()
                : List.copyOf(hops));
        Reached reached = ways.computeIfAbsent(way, w -> new Reached());
        reached.actions.put(action, outcome);
        reached.conditions.addAll(outcome.conditions());
        reached.conditions.addAll(route.conditions());
    }

    boolean isEmpty() {
        return ways.isEmpty();
    }

    void forEach(BiConsumer<Way, Reached> each) {
        ways.forEach(each);
    }

    /** {@code [{"principal", "id", "how", "path", "outcome", "conditions", "actions"?}]}, a way at a time. */
    ReportJson json(IamModel model, boolean withActions, ReportJson json) {
        json.startArray();
        ways.forEach((way, reached) -> {
            Entity principal = model.entities().get(way.principalId());
            ObjectNode node = AnalyzeJson.object();
            node.put("principal", AnalyzeJson.principal(principal));
            node.put("id", principal.id());
            node.put("how", way.how());
            AnalyzeJson.strings(node.putArray("path"), way.path());
            node.put("outcome", reached.allowed() ? "allowed" : "conditional");
            AnalyzeJson.strings(node.putArray("conditions"), new ArrayList<>(reached.conditions));
            if (withActions) {
                ArrayNode actions = node.putArray("actions");
                reached.actions.forEach((action, outcome) -> {
                    ObjectNode entry = actions.addObject();
                    entry.put("action", action);
                    entry.put("outcome", AnalyzeJson.outcome(outcome));
                    AnalyzeJson.strings(entry.putArray("conditions"), outcome.conditions());
                });
            }
            json.element(node);
        });
        return json.endArray();
    }
}
