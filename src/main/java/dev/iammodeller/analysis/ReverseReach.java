package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.PolicyDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who can reach a subject, and how: the one answer behind the canvas's "who can reach this", the reach panel's
 * reverse rows and every {@code analyze --who-can} report. The subject is a resource, a role or a policy of the
 * model, or one action on one ARN (drawn or not). The principals that reach it directly (for a resource: some
 * action that applies to it; for a role: assuming it; for a policy: holding it; for an action: doing it) come
 * first, then, backwards through trust, whoever can assume a role that reaches it (up to
 * {@value RoleAssumption#MAX_CHAIN} hops) or is assigned one through IAM Identity Center, and whoever can drive
 * compute that runs as such a role. Trust is followed backwards from each role, through {@link TrustIndex},
 * instead of asking every principal which roles it can assume. Each way is a {@link Reacher}; the canvas
 * highlights are drawn from the same walk, and {@link #oneWayEach} is the answer per principal.
 */
public final class ReverseReach {
    private final ModelAnalysis analysis;
    private final IamModel model;
    /** The subject's id, or null for an action on an ARN. */
    private final String subjectId;
    private final String subjectName;
    private final HighlightsBuilder builder;
    /** The best reacher of each principal and way, by "principal way". */
    private final Map<String, Reacher> reachers = new LinkedHashMap<>();
    /** The principals of the reachers. */
    private final Set<String> reached = new HashSet<>();
    /** Roles whose assumers reach the subject, with the way from the role to the subject. */
    private final Deque<RoleWay> frontier = new ArrayDeque<>();

    /**
     * The roles from one that reaches the subject (first) to the role that acts on it (last), and the condition
     * keys of the hops between them: a chain through a conditional hop still reaches, on those conditions.
     */
    private record RoleWay(List<String> roles, List<String> conditions) {
        static RoleWay of(String roleId) {
            return new RoleWay(List.of(roleId), List.of());
        }

        String first() {
            return roles.get(0);
        }

        String actor() {
            return roles.get(roles.size() - 1);
        }
    }

    /** Drawn from the builder once the walk is done. */
    private Highlights highlights;

    private ReverseReach(ModelAnalysis analysis, String subjectId, String subjectName, String source) {
        this.analysis = analysis;
        this.model = analysis.model();
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        this.builder = new HighlightsBuilder(source, Highlights.Mode.REVERSE);
    }

    /** Who can reach a resource, a role or a policy of the model (through {@link ModelAnalysis#reverse}). */
    static ReverseReach of(ModelAnalysis analysis, Entity subject) {
        ReverseReach reverse = new ReverseReach(analysis, subject.id(), subject.name(), subject.id());
        if (subject instanceof Resource resource) {
            reverse.resource(resource);
        } else if (subject instanceof Role role) {
            reverse.frontier.add(RoleWay.of(role.id()));
        } else {
            reverse.policyHolders();
        }
        reverse.backwards();
        reverse.highlights = reverse.builder.build();
        return reverse;
    }

    /** Who can do one action on one ARN, drawn or not. */
    public static ReverseReach of(ModelAnalysis analysis, String action, String resource) {
        ReverseReach reverse = new ReverseReach(analysis, null, action + " on " + resource, resource);
        reverse.action(action, resource);
        reverse.backwards();
        reverse.highlights = reverse.builder.build();
        return reverse;
    }

    /** Every way each principal reaches the subject, in the order found (one per principal and way). */
    public List<Reacher> reachers() {
        return List.copyOf(reachers.values());
    }

    /** The canvas's "who can reach this": the reachers, the compute on their ways and the paths between. */
    public Highlights highlights() {
        return highlights;
    }

    /**
     * One way per principal, as {@code analyze --who-can TARGET --action A} lists them: each user and role of the
     * model that reaches the subject directly, else after assuming a role (with the chain), else through compute
     * it drives; then each Identity Center user and group whose account assignments reach it. Users come first,
     * then roles, then Identity Center principals, each in the model's order; explicit denials are left out.
     */
    public List<Reacher> oneWayEach() {
        Map<String, Reacher> best = new HashMap<>();
        for (Reacher reacher : reachers.values()) {
            if (reacher.style() != HighlightStyle.DENIED) {
                best.merge(reacher.principalId(), reacher, (known, other) ->
                        other.route().way().ordinal() < known.route().way().ordinal() ? other : known);
            }
        }
        List<Entity> principals = new ArrayList<>(principals());
        model.entities().values().stream().filter(e -> e.kind().isIdentityCenterPrincipal()).forEach(principals::add);
        List<Reacher> out = new ArrayList<>();
        for (Entity principal : principals) {
            Reacher reacher = best.get(principal.id());
            if (reacher != null) {
                out.add(reacher);
            }
        }
        return out;
    }

    /** The users and roles of the model, users first. */
    private List<Entity> principals() {
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        return principals;
    }

    private String name(String id) {
        Entity entity = model.entities().get(id);
        return entity == null ? id : entity.name();
    }

    private void add(HighlightStyle style, NodeReach extent, ReachRoute route, String explanation) {
        String principalId = route.principalId();
        if (principalId.equals(subjectId)) {
            return;
        }
        String key = principalId + ' ' + route.way();
        Reacher known = reachers.get(key);
        if (known == null || HighlightsBuilder.better(style, extent, known.style(), null)) {
            reachers.put(key, new Reacher(principalId, style, route, explanation));
            reached.add(principalId);
        }
        builder.offer(principalId, style, extent, explanation);
        List<Highlights.Edge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < route.path().size(); i++) {
            edges.add(new Highlights.Edge(route.path().get(i), route.path().get(i + 1), ""));
        }
        builder.path(style, edges);
    }

    /** True when the principal reaches the subject some way already. */
    private boolean reaches(String principalId) {
        return reached.contains(principalId);
    }

    /** The path from a caller through the roles of a way to the subject (added unless it ends the way or is an ARN). */
    private List<String> path(List<String> start, List<String> way) {
        List<String> path = new ArrayList<>(start);
        path.addAll(way);
        if (subjectId != null && !path.contains(subjectId)) {
            path.add(subjectId);
        }
        return path;
    }

    /** Every user and role whose own policies reach some action that applies to the resource. */
    private void resource(Resource resource) {
        if (resource.type() == null || resource.type().indexOf(':') < 0) {
            return;
        }
        List<Action> actions = new ArrayList<>();
        for (Action action : analysis.catalog().actionsOf(resource.type().substring(0, resource.type().indexOf(':')))
                .stream().toList()) {
            if (ForwardReach.target(action, resource) != null) {
                actions.add(action);
            }
        }
        List<PolicyDocument> resourceSide = new ArrayList<>();
        if (resource.policy() != null) {
            resourceSide.add(resource.policy().document());
        }
        ActionSet resourceGrants = PolicyAttribution.covered(analysis.catalog(), resourceSide);
        for (Entity principal : principals()) {
            List<PolicyDocument> own = analysis.check().policies(principal.id()).identity().stream()
                    .map(PolicySource::document).toList();
            ActionSet covered = PolicyAttribution.covered(analysis.catalog(), own).union(resourceGrants);
            List<ActionOutcome> outcomes = new ArrayList<>();
            for (Action action : actions) {
                if (covered.contains(action)) {
                    String arn = ForwardReach.target(action, resource);
                    outcomes.add(new ActionOutcome(action, arn, analysis.check().outcome(principal.id(), action.fullName(), arn)));
                }
            }
            NodeState state = analysis.nodeStates().of(outcomes).get(resource.id());
            if (state == null) {
                continue;
            }
            HighlightStyle style = switch (state.extent()) {
                case FULL, PARTIAL -> HighlightStyle.DIRECT;
                case CONDITIONAL -> HighlightStyle.CONDITIONAL;
                case NONE -> HighlightStyle.DENIED;
            };
            String line = state.extent() == NodeReach.NONE
                    ? principal.name() + " is explicitly denied what it would do on " + resource.name() + ". "
                    + Teaching.explicitDeny(false)
                    : principal.name() + " may do " + state.extentWords() + " on " + resource.name() + " by its own policies.";
            add(style, state.extent(), new ReachRoute(ReachRoute.Way.DIRECT, List.of(principal.id(), resource.id()),
                    principal.id(), new ArrayList<>(state.conditions())), line);
            if (principal instanceof Role && state.extent() != NodeReach.NONE) {
                frontier.add(RoleWay.of(principal.id()));
            }
        }
    }

    /** Every user and role that can do the action on the ARN itself. */
    private void action(String action, String resource) {
        for (Entity principal : principals()) {
            Outcome outcome = analysis.check().outcome(principal.id(), action, resource);
            if (!outcome.reaches()) {
                continue;
            }
            boolean conditional = !outcome.conditions().isEmpty();
            add(conditional ? HighlightStyle.CONDITIONAL : HighlightStyle.DIRECT, conditional ? NodeReach.CONDITIONAL : null,
                    new ReachRoute(ReachRoute.Way.DIRECT, List.of(principal.id()), principal.id(), outcome.conditions()),
                    principal.name() + " may do " + subjectName + " by its own policies.");
            if (principal instanceof Role) {
                frontier.add(new RoleWay(List.of(principal.id()), outcome.conditions()));
            }
        }
    }

    /** The principals that hold the policy: attached to them, to their groups, or inline. */
    private void policyHolders() {
        List<String> holders = new ArrayList<>();
        if (model.entities().get(subjectId) instanceof InlinePolicy inline) {
            holders.add(inline.owner());
        } else {
            model.from(subjectId, RelationKind.ATTACHED_TO).forEach(r -> holders.add(r.to()));
        }
        for (String holder : holders) {
            if (model.entities().get(holder) instanceof Group group) {
                for (Relation member : model.to(group.id(), RelationKind.MEMBER_OF)) {
                    add(HighlightStyle.DIRECT, null, new ReachRoute(ReachRoute.Way.DIRECT, List.of(member.from(), group.id(),
                            subjectId), member.from(), List.of()), name(member.from()) + " gets " + subjectName
                            + " through group " + group.name() + ".");
                }
            } else if (model.entities().get(holder) != null) {
                add(HighlightStyle.DIRECT, null, new ReachRoute(ReachRoute.Way.DIRECT, List.of(holder, subjectId), holder,
                        List.of()), subjectName + " is attached to " + name(holder) + ".");
                if (model.entities().get(holder) instanceof Role) {
                    frontier.add(RoleWay.of(holder));
                }
            }
        }
    }

    /** Whoever can assume the roles of the frontier (transitively), and whoever drives compute running as them. */
    private void backwards() {
        List<RoleWay> roleWays = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            RoleWay way = frontier.poll();
            String roleId = way.first();
            if (!seen.add(roleId)) {
                continue;
            }
            roleWays.add(way);
            if (way.roles().size() > RoleAssumption.MAX_CHAIN) {
                continue;
            }
            Role role = (Role) model.entities().get(roleId);
            assignees(way);
            for (Entity caller : analysis.trust().callers(role)) {
                if (caller.id().equals(roleId) || way.roles().contains(caller.id())) {
                    continue;
                }
                Decision[] decisions = RoleAssumption.decide(model, caller.id(), roleId);
                boolean allowed = decisions[0].allowed();
                if (!allowed && !decisions[1].allowed()) {
                    continue;
                }
                boolean first = way.roles().size() == 1 && roleId.equals(subjectId);
                List<String> path = path(List.of(caller.id()), way.roles());
                List<String> conditions = new ArrayList<>(way.conditions());
                if (!allowed) {
                    decisions[0].missingContextKeys().stream().filter(k -> !conditions.contains(k)).forEach(conditions::add);
                }
                boolean conditional = !conditions.isEmpty();
                HighlightStyle style = conditional ? HighlightStyle.CONDITIONAL
                        : first ? HighlightStyle.DIRECT : HighlightStyle.VIA_ROLE;
                StringBuilder line = new StringBuilder(caller.name()).append(" can assume ").append(role.name());
                if (first) {
                    line.append(" (its trust policy names it)");
                } else {
                    line.append(" and so reaches ").append(subjectName).append(" (")
                            .append(String.join(" → ", path.stream().map(this::name).toList())).append(")");
                }
                if (!conditions.isEmpty()) {
                    line.append(", only with ").append(String.join(", ", conditions));
                }
                line.append('.');
                conditions.forEach(key -> line.append(' ').append(Teaching.condition(key)));
                add(style, conditional ? NodeReach.CONDITIONAL : null, new ReachRoute(first ? ReachRoute.Way.DIRECT
                        : ReachRoute.Way.VIA_ROLE, path, way.actor(), conditions), line.toString());
                if (caller instanceof Role) {
                    List<String> next = new ArrayList<>();
                    next.add(caller.id());
                    next.addAll(way.roles());
                    frontier.add(new RoleWay(next, conditions));
                }
            }
        }
        drivers(roleWays);
    }

    /** The Identity Center users and groups assigned the role that starts the way (a group's members too). */
    private void assignees(RoleWay way) {
        String roleId = way.first();
        for (Relation assigned : model.to(roleId, RelationKind.ASSIGNED_TO)) {
            List<String> holders = new ArrayList<>(List.of(assigned.from()));
            model.to(assigned.from(), RelationKind.MEMBER_OF).forEach(member -> holders.add(member.from()));
            for (String holder : holders) {
                List<String> start = new ArrayList<>();
                start.add(holder);
                if (!holder.equals(assigned.from())) {
                    start.add(assigned.from());
                }
                List<String> path = path(start, way.roles());
                boolean conditional = !way.conditions().isEmpty();
                HighlightStyle style = conditional ? HighlightStyle.CONDITIONAL
                        : way.roles().size() == 1 && roleId.equals(subjectId) ? HighlightStyle.DIRECT : HighlightStyle.VIA_ROLE;
                add(style, conditional ? NodeReach.CONDITIONAL : null, new ReachRoute(ReachRoute.Way.VIA_ASSIGNMENT, path,
                        way.actor(), way.conditions()), name(holder) + " signs in through IAM Identity Center as "
                        + name(roleId) + (holder.equals(assigned.from()) ? "" : " (through group " + name(assigned.from()) + ")")
                        + (roleId.equals(subjectId) ? "" : " and so reaches " + subjectName) + ".");
            }
        }
    }

    /** Compute that runs as a role of the ways, and the users and roles that can make it act for them. */
    private void drivers(List<RoleWay> roleWays) {
        List<Entity> principals = principals();
        for (RoleWay way : roleWays) {
            for (Relation runsAs : model.to(way.first(), RelationKind.RUNS_AS)) {
                if (!(model.entities().get(runsAs.from()) instanceof Compute compute) || compute.arn() == null) {
                    continue;
                }
                builder.offer(compute.id(), HighlightStyle.INDIRECT, null, compute.name() + " runs as role "
                        + name(way.first()) + " and acts with its permissions.");
                for (Entity principal : principals) {
                    if (principal.id().equals(way.first()) || reaches(principal.id())) {
                        continue;
                    }
                    for (String action : IndirectReach.DRIVING_ACTIONS.getOrDefault(compute.type(), List.of())) {
                        Outcome outcome = analysis.check().outcome(principal.id(), action, compute.arn());
                        if (outcome.reaches()) {
                            List<String> conditions = new ArrayList<>(way.conditions());
                            outcome.conditions().stream().filter(k -> !conditions.contains(k)).forEach(conditions::add);
                            boolean conditional = !conditions.isEmpty();
                            add(conditional ? HighlightStyle.CONDITIONAL : HighlightStyle.INDIRECT,
                                    conditional ? NodeReach.CONDITIONAL : null, new ReachRoute(ReachRoute.Way.INDIRECT,
                                            path(List.of(principal.id(), compute.id()), way.roles()), way.actor(),
                                            conditions),
                                    principal.name() + " can make " + compute.name() + " act for it (" + action
                                            + "), which runs as " + name(way.first()) + ".");
                            break;
                        }
                    }
                }
            }
        }
    }
}
