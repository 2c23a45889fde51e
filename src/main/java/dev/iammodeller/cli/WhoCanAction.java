package dev.iammodeller.cli;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;

/** {@code analyze --who-can TARGET --action A}: who can do one action on one resource, and how. */
final class WhoCanAction {
    private WhoCanAction() {
    }

    static void write(AccessCheck check, String action, String resource, boolean json, ReportText out) {
        IamModel model = check.model();
        Reachers reachers = new Reachers();
        for (ReverseReach.Reacher reacher : ReverseReach.whoCan(check, action, resource)) {
            List<String> assumed = new ArrayList<>();
            if (reacher.how().equals("via role") || reacher.how().equals("via assignment")) {
                for (Assumption assumption : RoleAssumption.from(model, reacher.principalId())) {
                    if (assumption.chain().equals(reacher.path())) {
                        assumed.addAll(assumption.conditions());
                    }
                }
            }
            reachers.add(new Reachers.Way(reacher.principalId(), reacher.how(), reacher.path()), action,
                    reacher.outcome(), assumed);
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
