package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.IndirectReach;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationGain;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Locale;

/**
 * {@code analyze --principal} for a user, role, identity provider or service: its own permissions, the roles it
 * can assume, the compute it can make act for it and its escalation paths, as text or JSON.
 */
final class PrincipalReport {
    private final ModelAnalysis analysis;
    private final Catalog catalog;
    private final IamModel model;
    private final Entity principal;

    private PrincipalReport(ModelAnalysis analysis, Entity principal) {
        this.analysis = analysis;
        this.catalog = analysis.catalog();
        this.model = analysis.model();
        this.principal = principal;
    }

    /** The report, written to {@code out} part by part: what the window's reach panel shows, from the same analysis. */
    static void write(ModelAnalysis analysis, Entity principal, boolean json, ReportText out) {
        new PrincipalReport(analysis, principal).report(json, out);
    }

    private ForwardReach reach(String principalId) {
        return analysis.forward(principalId);
    }

    private void report(boolean json, ReportText out) {
        boolean iam = principal.kind().isIamPrincipal();
        ForwardReach own = iam ? reach(principal.id()) : null;
        List<Assumption> roles = analysis.assumable(principal.id());
        List<IndirectReach.Driven> driven = iam ? analysis.driven(principal.id()) : List.of();
        List<EscalationGain> paths = iam ? EscalationAnalysis.grouped(analysis.check(), principal.id()) : List.of();
        if (json) {
            asJson(own, roles, driven, paths, new ReportJson(out));
        } else {
            asText(iam, own, roles, driven, paths, out);
        }
    }

    private void asJson(ForwardReach own, List<Assumption> roles, List<IndirectReach.Driven> driven,
                        List<EscalationGain> paths, ReportJson json) {
        json.startObject();
        json.field("principal", AnalyzeJson.entity(principal));
        json.field("reach", own == null ? ReachJson.of(catalog, null, false) : ReachJson.of(catalog, own, true));
        json.startArray("roles");
        for (Assumption assumption : roles) {
            Entity role = model.entities().get(assumption.roleId());
            ObjectNode node = AnalyzeJson.object();
            node.put("role", role.id());
            node.put("arn", role.arn());
            AnalyzeJson.strings(node.putArray("chain"), assumption.chain());
            node.put("reach", assumption.reach().name().toLowerCase(Locale.ROOT));
            AnalyzeJson.strings(node.putArray("conditions"), assumption.conditions());
            node.set("reaches", ReachJson.of(catalog, reach(role.id()), false));
            json.element(node);
        }
        json.endArray().startArray("indirect");
        for (IndirectReach.Driven drive : driven) {
            Entity compute = model.entities().get(drive.computeId());
            Entity role = model.entities().get(drive.roleId());
            ObjectNode node = AnalyzeJson.object();
            node.put("compute", compute.id());
            node.put("computeArn", compute.arn());
            node.put("action", drive.action());
            node.put("outcome", AnalyzeJson.outcome(drive.outcome()));
            AnalyzeJson.strings(node.putArray("conditions"), drive.outcome().conditions());
            node.put("role", role.id());
            node.put("roleArn", role.arn());
            node.set("reaches", ReachJson.of(catalog, reach(role.id()), false));
            json.element(node);
        }
        json.endArray().fieldName("escalations");
        EscalationReport.json(paths, json).endObject().end();
    }

    private void asText(boolean iam, ForwardReach own, List<Assumption> roles, List<IndirectReach.Driven> driven,
                        List<EscalationGain> paths, ReportText text) {
        text.append(principal.name()).append(" (").append(principal.kind().json());
        if (principal.arn() != null) {
            text.append(", ").append(principal.arn());
        } else if (principal instanceof AwsService service) {
            text.append(", ").append(service.principal());
        }
        text.append(")\n\n");
        text.append("Own permissions (before assuming any role; actions on resources the model does not draw are"
                + " tried on \"*\"):\n");
        if (own == null) {
            if (principal.kind().isIdentityCenterPrincipal()) {
                text.append("  none: an ").append(dev.iammodeller.model.Words.of(principal.kind())).append(" has no IAM"
                        + " policies; it signs in to each account it is assigned as the role the permission set provisions"
                        + " there\n");
            } else {
                text.append("  none: ").append(principal.kind() == EntityKind.SERVICE ? "a service" : "an identity provider")
                        .append(" has no policies of its own; it acts only through the roles that trust it\n");
            }
        } else {
            ReachText.own(text, catalog, model, own);
        }
        text.append("\nRoles it can assume (one role session at a time: a hop leaves the permissions before it behind):\n");
        if (roles.isEmpty()) {
            text.append("  none\n");
        }
        for (Assumption assumption : roles) {
            text.append("  ").append(principal.name());
            for (String hop : assumption.chain()) {
                text.append(hop.equals(assumption.chain().get(0)) && principal.kind().isIdentityCenterPrincipal()
                        ? " → via assignment " : " → via role ").append(hop);
            }
            text.append("  ").append(assumption.reach() == Assumption.Reach.ALLOWED ? "allowed"
                    : "conditional on " + String.join(", ", assumption.conditions())).append('\n');
            text.append("      then reaches: ").append(ReachText.summary(catalog, model, reach(assumption.roleId()))).append('\n');
        }
        if (iam) {
            text.append("\nCompute it can make act for it (indirect reach):\n");
            if (driven.isEmpty()) {
                text.append("  none\n");
            }
            for (IndirectReach.Driven drive : driven) {
                text.append("  ").append(principal.name()).append(" → indirect via ").append(drive.computeId())
                        .append(" (").append(drive.action()).append(") as role ").append(drive.roleId()).append("  ")
                        .append(outcomeText(drive.outcome())).append('\n');
                text.append("      then reaches: ").append(ReachText.summary(catalog, model, reach(drive.roleId()))).append('\n');
            }
            text.append("\nEscalation (the shortest path to each gain; when admin is one, admin only):\n");
            if (paths.isEmpty()) {
                text.append("  none found\n");
            }
            for (EscalationGain gain : paths) {
                EscalationReport.appendGain(text, gain);
            }
        }
    }

    private static String outcomeText(Outcome outcome) {
        return outcome.kind() == Outcome.Kind.CONDITIONAL
                ? "conditional on " + String.join(", ", outcome.conditions()) : AnalyzeJson.outcome(outcome);
    }
}
