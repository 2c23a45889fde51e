package dev.iammodeller.analysis.findings;

import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UNUSED_TRUST (low): roles nothing in the model can assume: no compute runs as it, its trust policy names
 * only what the model holds, and none of the user, role, service or identity provider it lets in can assume
 * it. A role is used when one of them can assume it in one hop ({@link RoleAssumption#decide}): a chain to a
 * role ends with such a hop from a principal its trust lets in, so the chains need not be followed. When the
 * trust names an account, a principal of that account needs its own policies to allow {@code sts:AssumeRole};
 * principals whose policies have no Allow that covers it are not asked.
 */
final class UnusedTrustFinding {
    private final IamModel model;
    /** Accounts, users, roles and providers by each way a trust policy can name them. */
    private final Map<String, List<Entity>> byName = new HashMap<>();
    /** Service nodes by their principal, lower-cased (IAM compares service principals ignoring case). */
    private final Map<String, List<Entity>> services = new HashMap<>();
    /** The users and roles of each account, in id order. */
    private final Map<String, List<Entity>> principalsByAccount = new HashMap<>();
    private final Map<String, Boolean> mayAssumeRoles = new HashMap<>();
    private final Map<String, List<Entity>> assumersByAccount = new HashMap<>();

    private UnusedTrustFinding(IamModel model) {
        this.model = model;
        for (Entity entity : model.entities().values()) {
            if (entity instanceof Account account) {
                name(account.accountId(), account);
                name(account.arn(), account);
            } else if (entity instanceof AwsService service) {
                services.computeIfAbsent(service.principal().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(service);
            } else if (entity instanceof IdentityProvider provider) {
                name(provider.arn(), provider);
                name(provider.name(), provider);
            } else if (entity instanceof User || entity instanceof Role) {
                name(entity.arn(), entity);
                if (entity.account() != null) {
                    principalsByAccount.computeIfAbsent(entity.account(), a -> new ArrayList<>()).add(entity);
                }
            }
        }
    }

    private void name(String name, Entity entity) {
        if (name != null) {
            List<Entity> entities = byName.computeIfAbsent(name, n -> new ArrayList<>());
            if (!entities.contains(entity)) {
                entities.add(entity);
            }
        }
    }

    static List<Finding> find(IamModel model) {
        UnusedTrustFinding rule = new UnusedTrustFinding(model);
        List<Finding> out = new ArrayList<>();
        for (Role role : model.all(Role.class)) {
            if (model.to(role.id(), RelationKind.RUNS_AS).isEmpty()) {
                rule.unused(role).ifPresent(out::add);
            }
        }
        return out;
    }

    private java.util.Optional<Finding> unused(Role role) {
        List<String> named = FindingText.trust(role) == null ? List.of() : TrustedPrincipals.named(role);
        List<Entity> direct = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        for (String principal : named) {
            List<Entity> entities = new ArrayList<>(byName.getOrDefault(principal, List.of()));
            entities.addAll(services.getOrDefault(principal.toLowerCase(Locale.ROOT), List.of()));
            if (entities.isEmpty()) {
                return java.util.Optional.empty();
            }
            for (Entity entity : entities) {
                if (entity instanceof Account account) {
                    accounts.add(account.accountId());
                } else {
                    direct.add(entity);
                }
            }
        }
        for (Entity caller : direct) {
            if (!caller.id().equals(role.id()) && assumes(caller, role)) {
                return java.util.Optional.empty();
            }
        }
        for (String account : accounts) {
            for (Entity caller : assumers(account)) {
                if (!caller.id().equals(role.id()) && assumes(caller, role)) {
                    return java.util.Optional.empty();
                }
            }
        }
        // Unused: every user, role, service and provider its trust lets in, for the message.
        Map<String, Entity> callers = new LinkedHashMap<>();
        direct.forEach(caller -> callers.putIfAbsent(caller.id(), caller));
        for (String account : accounts) {
            principalsByAccount.getOrDefault(account, List.of()).forEach(caller -> callers.putIfAbsent(caller.id(), caller));
        }
        callers.remove(role.id());
        List<String> callerNames = callers.values().stream().map(FindingText::kindAndName).toList();
        String trusted = named.isEmpty() ? "its trust policy allows no one"
                : "its trust policy names " + String.join(", ", named) + ", but none of "
                + (callers.isEmpty() ? "them is a principal the model holds" : "the model's principals there ("
                + FindingText.list(callerNames) + ") is allowed to assume it");
        List<String> path = new ArrayList<>(named);
        path.add(FindingText.reference(role));
        return java.util.Optional.of(FindingText.about(Findings.UNUSED_TRUST, Severity.LOW, role,
                "Nothing in the model can assume role " + role.name() + ": " + trusted + ", and no compute runs as it.",
                "Assuming a role takes both sides: its trust policy must name the caller (or the caller's account),"
                + " and when it names the account the caller's own policies must also allow sts:AssumeRole; a role"
                + " no one can assume is unused access to delete, or a mistake on one of the two sides.",
                path, List.of()));
    }

    private boolean assumes(Entity caller, Role role) {
        Decision[] decisions = RoleAssumption.decide(model, caller.id(), role.id());
        return decisions[0].allowed() || decisions[1].allowed();
    }

    /** The users and roles of the account whose own policies may allow {@code sts:AssumeRole}. */
    private List<Entity> assumers(String account) {
        return assumersByAccount.computeIfAbsent(account, a -> principalsByAccount.getOrDefault(a, List.of()).stream()
                .filter(this::mayAssumeRoles).toList());
    }

    /** True when some identity policy of the user or role has an Allow that covers {@code sts:AssumeRole}. */
    private boolean mayAssumeRoles(Entity caller) {
        return mayAssumeRoles.computeIfAbsent(caller.id(), id -> {
            for (PolicySource source : PrincipalPolicies.of(model, id).identity()) {
                for (Statement statement : source.document().statements()) {
                    if (statement.effect() == Effect.ALLOW && statement.coversAction("sts:AssumeRole")) {
                        return true;
                    }
                }
            }
            return false;
        });
    }
}
