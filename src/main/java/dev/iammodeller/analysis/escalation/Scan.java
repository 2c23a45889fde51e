package dev.iammodeller.analysis.escalation;

import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the rules share while they look at one attacker: its routes to other principals, the facts of
 * targets, the policies an attacker would attach, how a boundary in the way can be lifted, and how a
 * path is written.
 */
final class Scan {
    /** A boundary between the attacker and what it writes into a principal, and the steps that lift it. */
    record Lift(List<EscalationStep> steps, List<String> conditions) {
        static final Lift NONE = new Lift(List.of(), List.of());
    }

    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
    /** The IAM actions that send iam:PermissionsBoundary: for the others, a condition on it never matches. */
    private static final Set<String> BOUNDARY_KEY_ACTIONS = Set.of("iam:createuser", "iam:createrole",
            "iam:putuserpermissionsboundary", "iam:putrolepermissionsboundary", "iam:deleteuserpermissionsboundary",
            "iam:deleterolepermissionsboundary", "iam:attachuserpolicy", "iam:attachrolepolicy", "iam:detachuserpolicy",
            "iam:detachrolepolicy", "iam:putuserpolicy", "iam:putrolepolicy", "iam:deleteuserpolicy",
            "iam:deleterolepolicy");

    final Estate estate;
    final Attacker attacker;
    final Strength strength;
    private List<Route> assumable;
    private List<Route> trust;
    private List<Route> credentialVariants;
    private final Map<PlanKey, Optional<StepPlan.Resolved>> plans = new ConcurrentHashMap<>();

    /** A service plan (by its variant's id) on a target (null when the plan has none). */
    private record PlanKey(String variant, String target) {
    }

    Scan(Estate estate, Attacker attacker, Strength strength) {
        this.estate = estate;
        this.attacker = attacker;
        this.strength = strength;
    }

    /** A service plan of this attacker, resolved once per variant and target. */
    StepPlan.Resolved plan(String variant, String target, Supplier<StepPlan.Resolved> resolve) {
        PlanKey key = new PlanKey(variant, target);
        Optional<StepPlan.Resolved> known = plans.get(key);
        if (known == null) {
            known = Optional.ofNullable(resolve.get());
            plans.put(key, known);
        }
        return known.orElse(null);
    }

    /** Forgets what only the rules needed (resolved plans, the attacker's answers), once they have run. */
    void settle() {
        plans.clear();
        attacker.forgetChecks();
    }

    static EscalationStep step(String action, String target, String note) {
        return new EscalationStep(action, target, note);
    }

    /** A path of this attacker. Its parts are shared ({@link PathParts}) only where paths are kept. */
    EscalationPath path(String gains, String rule, List<String> conditions, List<EscalationStep> steps) {
        return new EscalationPath(attacker.id(), attacker.arn(), gains, rule, distinct(conditions), steps);
    }

    /** A step on something the model does not show, which must exist ({@code assumption}) for a path through it to open. */
    static EscalationStep assuming(EscalationStep step, String assumption) {
        return new EscalationStep(step.action(), step.target(), step.note(), assumption);
    }


