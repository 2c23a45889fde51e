package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.compare.Change;
import dev.iammodeller.analysis.compare.EntityChange;
import dev.iammodeller.analysis.compare.EscalationChange;
import dev.iammodeller.analysis.compare.FindingChange;
import dev.iammodeller.analysis.compare.ModelChanges;
import dev.iammodeller.analysis.compare.ReachItem;
import dev.iammodeller.analysis.compare.RelationChange;
import java.util.List;

/**
 * {@code diff --json}: {@code {"base", "new", "entities", "relations", "reach", "escalations", "findings",
 * "grantsNew"}} (README.md), written piece by piece: each principal's reach as it is compared.
 */
final class DiffJson {
    private final DiffReport report;

    DiffJson(DiffReport report) {
        this.report = report;
    }

    boolean write(String basePath, String newPath, ModelChanges changes, ReportJson json) {
        json.startObject().field("base", basePath).field("new", newPath).startArray("entities");
        for (EntityChange change : changes.entities()) {
            ObjectNode node = AnalyzeJson.entity(change.subject());
            node.put("change", change.change().word());
            AnalyzeJson.strings(node.putArray("aspects"), change.aspects());
            json.element(node);
        }
        json.endArray().startArray("relations");
        for (RelationChange change : changes.relations()) {
            ObjectNode node = AnalyzeJson.object();
            node.put("change", change.change().word());
            node.put("kind", change.relation().kind().json());
            node.set("from", AnalyzeJson.entity(change.from()));
            node.set("to", AnalyzeJson.entity(change.to()));
            json.element(node);
        }
        json.endArray().startArray("reach");
        int gaining = report.reach(change -> {
            ObjectNode node = AnalyzeJson.object();
            node.set("principal", AnalyzeJson.entity(change.principal()));
            items(node, "gained", change.gained());
            items(node, "lost", change.lost());
            json.element(node);
        });
        json.endArray().startArray("escalations");
        long opened = 0;
        for (EscalationChange change : report.escalations()) {
            opened += change.change() == Change.ADDED ? 1 : 0;
            ObjectNode node = AnalyzeJson.object();
            node.put("change", change.change().word("new", "closed"));
            node.setAll(EscalationReport.gainJson(change.gain()));
            json.element(node);
        }
        json.endArray().startArray("findings");
        for (FindingChange change : report.findings()) {
            ObjectNode node = AnalyzeJson.object();
            node.put("change", change.change().word("new", "resolved"));
            node.setAll(FindingsReport.node(change.finding(), null));
            node.remove(List.of("accepted", "reason"));
            if (change.before() != null) {
                ObjectNode before = node.putObject("before");
                before.put("severity", change.before().severity().label());
                before.put("message", change.before().message());
            }
            json.element(node);
        }
        boolean grantsNew = gaining > 0 || opened > 0;
        json.endArray().field("grantsNew", grantsNew).endObject().end();
        return grantsNew;
    }

    private static void items(ObjectNode node, String field, List<ReachItem> items) {
        var array = node.putArray(field);
        for (ReachItem item : items) {
            ObjectNode entry = array.addObject();
            entry.put("action", item.action());
            entry.put("resource", item.resource());
            entry.put("outcome", item.outcome() == Outcome.Kind.ALLOWED ? "allowed" : "conditional");
            AnalyzeJson.strings(entry.putArray("conditions"), item.conditions());
        }
    }
}
