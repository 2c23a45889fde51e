package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.analysis.ReachRoute;
import dev.iammodeller.analysis.Reacher;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code analyze --who-can ROLE}: the names its trust policy gives, who can assume it (and how), who can make compute
 * act as it, what runs as it: the window's "who can reach this" for the role ({@link ReverseReach}).
 */
final class WhoCanAssume {
    private WhoCanAssume() {
    }

    static void write(ModelAnalysis analysis, Role role, boolean json, ReportText out) {
        IamModel model = analysis.model();
        List<Reacher> assumers = new ArrayList<>();
        List<Reacher> drivers = new ArrayList<>();
        for (Reacher reacher : analysis.reverse(role.id()).reachers()) {
            if (reacher.style() != HighlightStyle.DENIED) {
                (reacher.route().way() == ReachRoute.Way.INDIRECT ? drivers : assumers).add(reacher);
            }
        }
        List<Entity> computes = model.to(role.id(), RelationKind.RUNS_AS).stream()
                .map(r -> model.entities().get(r.from())).toList();
        List<String> trusted = TrustedPrincipals.named(role);
        if (json) {
            json(model, role, trusted, assumers, drivers, computes, new ReportJson(out));
        } else {
            text(role, trusted, assumers, drivers, computes, out);
        }
    }

    private static void json(IamModel model, Role role, List<String> trusted, List<Reacher> assumers,
                             List<Reacher> drivers, List<Entity> computes, ReportJson json) {
        ArrayNode trustNames = AnalyzeJson.array();
        AnalyzeJson.strings(trustNames, trusted);
        json.startObject().field("target", role.arn()).field("role", role.id()).field("trustNames", trustNames)
                .startArray("assumedBy");
        for (Reacher assumer : assumers) {
            ObjectNode node = reacher(model, assumer);
            AnalyzeJson.strings(node.putArray("chain"), hops(assumer));
            node.put("reach", reach(assumer));
            AnalyzeJson.strings(node.putArray("conditions"), assumer.conditions());
            json.element(node);
        }
        json.endArray().startArray("drivenBy");
        for (Reacher driver : drivers) {
            ObjectNode node = reacher(model, driver);
            node.put("compute", driver.path().get(1));
            AnalyzeJson.strings(node.putArray("chain"), driver.path().subList(2, driver.path().size()));
            node.put("reach", reach(driver));
            AnalyzeJson.strings(node.putArray("conditions"), driver.conditions());
            json.element(node);
        }
        json.endArray().startArray("runsAs");
        for (Entity compute : computes) {
            ObjectNode node = AnalyzeJson.object();
            node.put("compute", compute.id());
            node.put("arn", compute.arn());
            json.element(node);
        }
        json.endArray().endObject().end();
    }

    private static ObjectNode reacher(IamModel model, Reacher reacher) {
        Entity caller = model.entities().get(reacher.principalId());
        ObjectNode node = AnalyzeJson.object();
        node.put("principal", AnalyzeJson.principal(caller));
        node.put("id", caller.id());
        node.put("kind", caller.kind().json());
        return node;
    }

    /** The roles a caller assumes on its way, the target role last. */
    private static List<String> hops(Reacher reacher) {
        return reacher.path().subList(1, reacher.path().size());
    }

    private static String reach(Reacher reacher) {
        return reacher.route().conditional() ? "conditional" : "allowed";
    }

    private static void text(Role role, List<String> trusted, List<Reacher> assumers, List<Reacher> drivers,
                             List<Entity> computes, ReportText text) {
        text.append("Who can assume ").append(role.id()).append(" (").append(role.arn())
                .append("):\n");
        text.append("  its trust policy names: ").append(trusted.isEmpty() ? "no one" : String.join(", ", trusted))
                .append('\n');
        if (assumers.isEmpty() && drivers.isEmpty() && computes.isEmpty()) {
            text.append("  no principal of the model can assume it\n");
        }
        for (Reacher assumer : assumers) {
            text.append("  ").append(assumer.principalId());
            List<String> chain = hops(assumer);
            for (String hop : chain.subList(0, chain.size() - 1)) {
                text.append(" → via role ").append(hop);
            }
            text.append(" → assumes it  ").append(outcome(assumer)).append('\n');
        }
        for (Reacher driver : drivers) {
            text.append("  ").append(driver.principalId()).append(" → indirect via ").append(driver.path().get(1))
                    .append(", which acts as it  ").append(outcome(driver)).append('\n');
        }
        for (Entity compute : computes) {
            text.append("  ").append(compute.id()).append(" runs as it (").append(((Compute) compute).type().json())
                    .append(")\n");
        }
    }

    private static String outcome(Reacher reacher) {
        return reacher.route().conditional() ? "conditional on " + String.join(", ", reacher.conditions()) : "allowed";
    }
}
