package dev.iammodeller.cli;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.Reacher;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.model.IamModel;

/** {@code analyze --who-can TARGET --action A}: who can do one action on one resource, and how. */
final class WhoCanAction {
    private WhoCanAction() {
    }

    static void write(ModelAnalysis analysis, String action, String resource, boolean json, ReportText out) {
        IamModel model = analysis.model();
        Reachers reachers = new Reachers();
        for (Reacher reacher : ReverseReach.of(analysis, action, resource).oneWayEach()) {
            reachers.add(reacher.route(), null, action, analysis.check().outcome(reacher.route().actorId(), action, resource));
        }
        if (json) {
            ReportJson root = new ReportJson(out).startObject().field("target", resource).field("action", action);
            reachers.json(model, false, root.fieldName("reachers")).endObject().end();
            return;
        }
        ReportText text = out.append("Who can ").append(action).append(" on ").append(resource).append(":\n");
        if (reachers.isEmpty()) {
            text.append("  no principal of the model\n");
        }
        reachers.forEach((way, reached) -> text.append("  ").append(way.text()).append("  ")
                .append(reached.allowed() ? "allowed" : "conditional on " + String.join(", ", reached.conditions))
                .append('\n'));
    }
}
