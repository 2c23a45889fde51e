package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.OrganizationPath;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.analysis.TrustIndex;
import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.Arn;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model read once for the escalation rules: who is in which group, which policies are attached to
 * what, which roles trust whom, which compute runs as which role. The model's own lookups scan every
 * relation; these are maps, so that thousands of principals stay cheap.
 */
final class Estate {
    /** A compute entity of the model and the role it runs as. */
    record RunsAs(Compute compute, Role role) {
    }

    static final String DEFAULT_REGION = "us-east-1";

    final IamModel model;
    /**
     * Weak: the analysis keeps what it learns about a model for as long as the caller keeps the model's
     * AccessCheck (the key of its cache), and no longer. A caller holds it for the length of every call.
     */
    private final WeakReference<AccessCheck> check;
    private final Map<String, List<User>> usersByAccount = new HashMap<>();
    private final Map<String, List<Role>> rolesByAccount = new HashMap<>();
    private final Map<String, List<Group>> groupsByAccount = new HashMap<>();
    private final Map<String, List<Group>> groupsOfUser = new HashMap<>();
    private final Map<String, List<ManagedPolicy>> attached = new HashMap<>();
    private final Map<String, List<InlinePolicy>> inline = new HashMap<>();
    private final Map<String, ManagedPolicy> boundaries = new HashMap<>();
    private final Map<String, ManagedPolicy> managedByArn = new HashMap<>();
    private final TrustIndex trust;
    /** {@link #rolesTrusting(String, String)}: per principal named, its roles by account; made when first asked. */
    private final Map<String, Map<String, List<Role>>> trustingByAccount = new ConcurrentHashMap<>();
    private final Map<String, List<HeldPolicy>> held = new ConcurrentHashMap<>();
    private final Map<Compute.Type, List<RunsAs>> computeByType = new HashMap<>();
    private final Map<String, List<OrganizationLevel>> scps = new ConcurrentHashMap<>();
    private final Map<String, List<OrganizationLevel>> rcps = new ConcurrentHashMap<>();
    /** The one step "assume R" of each role, the same for every attacker that can assume it: by role id. */
    private final Map<String, List<EscalationStep>> assumeSteps = new ConcurrentHashMap<>();
    /** The ARNs of users, roles and groups (a model record writes its ARN anew at each call). */
    private final Map<String, String> arns = new HashMap<>();
    private final List<String> regions;

    Estate(AccessCheck check) {
        this.check = new WeakReference<>(check);
        this.model = check.model();
        this.trust = TrustIndex.of(check);
        Set<String> regionSet = new LinkedHashSet<>();
        for (Entity entity : model.entities().values()) {
            if (entity instanceof User || entity instanceof Role || entity instanceof Group) {
                arns.put(entity.id(), entity.arn());
            }
            if (entity instanceof User user) {
                usersByAccount.computeIfAbsent(user.account(), a -> new ArrayList<>()).add(user);
            } else if (entity instanceof Role role) {
                rolesByAccount.computeIfAbsent(role.account(), a -> new ArrayList<>()).add(role);
            } else if (entity instanceof Group group) {
                groupsByAccount.computeIfAbsent(group.account(), a -> new ArrayList<>()).add(group);
            } else if (entity instanceof ManagedPolicy policy) {
                managedByArn.put(policy.arn(), policy);
            } else if (entity instanceof InlinePolicy policy) {
                inline.computeIfAbsent(policy.owner(), o -> new ArrayList<>()).add(policy);
            } else if (entity instanceof Compute compute) {
                Arn arn = compute.arn() == null ? null : Arn.parseOrNull(compute.arn());
                if (arn != null && !arn.region().isEmpty() && arn.region().indexOf('*') < 0) {
                    regionSet.add(arn.region());
                }
            }
        }
        regionSet.add(DEFAULT_REGION);
        regions = List.copyOf(regionSet);
        for (Relation relation : model.relations()) {
            Entity from = model.entities().get(relation.from());
            Entity to = model.entities().get(relation.to());
            switch (relation.kind()) {
                case MEMBER_OF -> {
                    if (to instanceof Group group) {
                        groupsOfUser.computeIfAbsent(relation.from(), u -> new ArrayList<>()).add(group);
                    }
                }
                case ATTACHED_TO -> {
                    if (from instanceof ManagedPolicy policy) {
                        attached.computeIfAbsent(relation.to(), h -> new ArrayList<>()).add(policy);
                    }
                }
                case BOUNDARY_OF -> {
                    if (from instanceof ManagedPolicy policy) {
                        boundaries.put(relation.to(), policy);
                    }
                }
                case RUNS_AS -> {
                    if (from instanceof Compute compute && to instanceof Role role) {
                        computeByType.computeIfAbsent(compute.type(), t -> new ArrayList<>()).add(new RunsAs(compute, role));
                    }
                }
                default -> {
                }
            }
        }
    }

