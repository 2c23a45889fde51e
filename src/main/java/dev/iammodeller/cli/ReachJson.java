package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.catalog.Catalog;

/** {@code {"administrator", "services": [{"service", "reach", "actions"?}]}}: a reach by service, as JSON. */
final class ReachJson {
    private ReachJson() {
    }

    /** Without a reach (an identity provider or a service), nothing; {@code detailed} lists each action. */
    static ObjectNode of(Catalog catalog, ForwardReach reach, boolean detailed) {
        ObjectNode node = AnalyzeJson.object();
        boolean administrator = reach != null && ServiceReach.administrator(catalog, reach);
        node.put("administrator", administrator);
        ArrayNode services = node.putArray("services");
        if (reach == null || administrator) {
            return node; // an administrator reaches every action of every service: nothing to list
        }
        for (ServiceReach service : ServiceReach.of(catalog, reach)) {
            ObjectNode entry = services.addObject();
            entry.put("service", service.service());
            entry.put("reach", switch (service.reach()) {
                case FULL -> "full";
                case PARTIAL -> "partial";
                case CONDITIONAL -> "conditional";
                case NONE -> "resourcesOnly";
            });
            if (!detailed) {
                continue;
            }
            ArrayNode actions = entry.putArray("actions");
            service.levels().forEach((level, outcomes) -> {
                for (ActionOutcome outcome : outcomes) {
                    ObjectNode action = actions.addObject();
                    action.put("action", outcome.action().fullName());
                    action.put("accessLevel", level.label());
                    action.put("resource", outcome.resource());
                    action.put("outcome", AnalyzeJson.outcome(outcome.outcome()));
                    AnalyzeJson.strings(action.putArray("conditions"), outcome.outcome().conditions());
                }
            });
        }
        return node;
    }
}
