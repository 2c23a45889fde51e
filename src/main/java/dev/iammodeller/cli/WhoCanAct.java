package dev.iammodeller.cli;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.IndirectReach;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze --who-can TARGET} for anything but a role: who can do any of the {@link TargetActions}, each tried
 * directly, through the roles a principal can assume, then through the compute it drives (as {@link ReverseReach}
 * does).
 */
final class WhoCanAct {
    private WhoCanAct() {
    }

    static void write(Catalog catalog, AccessCheck check, Entity entity, String target, boolean json, ReportText out) {
        IamModel model = check.model();
        TargetActions actions = TargetActions.of(catalog, model, entity, target);
        List<Map.Entry<String, String>> tried = actions.tried();
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        model.entities().values().stream().filter(e -> e.kind().isIdentityCenterPrincipal()).forEach(principals::add);
        Reachers reachers = new Reachers();
        for (Entity principal : principals) {
            reach(check, principal, tried, reachers);
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

    /** Each action the principal reaches, the first way that reaches it: direct, via a role, via compute. */
    private static void reach(AccessCheck check, Entity principal, List<Map.Entry<String, String>> tried,
                              Reachers reachers) {
        List<Assumption> assumptions = null;
        List<IndirectReach.Driven> driven = null;
        for (Map.Entry<String, String> pair : tried) {
            String action = pair.getKey();
            String resource = pair.getValue();
            boolean identityCenter = principal.kind().isIdentityCenterPrincipal();
            Outcome direct = identityCenter ? null : check.outcome(principal.id(), action, resource);
            if (direct != null && direct.reaches()) {
                reachers.add(new Reachers.Way(principal.id(), "direct", List.of()), action, direct, List.of());
                continue;
            }
            if (assumptions == null) {
                assumptions = RoleAssumption.from(check.model(), principal.id());
            }
            boolean found = false;
            for (Assumption assumption : assumptions) {
                Outcome outcome = check.outcome(assumption.roleId(), action, resource);
                if (outcome.reaches()) {
                    reachers.add(new Reachers.Way(principal.id(), identityCenter ? "via assignment" : "via role",
                            assumption.chain()), action, outcome,
                            assumption.conditions());
                    found = true;
                    break;
                }
            }
            if (found || identityCenter) {
                continue;
            }
            if (driven == null) {
                driven = IndirectReach.of(check, principal.id());
            }
            for (IndirectReach.Driven drive : driven) {
                Outcome outcome = check.outcome(drive.roleId(), action, resource);
                if (outcome.reaches()) {
                    reachers.add(new Reachers.Way(principal.id(), "indirect via", List.of(drive.computeId(),
                            drive.roleId())), action, outcome, drive.outcome().conditions());
                    break;
                }
            }
        }
    }
}