    AccessCheck check() {
        AccessCheck known = check.get();
        if (known == null) {
            throw new IllegalStateException("the AccessCheck of this analysis is no longer in use");
        }
        return known;
    }

    /** The entity's ARN, read once for users, roles and groups. */
    String arn(Entity entity) {
        String known = arns.get(entity.id());
        return known != null ? known : entity.arn();
    }

    /**
     * The step of assuming {@code role}: one list for every attacker that can (an account of thousands of principals
     * where each can assume the hundreds of roles that trust the account kept hundreds of thousands of copies).
     */
    List<EscalationStep> assumeSteps(Role role) {
        return assumeSteps.computeIfAbsent(role.id(),
                id -> List.of(Scan.step("sts:AssumeRole", arn(role), "assume " + role.name())));
    }

    List<User> users(String account) {
        return usersByAccount.getOrDefault(account, List.of());
    }

    List<Role> roles(String account) {
        return rolesByAccount.getOrDefault(account, List.of());
    }

    List<Group> groups(String account) {
        return groupsByAccount.getOrDefault(account, List.of());
    }

    List<Group> groupsOf(String userId) {
        return groupsOfUser.getOrDefault(userId, List.of());
    }

    /** The customer managed policies that apply to a principal ({@link HeldPolicy#of}), worked out once per principal. */
    List<HeldPolicy> held(Entity principal) {
        return held.computeIfAbsent(principal.id(), id -> List.copyOf(HeldPolicy.of(this, principal)));
    }

    List<ManagedPolicy> attachedTo(String holderId) {
        return attached.getOrDefault(holderId, List.of());
    }

    List<InlinePolicy> inlineOf(String holderId) {
        return inline.getOrDefault(holderId, List.of());
    }

    /** The permissions boundary of a user or role, or null. */
    ManagedPolicy boundary(String principalId) {
        return boundaries.get(principalId);
    }

    ManagedPolicy managedPolicy(String arn) {
        return managedByArn.get(arn);
    }

    List<ManagedPolicy> managedPolicies() {
        return List.copyOf(managedByArn.values());
    }

    /** Roles whose trust policy names this principal string (an ARN, an account id, a service, "*"), any case. */
    List<Role> rolesTrusting(String principal) {
        return trust.naming(principal);
    }

    /**
     * {@link #rolesTrusting(String)}, only the roles of one account, in the same order: every attacker asks this
     * of its own account, and an organization's service principals are trusted by roles of every account.
     */
    List<Role> rolesTrusting(String principal, String account) {
        if (account == null) {
            return List.of();
        }
        return trustingByAccount.computeIfAbsent(principal, named -> {
            Map<String, List<Role>> byAccount = new HashMap<>();
            for (Role role : rolesTrusting(named)) {
                byAccount.computeIfAbsent(role.account(), a -> new ArrayList<>()).add(role);
            }
            return byAccount;
        }).getOrDefault(account, List.of());
    }

    List<RunsAs> compute(Compute.Type type) {
        return computeByType.getOrDefault(type, List.of());
    }

    /** The regions of the model's compute, then us-east-1: where the attacker creates things. */
    List<String> regions() {
        return regions;
    }

    List<OrganizationLevel> scps(String account) {
        return account == null ? List.of()
                : scps.computeIfAbsent(account, a -> OrganizationPath.levels(model, a, OrganizationPolicy.Type.SCP));
    }

    List<OrganizationLevel> rcps(String account) {
        return account == null ? List.of()
                : rcps.computeIfAbsent(account, a -> OrganizationPath.levels(model, a, OrganizationPolicy.Type.RCP));
    }

    /** The policies AWS consults for a user or role: those its access check assembled ({@link PrincipalPolicies#of}). */
    PrincipalPolicies policies(Entity principal) {
        return check().policies(principal.id());
    }
}
