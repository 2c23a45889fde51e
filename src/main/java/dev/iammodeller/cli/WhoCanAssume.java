package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code analyze --who-can ROLE}: the names its trust policy gives, who can assume it (and how), what runs as it. */
final class WhoCanAssume {
    private WhoCanAssume() {
    }

    /** A principal of the model that can assume the role, and the chain it takes. */
    private record Assumer(Entity caller, Assumption assumption) {
    }

    static void write(IamModel model, Role role, boolean json, ReportText out) {
        List<Entity> callers = new ArrayList<>();
        callers.addAll(model.all(User.class));
        callers.addAll(model.all(Role.class));
        callers.addAll(model.all(AwsService.class));
        callers.addAll(model.all(IdentityProvider.class));
        List<Assumer> assumers = new ArrayList<>();
        for (Entity caller : callers) {
            if (caller.id().equals(role.id())) {
                continue;
            }
            for (Assumption assumption : RoleAssumption.from(model, caller.id())) {
                if (assumption.roleId().equals(role.id())) {
                    assumers.add(new Assumer(caller, assumption));
                }
            }
        }
        List<Entity> computes = model.to(role.id(), RelationKind.RUNS_AS).stream()
                .map(r -> model.entities().get(r.from())).toList();
        List<String> trusted = TrustedPrincipals.named(role);
        if (json) {
            json(role, trusted, assumers, computes, new ReportJson(out));
        } else {
            text(role, trusted, assumers, computes, out);
        }
    }

    private static void json(Role role, List<String> trusted, List<Assumer> assumers, List<Entity> computes,
                             ReportJson json) {
        ArrayNode trustNames = AnalyzeJson.array();
        AnalyzeJson.strings(trustNames, trusted);
        json.startObject().field("target", role.arn()).field("role", role.id()).field("trustNames", trustNames)
                .startArray("assumedBy");
        for (Assumer assumer : assumers) {
            Entity caller = assumer.caller();
            Assumption assumption = assumer.assumption();
            ObjectNode node = AnalyzeJson.object();
            node.put("principal", caller instanceof AwsService service ? service.principal() : caller.arn());
            node.put("id", caller.id());
            node.put("kind", caller.kind().json());
            AnalyzeJson.strings(node.putArray("chain"), assumption.chain());
            node.put("reach", assumption.reach().name().toLowerCase(Locale.ROOT));
            AnalyzeJson.strings(node.putArray("conditions"), assumption.conditions());
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

    private static void text(Role role, List<String> trusted, List<Assumer> assumers, List<Entity> computes,
                             ReportText text) {
        text.append("Who can assume ").append(role.id()).append(" (").append(role.arn())
                .append("):\n");
        text.append("  its trust policy names: ").append(trusted.isEmpty() ? "no one" : String.join(", ", trusted))
                .append('\n');
        if (assumers.isEmpty() && computes.isEmpty()) {
            text.append("  no principal of the model can assume it\n");
        }
        for (Assumer assumer : assumers) {
            Assumption assumption = assumer.assumption();
            text.append("  ").append(assumer.caller().id());
            List<String> chain = assumption.chain();
            for (String hop : chain.subList(0, chain.size() - 1)) {
                text.append(" → via role ").append(hop);
            }
            text.append(" → assumes it  ").append(assumption.reach() == Assumption.Reach.ALLOWED ? "allowed"
                    : "conditional on " + String.join(", ", assumption.conditions())).append('\n');
        }
        for (Entity compute : computes) {
            text.append("  ").append(compute.id()).append(" runs as it (").append(((Compute) compute).type().json())
                    .append(")\n");
        }
    }
}