    static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... lists) {
        List<T> out = new ArrayList<>();
        for (List<? extends T> list : lists) {
            out.addAll(list);
        }
        return out;
    }

    /** What a target user or role fixes in a request about it: its tags and, where the action sends it, its boundary. */
    Map<String, String> facts(Entity target, String action) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> tags = target instanceof User user ? user.tags() : target instanceof Role role ? role.tags() : Map.of();
        tags.forEach((key, value) -> {
            out.put("aws:ResourceTag/" + key, value);
            out.put("iam:ResourceTag/" + key, value);
        });
        ManagedPolicy boundary = estate.boundary(target.id());
        if (boundary != null && BOUNDARY_KEY_ACTIONS.contains(action.toLowerCase(Locale.ROOT))) {
            out.put("iam:PermissionsBoundary", boundary.arn());
        }
        return out;
    }

    StepCheck check(String action, Entity target) {
        String arn = estate.arn(target);
        if (!attacker.mayAllowOn(action, arn)) {
            return StepCheck.CLOSED;
        }
        return attacker.check(action, arn, facts(target, action), Map.of());
    }

    /** Policies that grant everything, which an attacker would attach: AdministratorAccess, and the model's own. */
    List<String> adminPolicies() {
        return strength.adminPolicies();
    }

    boolean adminDocument(ManagedPolicy policy) {
        return strength.isAdminPolicy(policy);
    }

    /** The first admin policy the attacker may name in {@code action} on {@code target} (iam:PolicyARN or iam:PermissionsBoundary). */
    Chosen choosePolicy(String action, Entity target, String key) {
        String arn = estate.arn(target);
        if (!attacker.mayAllowOn(action, arn)) {
            return null;
        }
        for (String policy : adminPolicies()) {
            StepCheck check = attacker.check(action, arn, facts(target, action), Map.of(key, policy));
            if (check.open()) {
                return new Chosen(policy, check);
            }
        }
        return null;
    }

    /** A policy ARN the attacker may name, and the check of the step naming it. */
    record Chosen(String policyArn, StepCheck check) {
    }

    /**
     * Whether what is written into {@code target} reaches everything: yes with no boundary (or one that
     * allows everything); with a boundary, only if the attacker can delete it or replace it by one that
     * allows everything, which becomes a step. Null when the boundary stays.
     */
    Lift lift(Entity target) {
        ManagedPolicy boundary = estate.boundary(target.id());
        if (boundary == null || adminDocument(boundary)) {
            return Lift.NONE;
        }
        boolean user = target instanceof User;
        String delete = user ? "iam:DeleteUserPermissionsBoundary" : "iam:DeleteRolePermissionsBoundary";
        StepCheck deleted = check(delete, target);
        if (deleted.open()) {
            return new Lift(List.of(step(delete, target.arn(), "remove the permissions boundary " + boundary.name()
                    + " from " + target.name())), deleted.conditions());
        }
        String put = user ? "iam:PutUserPermissionsBoundary" : "iam:PutRolePermissionsBoundary";
        Chosen replaced = choosePolicy(put, target, "iam:PermissionsBoundary");
        if (replaced != null) {
            return new Lift(List.of(step(put, target.arn(), "replace the permissions boundary " + boundary.name() + " of "
                    + target.name() + " by " + replaced.policyArn())), replaced.check().conditions());
        }
        return null;
    }

    Route self() {
        return new Route(Route.Kind.SELF, attacker.principal, List.of(), null, List.of());
    }

    /** Roles the attacker can assume now: those whose trust names it, its account, or everyone, and that allow it. */
    synchronized List<Route> assumable() {
        if (assumable == null) {
            Map<String, Role> candidates = new LinkedHashMap<>();
            estate.rolesTrusting(attacker.arn()).forEach(r -> candidates.putIfAbsent(r.id(), r));
            if (attacker.mayAllow("sts:AssumeRole")) {
                estate.rolesTrusting(attacker.account()).forEach(r -> candidates.putIfAbsent(r.id(), r));
                estate.rolesTrusting("arn:aws:iam::" + attacker.account() + ":root").forEach(r -> candidates.putIfAbsent(r.id(), r));
            }
            estate.rolesTrusting("*").forEach(r -> candidates.putIfAbsent(r.id(), r));
            List<Route> out = new ArrayList<>();
            for (Role role : candidates.values()) {
                if (role.id().equals(attacker.id())) {
                    continue;
                }
                String arn = estate.arn(role);
                StepCheck check = attacker.check("sts:AssumeRole", arn);
                if (check.open()) {
                    out.add(new Route(Route.Kind.ASSUME, role, estate.assumeSteps(role), "sts-001", check.conditions()));
                }
            }
            assumable = out;
        }
        return assumable;
    }

    /** Roles of its account (not already assumable) whose trust policy the attacker can rewrite to name itself, then assume. */
    synchronized List<Route> trustRoutes() {
        if (trust == null) {
            List<Route> out = new ArrayList<>();
            if (attacker.mayAllow("iam:UpdateAssumeRolePolicy")) {
                Set<String> already = new HashSet<>();
                assumable().forEach(r -> already.add(r.target().id()));
                PolicyDocument naming = trustNaming(attacker.arn());
                Map<String, PolicySet> trustByAccount = new HashMap<>();
                for (Role role : estate.roles(attacker.account())) {
                    if (role.id().equals(attacker.id()) || already.contains(role.id())) {
                        continue;
                    }
                    StepCheck update = check("iam:UpdateAssumeRolePolicy", role);
                    if (!update.open()) {
                        continue;
                    }
                    PolicySet rewritten = trustByAccount.computeIfAbsent(String.valueOf(role.account()),
                            account -> attacker.policies.policySet(naming, estate.rcps(role.account())));
                    StepCheck assume = attacker.hypothetical("sts:AssumeRole", role.arn(), role.account(), rewritten);
                    if (assume.open()) {
                        out.add(new Route(Route.Kind.TRUST, role, List.of(
                                step("iam:UpdateAssumeRolePolicy", role.arn(), "rewrite the trust policy of " + role.name()
                                        + " to name " + attacker.principal.name()),
                                step("sts:AssumeRole", role.arn(), "assume " + role.name())), "iam-012",
                                concat(update.conditions(), assume.conditions())));
                    }
                }
            }
            trust = out;
        }
        return trust;
    }

    static PolicyDocument trustNaming(String arn) {
        return PolicyReader.parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
                + arn + "\"},\"Action\":\"sts:AssumeRole\"}]}");
    }

    /** Every way the attacker can make credentials for another user of its account, one route per way. */
    synchronized List<Route> credentialVariants() {
        if (credentialVariants == null) {
            List<Route> out = new ArrayList<>();
            if (attacker.mayAllow("iam:CreateAccessKey") || attacker.mayAllow("iam:CreateLoginProfile")
                    || attacker.mayAllow("iam:UpdateLoginProfile")) {
                for (User user : estate.users(attacker.account())) {
                    if (user.id().equals(attacker.id())) {
                        continue;
                    }
                    credential(out, user, "iam:CreateAccessKey", "iam-002", "create an access key for " + user.name());
                    if (user.consolePassword()) {
                        credential(out, user, "iam:UpdateLoginProfile", "iam-006",
                                "set a new console password for " + user.name());
                    } else {
                        credential(out, user, "iam:CreateLoginProfile", "iam-004",
                                "give " + user.name() + " a console password");
                    }
                }
            }
            credentialVariants = out;
        }
        return credentialVariants;
    }

    private void credential(List<Route> out, User user, String action, String rule, String note) {
        StepCheck check = check(action, user);
        if (check.open()) {
            out.add(new Route(Route.Kind.CREDENTIALS, user, List.of(step(action, estate.arn(user), note)), rule, check.conditions()));
        }
    }

    /**
     * The users the attacker can act as, one route each: itself when it is a user, and the users it can
     * make credentials for. Administrators are left out: writing into them gains nothing more.
     */
    List<Route> userRoutes() {
        List<Route> out = new ArrayList<>();
        if (attacker.isUser()) {
            out.add(self());
        }
        Set<String> users = new HashSet<>();
        for (Route route : credentialVariants()) {
            if (users.add(route.target().id()) && !strength.isAdmin(route.target().id())) {
                out.add(route);
            }
        }
        return out;
    }

    /** The roles the attacker can act as: itself when it is a role, the roles it can assume, those whose trust it can rewrite. */
    List<Route> roleRoutes() {
        List<Route> out = new ArrayList<>();
        if (!attacker.isUser()) {
            out.add(self());
        }
        List<Route> others = new ArrayList<>(assumable());
        others.addAll(trustRoutes());
        for (Route route : others) {
            if (!strength.isAdmin(route.target().id())) {
                out.add(route);
            }
        }
        return out;
    }

    /** The rule id of a rule that writes into a principal, taken through a route: pathfinding's own where it has one. */
    static String ruleId(String selfId, Map<Route.Kind, String> combined, Route route) {
        if (route.kind() == Route.Kind.SELF) {
            return selfId;
        }
        String id = combined.get(route.kind());
        if (id != null && (route.kind() != Route.Kind.CREDENTIALS || route.rule().equals("iam-002"))) {
            return id;
        }
        return selfId + " + " + route.rule();
    }

    /** The policy set of a principal that holds these documents, with the attacker's boundary and SCPs dropped or kept. */
    PolicySet identitySet(List<PolicyDocument> documents, boolean withBoundary) {
        return new PolicySet(documents, withBoundary && attacker.policies.boundary() != null
                ? attacker.policies.boundary().document() : null, null, null, List.of(),
                attacker.policies.serviceControlPolicies(), List.of());
    }
}
