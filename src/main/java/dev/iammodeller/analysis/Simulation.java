package dev.iammodeller.analysis;

import dev.iammodeller.eval.PolicyLayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated request against a model, as the request simulator shows it: AWS's answer (allowed,
 * explicit deny, implicit deny), whether the conditions on missing context keys would allow it, the
 * deciding statements by layer, the layers that gave no Allow, and the missing context keys.
 */
public record Simulation(String principalId, String action, String resource, Outcome outcome,
                         List<DecisiveStatement> statements) {
    public Simulation {
        statements = List.copyOf(statements);
    }

    /** Decides the request with the context the user gave ({@code context}: key to value). */
    public static Simulation run(AccessCheck check, String principalId, String action, String resource,
                                 Map<String, String> context) {
        Outcome outcome = check.outcome(principalId, action, resource, context);
        return new Simulation(principalId, action, resource, outcome, DecisiveStatements.of(check.model(), principalId,
                resource, outcome.decision().matchedStatements()));
    }

    /** "allowed", "explicit deny" or "implicit deny": AWS's answer for the request as given. */
    public String verdict() {
        return switch (outcome.decision().kind()) {
            case ALLOWED -> "allowed";
            case EXPLICIT_DENY -> "explicit deny";
            case IMPLICIT_DENY -> "implicit deny";
        };
    }

    /** The context keys the policies' conditions asked for that the request did not carry. */
    public List<String> missingKeys() {
        return outcome.decision().missingContextKeys();
    }

    /** The deciding statements by layer, in the order AWS consults them ("identity", "group dev", "SCP", ...). */
    public Map<String, List<DecisiveStatement>> byLayer() {
        Map<String, List<DecisiveStatement>> out = new LinkedHashMap<>();
        for (DecisiveStatement statement : statements) {
            out.computeIfAbsent(statement.layerLabel(), l -> new ArrayList<>()).add(statement);
        }
        return out;
    }

    /** AWS's reason, then the rule behind it: the deny, the layers that capped it, the conditions missing. */
    public String explanation() {
        StringBuilder text = new StringBuilder(outcome.decision().reason()).append('.');
        switch (outcome.decision().kind()) {
            case EXPLICIT_DENY -> {
                text.append(' ').append(Teaching.explicitDeny(
                        statements.stream().anyMatch(s -> s.layer() == PolicyLayer.IDENTITY && s.via() != null)));
                statements.stream().map(DecisiveStatement::layer).filter(l -> l != PolicyLayer.IDENTITY).distinct()
                        .forEach(layer -> text.append(' ').append(Teaching.cap(layer)));
            }
            case IMPLICIT_DENY -> outcome.decision().blockedBy().forEach(layer -> text.append(' ').append(Teaching.cap(layer)));
            case ALLOWED -> { }
        }
        if (outcome.kind() == Outcome.Kind.CONDITIONAL) {
            text.append(" It would be allowed with ").append(String.join(", ", outcome.conditions())).append('.');
            outcome.conditions().forEach(key -> text.append(' ').append(Teaching.condition(key)));
        }
        return text.toString();
    }
}
