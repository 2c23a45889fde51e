package dev.iammodeller.cli;

import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.Reacher;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze --who-can TARGET} for anything but a role: who can do any of the {@link TargetActions}. For a
 * resource of the model, the ways are those of the window's "who can reach this" ({@link ReverseReach} of the
 * resource), each with the actions its actor reaches; for anything else, one way per principal for each action
 * ({@link ReverseReach#oneWayEach}).
 */
final class WhoCanAct {
    private WhoCanAct() {
    }

    static void write(ModelAnalysis analysis, Entity entity, String target, boolean json, ReportText out) {
        IamModel model = analysis.model();
        TargetActions actions = TargetActions.of(analysis.catalog(), model, entity, target);
        List<Map.Entry<String, String>> tried = actions.tried();
        Reachers reachers = new Reachers();
        if (entity instanceof Resource) {
            for (Reacher reacher : analysis.reverse(entity.id()).reachers()) {
                if (reacher.style() == HighlightStyle.DENIED) {
                    continue;
                }
                for (Map.Entry<String, String> pair : tried) {
                    var outcome = analysis.check().outcome(reacher.route().actorId(), pair.getKey(), pair.getValue());
                    if (outcome.reaches()) {
                        reachers.add(reacher.route(), entity.id(), pair.getKey(), outcome);
                    }
                }
            }
        } else {
            for (Map.Entry<String, String> pair : tried) {
                for (Reacher reacher : ReverseReach.of(analysis, pair.getKey(), pair.getValue()).oneWayEach()) {
                    reachers.add(reacher.route(), null, pair.getKey(),
                            analysis.check().outcome(reacher.route().actorId(), pair.getKey(), pair.getValue()));
                }
            }
        }
        if (json) {
            ReportJson root = new ReportJson(out).startObject().field("target", target)
                    .field("actionsTried", tried.size()).field("truncated", actions.truncated());
            reachers.json(model, true, root.fieldName("reachers")).endObject().end();
            return;
        }
        ReportText text = out.append("Who can act on ").append(entity == null ? target
                : entity.id() + " (" + target + ")").append(": ").append(tried.size())
                .append(tried.size() == 1 ? " action" : " actions")
                .append(" tried (the catalogue's actions on its resource type that some Allow of the model could grant")
                .append(actions.truncated() ? "; the first " + TargetActions.MAX + " only" : "").append(")\n");
        if (reachers.isEmpty()) {
            text.append("  no principal of the model\n");
        }
        reachers.forEach((way, reached) -> {
            List<String> names = new ArrayList<>(reached.actions.keySet());
            text.append("  ").append(way.text()).append(": ").append(names.size() == 1 ? "1 action" : names.size()
                    + " actions").append(" (").append(ShortList.of(names, ShortList.IN_A_LINE)).append(")");
            if (!reached.conditions.isEmpty()) {
                text.append(", conditional on ").append(String.join(", ", reached.conditions));
            }
            text.append('\n');
        });
    }
}
