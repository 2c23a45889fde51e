package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.GroupReach;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.PolicyReach;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.List;

/**
 * {@code analyze --principal} for what is not itself a principal: a group (what its members get through it),
 * a policy (where it is attached and what it grants there), and compute (it acts as the role it runs as).
 */
final class HolderReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HolderReport() {
    }

    static boolean covers(Entity entity) {
        return entity instanceof Group || entity instanceof ManagedPolicy || entity instanceof InlinePolicy
                || entity instanceof OrganizationPolicy || entity instanceof Compute;
    }

    /** The report, written to {@code out} part by part. */
    static void write(ModelAnalysis analysis, Entity entity, boolean json, ReportText out) {
        Catalog catalog = analysis.catalog();
        IamModel model = analysis.model();
        if (entity instanceof Compute) {
            List<Relation> runsAs = model.from(entity.id(), RelationKind.RUNS_AS);
            Entity role = runsAs.isEmpty() ? null : model.entities().get(runsAs.get(0).to());
            if (json) {
                new ReportJson(out).element(computeJson(entity, role)).end();
            } else if (role == null) {
                out.append(entity.name()).append(" (compute) runs as no role: it can do nothing in AWS\n");
            } else {
                out.append(entity.name()).append(" (compute) acts with the permissions of the role it runs as, ")
                        .append(role.name()).append(":\n\n");
                PrincipalReport.write(analysis, role, false, out);
            }
            return;
        }
        if (entity instanceof Group) {
            GroupReach reach = GroupReach.of(analysis, entity.id(), Integer.MAX_VALUE);
            if (json) {
                membersJson(catalog, model, entity, "members", reach.members(), new ReportJson(out)).end();
            } else {
                groupText(catalog, model, entity, reach, out);
            }
            return;
        }
        PolicyReach reach = PolicyReach.of(analysis, entity.id(), Integer.MAX_VALUE);
        if (json) {
            policyJson(catalog, model, entity, reach, new ReportJson(out));
        } else {
            policyText(catalog, model, entity, reach, out);
        }
    }

    private static ObjectNode computeJson(Entity compute, Entity role) {
        ObjectNode root = JSON.createObjectNode();
        root.set("principal", AnalyzeJson.entity(compute));
        root.put("runsAs", role == null ? null : role.id());
        return root;
    }

    private static void groupText(Catalog catalog, IamModel model, Entity group, GroupReach reach, ReportText text) {
        text.append(group.name()).append(" (group").append(group.arn() == null ? "" : ", " + group.arn()).append(")\n\n");
        text.append("A group is not a principal: its reach is what each member gets through its policies, with the"
                + " member's other layers (a deny, a boundary, an SCP) still deciding.\n");
        if (reach.members().isEmpty()) {
            text.append("\n  no members: the group gives nobody anything yet\n");
        }
        members(text, catalog, model, reach.members(), "member");
    }

    private static void members(ReportText text, Catalog catalog, IamModel model, List<ForwardReach> members, String what) {
        for (ForwardReach member : members) {
            text.append('\n').append(what).append(' ').append(model.entities().get(member.principalId()).name())
                    .append(" gets:\n");
            ReachText.own(text, catalog, model, member);
        }
    }

    private static void policyText(Catalog catalog, IamModel model, Entity policy, PolicyReach reach, ReportText text) {
        text.append(policy.name()).append(" (").append(policy.kind().json())
                .append(policy.arn() == null ? "" : ", " + policy.arn()).append(")\n");
        if (reach.placements().isEmpty()) {
            text.append("\n  attached nowhere: it grants nobody anything\n");
        }
        for (PolicyReach.Placement placement : reach.placements()) {
            Entity holder = model.entities().get(placement.holderId());
            text.append('\n').append(placement.how()).append(" to ").append(holder.name()).append(" (")
                    .append(holder.kind().json()).append(")\n");
            if (placement.note() != null) {
                text.append("  ").append(placement.note()).append('\n');
            }
            members(text, catalog, model, placement.grants(), "  principal");
        }
    }

    /** {@code {"principal", FIELD: [{"principal", "arn", "reach"}]}}, a grant at a time. */
    private static ReportJson membersJson(Catalog catalog, IamModel model, Entity holder, String field,
                                          List<ForwardReach> grants, ReportJson json) {
        json.startObject().field("principal", AnalyzeJson.entity(holder));
        grants(catalog, model, field, grants, json);
        return json.endObject();
    }

    private static void grants(Catalog catalog, IamModel model, String field, List<ForwardReach> grants, ReportJson json) {
        json.startArray(field);
        for (ForwardReach grant : grants) {
            ObjectNode node = JSON.createObjectNode();
            node.put("principal", grant.principalId());
            node.put("arn", model.entities().get(grant.principalId()).arn());
            node.set("reach", ReachJson.of(catalog, grant, true));
            json.element(node);
        }
        json.endArray();
    }

    /** {@code {"principal", "placements": [{"holder", "grants", "how", "note"}]}}, a grant at a time. */
    private static void policyJson(Catalog catalog, IamModel model, Entity policy, PolicyReach reach, ReportJson json) {
        json.startObject().field("principal", AnalyzeJson.entity(policy)).startArray("placements");
        for (PolicyReach.Placement placement : reach.placements()) {
            json.startObject();
            grants(catalog, model, "grants", placement.grants(), json);
            json.field("holder", AnalyzeJson.entity(model.entities().get(placement.holderId())));
            json.field("how", placement.how()).field("note", placement.note()).endObject();
        }
        json.endArray().endObject().end();
    }
}
