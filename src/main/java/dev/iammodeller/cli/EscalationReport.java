package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationGain;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.analysis.escalation.PathfindingPaths;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code analyze --escalations}: per principal and gain, the shortest path and how many others lead there,
 * headed by who can gain administrator and by which rules (also the escalations of {@code --principal}); with
 * {@code --all-paths}, every path, written out as it is found.
 */
final class EscalationReport {
    private EscalationReport() {
    }

    /** {@code --escalations [--all-paths] [--json]}, written to {@code out} as it is made. */
    static void write(AccessCheck check, boolean json, boolean allPaths, ReportText out) {
        if (allPaths && json) {
            allPathsJson(check, out);
        } else if (allPaths) {
            allPathsText(check, out);
        } else if (json) {
            json(EscalationAnalysis.grouped(check), new ReportJson(out)).end();
        } else {
            text(check.model(), EscalationAnalysis.grouped(check), EscalationAnalysis.count(check), out);
        }
    }

    // ------------------------------------------------------------------ grouped

    /**
     * The summary (how many principals gain admin, and by which rules; how many gain other principals), then
     * one block per principal: each gain with its shortest path, numbered, and how many other paths lead there.
     */
    static void text(IamModel model, List<EscalationGain> gains, EscalationAnalysis.Count count, ReportText text) {
        if (gains.isEmpty()) {
            text.append("No escalation paths.\n");
            return;
        }
        Map<String, List<EscalationGain>> byPrincipal = new TreeMap<>();
        for (EscalationGain gain : gains) {
            byPrincipal.computeIfAbsent(gain.principalId(), id -> new ArrayList<>()).add(gain);
        }
        Map<String, Integer> adminRules = new TreeMap<>();
        int admin = 0;
        for (EscalationGain gain : gains) {
            if (gain.gainsAdmin()) {
                admin++;
                for (String rule : new LinkedHashSet<>(gain.path().ruleIds())) {
                    adminRules.merge(rule, 1, Integer::sum);
                }
            }
        }
        int others = byPrincipal.size() - admin;
        long possibleAdmin = gains.stream().filter(g -> g.gainsAdmin() && !g.path().assumes().isEmpty()).count();
        text.append(admin == 0 ? "No principal" : principals(admin)).append(" can gain administrator");
        if (possibleAdmin > 0) {
            text.append(", ").append(possibleAdmin == admin ? "all" : String.valueOf(possibleAdmin))
                    .append(" of them only possibly (their shortest path needs compute or a console password")
                    .append(" the model cannot show)");
        }
        if (others > 0) {
            text.append("; ").append(admin > 0 ? others + " more" : principals(others))
                    .append(" can gain the permissions of other roles, users or groups");
        }
        text.append(" (").append(count.paths()).append(count.paths() == 1 ? " path" : " paths")
                .append(" in all: --all-paths lists each).\n");
        if (admin > 0) {
            text.append("\nAdministrator, by rule (principals whose shortest path to admin takes it):\n");
            List<Map.Entry<String, Integer>> rules = new ArrayList<>(adminRules.entrySet());
            rules.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
            int width = rules.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
            int digits = String.valueOf(rules.get(0).getValue()).length();
            Map<String, String> names = PathfindingPaths.names();
            for (Map.Entry<String, Integer> rule : rules) {
                text.append("  ").append(pad(rule.getKey(), width)).append("  ")
                        .append(" ".repeat(digits - String.valueOf(rule.getValue()).length())).append(rule.getValue());
                String name = names.get(rule.getKey());
                if (name != null) {
                    text.append("  ").append(name);
                }
                text.append('\n');
            }
        }
        byPrincipal.forEach((id, entries) -> {
            Entity principal = model.entities().get(id);
            text.append('\n').append(principal == null ? id : principal.name()).append(" (")
                    .append(principal == null ? entries.get(0).principalArn()
                    : principal.kind().json() + ", " + entries.get(0).principalArn()).append(")\n");
            for (EscalationGain gain : entries) {
                appendGain(text, gain);
            }
        });
    }

