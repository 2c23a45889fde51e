package dev.iammodeller.cli;

import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.NodeReach;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.catalog.AccessLevel;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One service a principal reaches: how much, and the outcomes by access level. */
record ServiceReach(String service, NodeReach reach, Map<AccessLevel, List<ActionOutcome>> levels) {
    /** Every action of the service, each allowed without a condition. */
    boolean full() {
        return reach == NodeReach.FULL && levels.values().stream().flatMap(List::stream)
                .allMatch(o -> o.outcome().kind() == Outcome.Kind.ALLOWED);
    }

    /** The services a reach touches, by name. */
    static List<ServiceReach> of(Catalog catalog, ForwardReach reach) {
        Map<String, Map<AccessLevel, List<ActionOutcome>>> grouped = new TreeMap<>();
        for (ActionOutcome outcome : reach.reached()) {
            grouped.computeIfAbsent(outcome.action().service(), s -> new EnumMap<>(AccessLevel.class))
                    .computeIfAbsent(outcome.action().accessLevel(), l -> new ArrayList<>()).add(outcome);
        }
        List<ServiceReach> out = new ArrayList<>();
        grouped.forEach((service, levels) -> out.add(new ServiceReach(service, reach.service(catalog, service), levels)));
        return out;
    }

    /** True when the principal reaches every action of the catalogue on {@code *}, unconditionally. */
    static boolean administrator(Catalog catalog, ForwardReach reach) {
        return reach.administrator(catalog);
    }
}
