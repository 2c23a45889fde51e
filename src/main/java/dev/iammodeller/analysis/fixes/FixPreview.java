package dev.iammodeller.analysis.fixes;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.EditRefused;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a fix would do, worked out on the model it would make: whether the path closes (the analysis no longer
 * finds it: the same rule, gain and steps), whether the principal still gains the same by another path, and the
 * reach every other user and role would lose (what it is allowed, or allowed on conditions, now and not after).
 * {@code refused} holds the model's sentence when the fix cannot apply (then nothing else is worked out).
 */
public record FixPreview(Fix fix, IamModel after, boolean closes, boolean stillGains, List<LostReach> lost,
                         String refused) {
    /** What one principal would lose: how many (action, resource) pairs, and the first few as text. */
    public record LostReach(String principalId, String principalName, int count, List<String> examples) {
        public LostReach {
            examples = List.copyOf(examples);
        }
    }

    public FixPreview {
        lost = List.copyOf(lost);
    }

    /** Only whether the fix closes the path (the property the tests check over every estate). */
    public static boolean closes(IamModel model, EscalationPath path, Fix fix) {
        IamModel after = fix.command().apply(model);
        return !found(after, path);
    }

    /** The whole preview; evaluates the reach of every user and role twice, so run it off the FX thread. */
    public static FixPreview of(Catalog catalog, IamModel model, EscalationPath path, Fix fix) {
        IamModel after;
        try {
            after = fix.command().apply(model);
        } catch (EditRefused refused) {
            return new FixPreview(fix, model, false, true, List.of(), refused.getMessage());
        }
        boolean closes = !found(after, path);
        boolean stillGains = EscalationAnalysis.forPrincipal(new AccessCheck(after), path.principalId()).stream()
                .anyMatch(p -> p.gains().equals(path.gains()));
        List<LostReach> lost = new ArrayList<>();
        AccessCheck before = new AccessCheck(model);
        AccessCheck then = new AccessCheck(after);
        for (Entity principal : model.entities().values()) {
            boolean person = principal instanceof User || principal instanceof Role;
            if (!person || principal.id().equals(path.principalId()) || after.entity(principal.id()).isEmpty()) {
                continue;
            }
            Set<String> now = reached(catalog, before, principal.id());
            now.removeAll(reached(catalog, then, principal.id()));
            if (!now.isEmpty()) {
                lost.add(new LostReach(principal.id(), principal.name(), now.size(), now.stream().limit(3).toList()));
            }
        }
        return new FixPreview(fix, after, closes, stillGains, lost, null);
    }

    private static Set<String> reached(Catalog catalog, AccessCheck check, String principalId) {
        Set<String> out = new LinkedHashSet<>();
        for (ActionOutcome outcome : ForwardReach.of(catalog, check, principalId).reached()) {
            out.add(outcome.action().service() + ":" + outcome.action().name() + " on " + outcome.resource());
        }
        return out;
    }

    /** True when the analysis of the model still finds this path: the same principal, gain, rule and steps. */
    static boolean found(IamModel model, EscalationPath path) {
        return EscalationAnalysis.forPrincipal(new AccessCheck(model), path.principalId()).stream()
                .anyMatch(p -> p.gains().equals(path.gains()) && p.rule().equals(path.rule())
                        && steps(p).equals(steps(path)));
    }

    private static List<String> steps(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }
}
