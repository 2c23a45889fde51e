package dev.iammodeller.analysis;

import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The roles whose trust policy may let a caller in, found without evaluating every role: a trust policy
 * allows only the principals its Allow statements for sts:AssumeRole* name (an ARN, an account, a service, a
 * provider: {@link TrustedPrincipals}, which the canvas's trust edges read too), unless it names {@code *} or
 * uses NotPrincipal, which may let anyone in. A superset: the evaluator still decides.
 * Built once per model value and kept with its {@link AccessCheck} ({@link #of}), which the model value's
 * {@link ModelAnalysis} and its escalation analysis share.
 */
public final class TrustIndex {
    private final Map<String, List<Role>> byName = new HashMap<>();
    private final List<Role> open = new ArrayList<>();
    private final Map<String, List<String>> namesOfRole = new HashMap<>();
    private final Map<String, List<Entity>> callersByName = new HashMap<>();
    private final List<Entity> callers = new ArrayList<>();

    TrustIndex(IamModel model) {
        for (Entity entity : model.entities().values()) {
            if (entity.kind().isIamPrincipal() || entity instanceof AwsService
                    || entity instanceof dev.iammodeller.model.IdentityProvider) {
                callers.add(entity);
                for (String name : names(entity)) {
                    callersByName.computeIfAbsent(name, n -> new ArrayList<>()).add(entity);
                }
            }
        }
        for (Role role : model.all(Role.class)) {
            List<String> names = TrustedPrincipals.named(role).stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
            names.forEach(name -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(role));
            if (TrustedPrincipals.anyone(role)) {
                open.add(role);
            } else {
                namesOfRole.put(role.id(), names);
            }
        }
    }

    /** The index of the model value the access check decides for: built on the first call, kept with it. */
    public static TrustIndex of(AccessCheck check) {
        return check.derived(TrustIndex.class, c -> new TrustIndex(c.model()));
    }

    /**
     * The roles whose trust policy names this principal string (an ARN, an account id, a service, {@code *}), any
     * case, in the model's order: what the trust names, not whom it lets in (for that, {@link #candidates}).
     */
    public List<Role> naming(String principal) {
        return byName.getOrDefault(principal.toLowerCase(Locale.ROOT), List.of());
    }

    /** The roles that may trust the caller, in id order. */
    List<Role> candidates(Entity caller) {
        Map<String, Role> out = new TreeMap<>();
        open.forEach(role -> out.put(role.id(), role));
        for (String name : names(caller)) {
            for (Role role : byName.getOrDefault(name, List.of())) {
                out.put(role.id(), role);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The users, roles, identity providers and service nodes the role's trust may let in, in id order. */
    List<Entity> callers(Role role) {
        List<String> names = namesOfRole.get(role.id());
        if (names == null) {
            return open.contains(role) ? callers : List.of();
        }
        Map<String, Entity> out = new TreeMap<>();
        for (String name : names) {
            for (Entity caller : callersByName.getOrDefault(name, List.of())) {
                out.put(caller.id(), caller);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The ways a trust policy can name this caller, lower-cased. */
    static List<String> names(Entity caller) {
        List<String> names = new ArrayList<>();
        if (caller instanceof AwsService service) {
            names.add(service.principal());
        } else {
            if (caller.arn() != null) {
                names.add(caller.arn());
            }
            if (caller.account() != null) {
                names.add(caller.account());
                names.add("arn:aws:iam::" + caller.account() + ":root");
            }
        }
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
