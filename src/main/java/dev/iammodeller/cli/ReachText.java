package dev.iammodeller.cli;

import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.NodeReach;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A reach by service and access level, as text: in full (a principal's own) or in one line (a role's). */
final class ReachText {
    private ReachText() {
    }

    /** The lines of a principal's own reach, then what an explicit deny takes back. */
    static void own(ReportText text, Catalog catalog, IamModel model, ForwardReach own) {
        reached(text, catalog, model, own);
        DenialText.append(text, model, own);
    }

    private static void reached(ReportText text, Catalog catalog, IamModel model, ForwardReach own) {
        if (ServiceReach.administrator(catalog, own)) {
            text.append("  every action of every service on every resource: administrator\n");
            return;
        }
        List<ServiceReach> services = ServiceReach.of(catalog, own);
        if (services.isEmpty()) {
            text.append("  nothing\n");
            return;
        }
        List<String> full = services.stream().filter(ServiceReach::full).map(ServiceReach::service).toList();
        if (!full.isEmpty()) {
            text.append("  every action of ").append(full.size() == 1 ? "1 service" : full.size() + " services")
                    .append(": ").append(ShortList.of(full, 40)).append('\n');
        }
        Map<String, String> names = resourceNames(model);
        for (ServiceReach service : services) {
            if (service.full()) {
                continue;
            }
            text.append("  ").append(service.service()).append(": ").append(label(service.reach())).append('\n');
            service.levels().forEach((level, outcomes) -> {
                Set<String> actions = new TreeSet<>();
                Set<String> targets = new LinkedHashSet<>();
                Set<String> conditions = new TreeSet<>();
                for (ActionOutcome outcome : outcomes) {
                    actions.add(outcome.action().name());
                    targets.add(names.getOrDefault(outcome.resource(), outcome.resource()));
                    conditions.addAll(outcome.outcome().conditions());
                }
                text.append("    ").append(level.label()).append(" (").append(actions.size()).append("): ")
                        .append(ShortList.of(new ArrayList<>(actions), ShortList.IN_A_LINE));
                if (!targets.equals(Set.of("*"))) {
                    text.append("  on ").append(ShortList.of(new ArrayList<>(targets), ShortList.IN_A_LINE));
                }
                if (!conditions.isEmpty()) {
                    text.append("  (some conditional on ").append(String.join(", ", conditions)).append(")");
                }
                text.append('\n');
            });
        }
    }

    /** One line: what a role (or the compute's role) reaches, services grouped by how much. */
    static String summary(Catalog catalog, IamModel model, ForwardReach reach) {
        if (ServiceReach.administrator(catalog, reach)) {
            return "every action of every service (administrator)";
        }
        List<ServiceReach> services = ServiceReach.of(catalog, reach);
        if (services.isEmpty()) {
            return "nothing of its own";
        }
        Map<NodeReach, List<String>> byReach = new EnumMap<>(NodeReach.class);
        Map<String, String> names = resourceNames(model);
        for (ServiceReach service : services) {
            String entry = service.service();
            if (service.reach() == NodeReach.NONE || service.reach() == NodeReach.CONDITIONAL) {
                Set<String> targets = new TreeSet<>();
                Set<String> conditions = new TreeSet<>();
                service.levels().values().stream().flatMap(List::stream).forEach(o -> {
                    if (!o.resource().equals("*")) {
                        targets.add(names.getOrDefault(o.resource(), o.resource()));
                    }
                    conditions.addAll(o.outcome().conditions());
                });
                List<String> details = new ArrayList<>();
                if (!targets.isEmpty()) {
                    details.add("on " + ShortList.of(new ArrayList<>(targets), 3));
                }
                if (!conditions.isEmpty()) {
                    details.add("conditional on " + String.join(", ", conditions));
                }
                entry += details.isEmpty() ? "" : " (" + String.join("; ", details) + ")";
            }
            byReach.computeIfAbsent(service.reach(), r -> new ArrayList<>()).add(entry);
        }
        List<String> parts = new ArrayList<>();
        byReach.forEach((level, entries) -> parts.add(switch (level) {
            case FULL -> "every action of ";
            case PARTIAL -> "some actions of ";
            case CONDITIONAL -> "only if conditions hold: ";
            case NONE -> "some resources of ";
        } + ShortList.of(entries, ShortList.IN_A_LINE)));
        return String.join("; ", parts);
    }

    private static String label(NodeReach reach) {
        return switch (reach) {
            case FULL -> "every action";
            case PARTIAL -> "some actions";
            case CONDITIONAL -> "only if conditions hold";
            case NONE -> "on some resources";
        };
    }

    /** A drawn resource's ARN (and its objects' {@code arn/*}) → its name. */
    private static Map<String, String> resourceNames(IamModel model) {
        Map<String, String> names = new HashMap<>();
        for (Resource resource : model.all(Resource.class)) {
            names.put(resource.arn(), resource.name());
            names.put(resource.arn() + "/*", resource.name() + "/*");
        }
        return names;
    }
}
