package dev.iammodeller.analysis;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Who can reach one action on one resource: every user and role of the model that can do it directly,
 * after assuming a role (with the chain), or indirectly through compute it drives; and every Identity Center
 * user and group whose account assignments (a provisioned role, then any chain from it) reach it.
 */
public final class ReverseReach {
    /** One principal that reaches the target, and how: "direct", "via role", or "indirect via" compute. */
    public record Reacher(String principalId, String how, List<String> path, Outcome outcome) {
    }

    private ReverseReach() {
    }

    public static List<Reacher> whoCan(AccessCheck check, String action, String resource) {
        IamModel model = check.model();
        List<Reacher> out = new ArrayList<>();
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        for (Entity principal : principals) {
            Outcome direct = check.outcome(principal.id(), action, resource);
            if (direct.reaches()) {
                out.add(new Reacher(principal.id(), "direct", List.of(), direct));
                continue;
            }
            Reacher through = throughRoles(check, principal.id(), action, resource);
            if (through == null) {
                through = throughCompute(check, principal.id(), action, resource);
            }
            if (through != null) {
                out.add(through);
            }
        }
        for (Entity principal : model.entities().values()) {
            if (principal.kind().isIdentityCenterPrincipal()) {
                Reacher through = throughRoles(check, principal.id(), action, resource);
                if (through != null) {
                    out.add(new Reacher(through.principalId(), "via assignment", through.path(), through.outcome()));
                }
            }
        }
        return out;
    }

    private static Reacher throughRoles(AccessCheck check, String principalId, String action, String resource) {
        for (Assumption assumption : RoleAssumption.from(check.model(), principalId)) {
            Outcome outcome = check.outcome(assumption.roleId(), action, resource);
            if (outcome.reaches()) {
                return new Reacher(principalId, "via role", assumption.chain(), outcome);
            }
        }
        return null;
    }

    private static Reacher throughCompute(AccessCheck check, String principalId, String action, String resource) {
        for (IndirectReach.Driven driven : IndirectReach.of(check, principalId)) {
            Outcome outcome = check.outcome(driven.roleId(), action, resource);
            if (outcome.reaches()) {
                return new Reacher(principalId, "indirect via", List.of(driven.computeId(), driven.roleId()), outcome);
            }
        }
        return null;
    }
}
