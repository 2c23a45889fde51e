package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.List;

/** {@code analyze --escalations}: escalation paths as text or JSON (also the paths of {@code --principal}). */
final class EscalationReport {
    private EscalationReport() {
    }

    /** Every path of the model, headed by how many there are and how many reach admin. */
    static String text(IamModel model, List<EscalationPath> paths, boolean json) {
        if (json) {
            return AnalyzeJson.write(json(paths));
        }
        StringBuilder text = new StringBuilder();
        if (paths.isEmpty()) {
            text.append("No escalation paths.\n");
        } else {
            long admin = paths.stream().filter(EscalationPath::gainsAdmin).count();
            text.append(paths.size()).append(paths.size() == 1 ? " escalation path" : " escalation paths").append(" (")
                    .append(admin).append(" to admin):\n");
        }
        for (EscalationPath path : paths) {
            appendPath(text, model, path, true);
        }
        return text.toString();
    }

    /** One path: its principal (when asked), what it gains and by which rule, its numbered steps, its conditions. */
    static void appendPath(StringBuilder text, IamModel model, EscalationPath path, boolean withPrincipal) {
        text.append("  ");
        if (withPrincipal) {
            text.append(model.entity(path.principalId()).map(Entity::id).orElse(path.principalId())).append(' ');
        }
        text.append("→ gains ").append(path.gains()).append("  [rule ").append(path.rule()).append("]\n");
        int n = 1;
        for (EscalationStep step : path.steps()) {
            text.append("      ").append(n++).append(". ").append(step.action()).append(" on ").append(step.target());
            if (step.note() != null && !step.note().isBlank()) {
                text.append(": ").append(step.note());
            }
            text.append('\n');
        }
        if (!path.conditions().isEmpty()) {
            text.append("      only if: ").append(String.join(", ", path.conditions())).append('\n');
        }
        if (!path.assumes().isEmpty()) {
            text.append("      possible, only if these exist: ").append(String.join("; ", path.assumes())).append('\n');
        }
    }

    /** {@code [{"principal", "gains", "steps": [{"action", "target", "note"}], "conditions"?}]}, conditions only when some. */
    static ArrayNode json(List<EscalationPath> paths) {
        ArrayNode array = AnalyzeJson.array();
        for (EscalationPath path : paths) {
            ObjectNode node = array.addObject();
            node.put("principal", path.principalArn());
            node.put("gains", path.gains());
            ArrayNode steps = node.putArray("steps");
            for (EscalationStep step : path.steps()) {
                ObjectNode entry = steps.addObject();
                entry.put("action", step.action());
                entry.put("target", step.target());
                entry.put("note", step.note());
            }
            if (!path.conditions().isEmpty()) {
                AnalyzeJson.strings(node.putArray("conditions"), path.conditions());
            }
            if (!path.assumes().isEmpty()) {
                node.put("possible", true);
                AnalyzeJson.strings(node.putArray("assumes"), path.assumes());
            }
        }
        return array;
    }
}
