package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.GroupReach;
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

    static String text(Catalog catalog, AccessCheck check, Entity entity, boolean json) {
        IamModel model = check.model();
        if (entity instanceof Compute) {
            List<Relation> runsAs = model.from(entity.id(), RelationKind.RUNS_AS);
            if (runsAs.isEmpty()) {
                return json ? AnalyzeJson.write(computeJson(entity, null))
                        : entity.name() + " (compute) runs as no role: it can do nothing in AWS\n";
            }
            Entity role = model.entities().get(runsAs.get(0).to());
            if (json) {
                return AnalyzeJson.write(computeJson(entity, role));
            }
            return entity.name() + " (compute) acts with the permissions of the role it runs as, "
                    + role.name() + ":\n\n" + PrincipalReport.text(catalog, check, role, false);
        }
        if (entity instanceof Group) {
            GroupReach reach = GroupReach.of(catalog, check, entity.id());
            return json ? AnalyzeJson.write(membersJson(catalog, model, entity, "members", reach.members()))
                    : groupText(catalog, model, entity, reach);
        }
        PolicyReach reach = PolicyReach.of(catalog, check, entity.id());
        return json ? AnalyzeJson.write(policyJson(catalog, model, entity, reach)) : policyText(catalog, model, entity, reach);
    }

    private static ObjectNode computeJson(Entity compute, Entity role) {
        ObjectNode root = JSON.createObjectNode();
        root.set("principal", AnalyzeJson.entity(compute));
        root.put("runsAs", role == null ? null : role.id());
        return root;
    }

    private static String groupText(Catalog catalog, IamModel model, Entity group, GroupReach reach) {
        StringBuilder text = new StringBuilder();
        text.append(group.name()).append(" (group").append(group.arn() == null ? "" : ", " + group.arn()).append(")\n\n");
        text.append("A group is not a principal: its reach is what each member gets through its policies, with the"
                + " member's other layers (a deny, a boundary, an SCP) still deciding.\n");
        if (reach.members().isEmpty()) {
            text.append("\n  no members: the group gives nobody anything yet\n");
        }
        members(text, catalog, model, reach.members(), "member");
        return text.toString();
    }

    private static void members(StringBuilder text, Catalog catalog, IamModel model, List<ForwardReach> members, String what) {
        for (ForwardReach member : members) {
            text.append('\n').append(what).append(' ').append(model.entities().get(member.principalId()).name())
                    .append(" gets:\n");
            ReachText.own(text, catalog, model, member);
        }
    }

    private static String policyText(Catalog catalog, IamModel model, Entity policy, PolicyReach reach) {
        StringBuilder text = new StringBuilder();
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
        return text.toString();
    }

    private static ObjectNode membersJson(Catalog catalog, IamModel model, Entity holder, String field,
                                          List<ForwardReach> grants) {
        ObjectNode root = JSON.createObjectNode();
        root.set("principal", AnalyzeJson.entity(holder));
        ArrayNode list = root.putArray(field);
        for (ForwardReach grant : grants) {
            ObjectNode node = list.addObject();
            node.put("principal", grant.principalId());
            node.put("arn", model.entities().get(grant.principalId()).arn());
            node.set("reach", ReachJson.of(catalog, grant, true));
        }
        return root;
    }

    private static ObjectNode policyJson(Catalog catalog, IamModel model, Entity policy, PolicyReach reach) {
        ObjectNode root = JSON.createObjectNode();
        root.set("principal", AnalyzeJson.entity(policy));
        ArrayNode placements = root.putArray("placements");
        for (PolicyReach.Placement placement : reach.placements()) {
            ObjectNode node = membersJson(catalog, model, model.entities().get(placement.holderId()), "grants",
                    placement.grants());
            node.set("holder", node.remove("principal"));
            node.put("how", placement.how());
            node.put("note", placement.note());
            placements.add(node);
        }
        return root;
    }
}