    private static String principals(int n) {
        return n + (n == 1 ? " principal" : " principals");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** One gain: what, in how many steps, by which rule; the shortest path's steps; how many other paths; what admin includes. */
    static void appendGain(ReportText text, EscalationGain gain) {
        EscalationPath path = gain.path();
        int steps = path.steps().size();
        text.append("  → gains ").append(gain.gains()).append(" in ").append(steps).append(steps == 1 ? " step" : " steps")
                .append("  [rule ").append(path.rule()).append("]\n");
        appendSteps(text, path);
        if (gain.alternatives() > 0) {
            text.append("      and ").append(gain.alternatives()).append(gain.alternatives() == 1 ? " other path" : " other paths")
                    .append('\n');
        }
        if (gain.alsoGains() > 0) {
            text.append("      it could also gain ").append(gain.alsoGains()).append(gain.alsoGains() == 1
                    ? " other role, user or group" : " other roles, users or groups").append(": admin includes them\n");
        }
    }

    /**
     * {@code [{"principal", "gains", "rule", "rules", "steps", "conditions"?, "possible"?, "assumes"?,
     * "alternatives", "alsoGains"?}]}, element by element: conditions only when some, possible and assumes only for
     * a path that needs what the model cannot show, alsoGains on admin entries only.
     */
    static ReportJson json(List<EscalationGain> gains, ReportJson json) {
        json.startArray();
        for (EscalationGain gain : gains) {
            json.element(gainJson(gain));
        }
        return json.endArray();
    }

    static ObjectNode gainJson(EscalationGain gain) {
        EscalationPath path = gain.path();
        ObjectNode node = AnalyzeJson.object();
        node.put("principal", gain.principalArn());
        node.put("gains", gain.gains());
        node.put("rule", path.rule());
        AnalyzeJson.strings(node.putArray("rules"), path.ruleIds());
        steps(node, path);
        conditionsAndAssumptions(node, path);
        node.put("alternatives", gain.alternatives());
        if (gain.gainsAdmin()) {
            node.put("alsoGains", gain.alsoGains());
        }
        return node;
    }

    // ------------------------------------------------------------------ every path

    /** The old full list: how many paths (and to admin), then each path with its principal, as found. */
    private static void allPathsText(AccessCheck check, ReportText out) {
        EscalationAnalysis.Count count = EscalationAnalysis.count(check);
        if (count.paths() == 0) {
            out.append("No escalation paths.\n");
            return;
        }
        out.append(count.paths() + (count.paths() == 1 ? " escalation path" : " escalation paths") + " (" + count.toAdmin()
                + " to admin):\n");
        IamModel model = check.model();
        EscalationAnalysis.eachPath(check, path -> appendPath(out, model, path, true));
    }

    /** A JSON array written element by element: {@code [{"principal", "gains", "steps", "conditions"?}]}, as found. */
    private static void allPathsJson(AccessCheck check, ReportText out) {
        ReportJson json = new ReportJson(out).startArray();
        EscalationAnalysis.eachPath(check, path -> json.element(pathJson(path)));
        json.endArray().end();
    }

    /** One path: its principal (when asked), what it gains and by which rule, its numbered steps, its conditions. */
    static void appendPath(ReportText text, IamModel model, EscalationPath path, boolean withPrincipal) {
        text.append("  ");
        if (withPrincipal) {
            text.append(model.entity(path.principalId()).map(Entity::id).orElse(path.principalId())).append(' ');
        }
        text.append("→ gains ").append(path.gains()).append("  [rule ").append(path.rule()).append("]\n");
        appendSteps(text, path);
    }

    private static void appendSteps(ReportText text, EscalationPath path) {
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

    /**
     * {@code {"principal", "gains", "steps": [{"action", "target", "note"}], "conditions"?, "possible"?, "assumes"?}}:
     * conditions only when some; {@code possible: true} and what must exist only for a possible path.
     */
    static ObjectNode pathJson(EscalationPath path) {
        ObjectNode node = AnalyzeJson.object();
        node.put("principal", path.principalArn());
        node.put("gains", path.gains());
        steps(node, path);
        conditionsAndAssumptions(node, path);
        return node;
    }

    /** {@code "conditions"} when the path has some; {@code "possible": true} and {@code "assumes"} when it needs what the model cannot show. */
    private static void conditionsAndAssumptions(ObjectNode node, EscalationPath path) {
        if (!path.conditions().isEmpty()) {
            AnalyzeJson.strings(node.putArray("conditions"), path.conditions());
        }
        if (!path.assumes().isEmpty()) {
            node.put("possible", true);
            AnalyzeJson.strings(node.putArray("assumes"), path.assumes());
        }
    }

    private static void steps(ObjectNode node, EscalationPath path) {
        ArrayNode steps = node.putArray("steps");
        for (EscalationStep step : path.steps()) {
            ObjectNode entry = steps.addObject();
            entry.put("action", step.action());
            entry.put("target", step.target());
            entry.put("note", step.note());
        }
    }
}
