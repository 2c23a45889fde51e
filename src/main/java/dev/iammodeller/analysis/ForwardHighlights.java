package dev.iammodeller.analysis;

import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a selected entity reaches, as highlights and panel rows. A user or role: its own reach (direct,
 * conditional, denied), the policies and groups it comes from, the roles it can assume and what they reach,
 * the compute it drives. An identity provider or service node: the roles that trust it and what they reach.
 * An Identity Center user or group: the roles its account assignments provision and what they reach there.
 * Compute: what its role reaches. A group: what its members get through it. A policy: where it is attached
 * and what it grants there (an SCP or a boundary grants nothing: it caps).
 */
final class ForwardHighlights {
    /** A group or policy with more holders than this is shown for its first ones only. */
    static final int MAX_HOLDERS = 50;

    private final ModelAnalysis analysis;
    private final IamModel model;
    private final HighlightsBuilder builder;
    private final List<ReachRow> rows = new ArrayList<>();
    private final List<Assumption> roles = new ArrayList<>();
    private final List<IndirectReach.Driven> indirect = new ArrayList<>();

    private ForwardHighlights(ModelAnalysis analysis, Entity subject) {
        this.analysis = analysis;
        this.model = analysis.model();
        this.builder = new HighlightsBuilder(subject.id(), Highlights.Mode.FORWARD);
    }

    static ReachReport of(ModelAnalysis analysis, Entity subject) {
        ForwardHighlights forward = new ForwardHighlights(analysis, subject);
        switch (subject.kind()) {
            case USER, ROLE -> forward.principal(subject.id());
            case IDENTITY_PROVIDER, SERVICE -> forward.viaRoles(subject.id(), List.of(), analysis.assumable(subject.id()), true);
            case IDENTITY_CENTER_USER, IDENTITY_CENTER_GROUP -> forward.identityCenter(subject.id());
            case COMPUTE -> forward.compute((Compute) subject);
            case GROUP -> forward.group((Group) subject);
            case MANAGED_POLICY, INLINE_POLICY -> forward.policy(subject);
            case ORGANIZATION_POLICY -> forward.organizationPolicy((OrganizationPolicy) subject);
            default -> { }
        }
        return new ReachReport(subject.id(), forward.builder.build(), forward.rows, forward.roles, forward.indirect,
                List.of(), analysis);
    }

    private String name(String id) {
        Entity entity = model.entities().get(id);
        return entity == null ? id : entity.name();
    }

    private void principal(String principalId) {
        for (NodeState state : analysis.nodes(principalId).values()) {
            own(principalId, state, "by its own policies");
        }
        PrincipalPolicies policies = analysis.check().policies(principalId);
        for (PolicySource source : policies.identity()) {
            builder.offer(source.policyId(), HighlightStyle.SOURCE, null, name(principalId) + " gets " + name(source.policyId())
                    + (source.via() == null ? "" : " through group " + name(source.via())) + ".");
            if (source.via() != null) {
                builder.offer(source.via(), HighlightStyle.SOURCE, null, name(principalId) + " is a member of "
                        + name(source.via()) + " and gets every policy of the group.");
            }
        }
        if (policies.boundary() != null) {
            builder.offer(policies.boundary().policyId(), HighlightStyle.SOURCE, null, name(policies.boundary().policyId())
                    + " is the permissions boundary of " + name(principalId) + ": "
                    + Teaching.cap(PolicyLayer.PERMISSIONS_BOUNDARY));
        }
        for (ActionOutcome outcome : analysis.forward(principalId).outcomes()) {
            if (outcome.outcome().kind() != Outcome.Kind.IMPLICIT_DENY) {
                rows.add(new ReachRow(principalId, outcome));
            }
        }
        analysis.notDrawn(principalId);
        viaRoles(principalId, List.of(), analysis.assumable(principalId), true);
        for (IndirectReach.Driven driven : analysis.driven(principalId)) {
            indirect.add(driven);
            boolean conditional = driven.outcome().kind() == Outcome.Kind.CONDITIONAL;
            HighlightStyle style = conditional ? HighlightStyle.CONDITIONAL : HighlightStyle.INDIRECT;
            NodeReach extent = conditional ? NodeReach.CONDITIONAL : null;
            String how = name(principalId) + " can make " + name(driven.computeId()) + " act for it ("
                    + driven.action() + "), and it runs as role " + name(driven.roleId())
                    + conditionWords(driven.outcome().conditions()) + ".";
            builder.offer(driven.computeId(), style, extent, how);
            builder.offer(driven.roleId(), style, extent, how);
            builder.path(style, List.of(new Highlights.Edge(principalId, driven.computeId(), driven.action()),
                    new Highlights.Edge(driven.computeId(), driven.roleId(), "runs as")));
            routed(driven.roleId(), style, conditional, "indirect via " + name(driven.computeId()) + " (as role "
                    + name(driven.roleId()) + ")" + conditionWords(driven.outcome().conditions()));
        }
    }

    /**
     * An Identity Center user or group: the roles of its assignments, each listed with what it reaches in its
     * account (the Reach rows, one role per account), and the roles those can assume in turn.
     */
    private void identityCenter(String principalId) {
        List<Assumption> assumable = analysis.assumable(principalId);
        for (Assumption assumption : assumable) {
            if (assumption.chain().size() == 1) {
                for (ActionOutcome outcome : analysis.forward(assumption.roleId()).outcomes()) {
                    if (outcome.outcome().kind() != Outcome.Kind.IMPLICIT_DENY) {
                        rows.add(new ReachRow(assumption.roleId(), outcome));
                    }
                }
            }
        }
        viaRoles(principalId, List.of(), assumable, true);
    }

    /** A node of the principal's own reach: direct, conditional or denied. */
    private void own(String principalId, NodeState state, String how) {
        String node = name(state.nodeId());
        switch (state.extent()) {
            case FULL, PARTIAL -> {
                StringBuilder line = new StringBuilder(name(principalId)).append(" may do ").append(state.extentWords())
                        .append(" of ").append(node).append(' ').append(how).append('.');
                for (PolicyLayer layer : state.blockedBy()) {
                    if (layer != PolicyLayer.IDENTITY) {
                        line.append(' ').append(Teaching.cap(layer));
                    }
                }
                builder.offer(state.nodeId(), HighlightStyle.DIRECT, state.extent(), line.toString());
            }
            case CONDITIONAL -> {
                StringBuilder line = new StringBuilder(name(principalId)).append(" may do ").append(state.extentWords())
                        .append(" on ").append(node).append('.');
                state.conditions().stream().sorted().forEach(key -> line.append(' ').append(Teaching.condition(key)));
                builder.offer(state.nodeId(), HighlightStyle.CONDITIONAL, NodeReach.CONDITIONAL, line.toString());
            }
            case NONE -> {
                ActionOutcome deny = state.firstDeny();
                List<DecisiveStatement> statements = DecisiveStatements.of(model, principalId, deny.resource(),
                        deny.outcome().decision().matchedStatements());
                boolean group = statements.stream().anyMatch(s -> s.via() != null);
                String by = statements.isEmpty() ? "an explicit Deny" : statements.get(0).describe()
                        + " (" + statements.get(0).layerLabel() + ")";
                String what = state.denied() == 1 ? deny.action().fullName()
                        : state.denied() + " actions its policies allow (such as " + deny.action().fullName() + ")";
                builder.offer(state.nodeId(), HighlightStyle.DENIED, NodeReach.NONE, name(principalId) + " is denied "
                        + what + " on " + node + " by " + by + ". " + Teaching.explicitDeny(group));
            }
        }
    }

    /** The roles reached by assumption, each chain drawn, and what each role reaches. */
    private void viaRoles(String callerId, List<String> before, List<Assumption> assumptions, boolean list) {
        for (Assumption assumption : assumptions) {
            if (list) {
                roles.add(assumption);
            }
            boolean conditional = assumption.reach() == Assumption.Reach.CONDITIONAL;
            HighlightStyle style = conditional ? HighlightStyle.CONDITIONAL : HighlightStyle.VIA_ROLE;
            List<String> chain = new ArrayList<>(before);
            chain.addAll(assumption.chain());
            StringBuilder line = new StringBuilder(name(callerId)).append(" can assume ").append(name(assumption.roleId()));
            if (chain.size() > 1) {
                line.append(" through the chain ").append(String.join(" → ", chain.stream().map(this::name).toList()));
            }
            line.append(conditionWords(assumption.conditions())).append('.');
            assumption.conditions().forEach(key -> line.append(' ').append(Teaching.condition(key)));
            builder.offer(assumption.roleId(), style, conditional ? NodeReach.CONDITIONAL : null, line.toString());
            List<Highlights.Edge> edges = new ArrayList<>();
            String from = callerId;
            for (String hop : assumption.chain()) {
                edges.add(new Highlights.Edge(from, hop, assumeAction(from)));
                from = hop;
            }
            builder.path(style, edges);
            routed(assumption.roleId(), style, conditional, "via role " + name(assumption.roleId())
                    + conditionWords(assumption.conditions()));
        }
    }

    /** What a role reaches, offered as reached through a route (denials of the role are not the subject's). */
    private void routed(String roleId, HighlightStyle style, boolean conditional, String how) {
        for (NodeState state : analysis.nodes(roleId).values()) {
            if (state.extent() == NodeReach.NONE) {
                continue;
            }
            boolean onCondition = conditional || state.extent() == NodeReach.CONDITIONAL;
            NodeReach extent = onCondition ? NodeReach.CONDITIONAL : state.extent();
            builder.offer(state.nodeId(), onCondition ? HighlightStyle.CONDITIONAL : style, extent,
                    "Reached " + how + ": " + state.extentWords() + " of " + name(state.nodeId()) + ".");
        }
    }

    private void compute(Compute compute) {
        for (Relation runsAs : model.from(compute.id(), RelationKind.RUNS_AS)) {
            String roleId = runsAs.to();
            builder.offer(roleId, HighlightStyle.VIA_ROLE, null, compute.name() + " runs as role " + name(roleId)
                    + ": it acts with the role's permissions.");
            builder.path(HighlightStyle.VIA_ROLE, List.of(new Highlights.Edge(compute.id(), roleId, "runs as")));
            routed(roleId, HighlightStyle.VIA_ROLE, false, "as role " + name(roleId));
            for (ActionOutcome outcome : analysis.forward(roleId).outcomes()) {
                if (outcome.outcome().kind() != Outcome.Kind.IMPLICIT_DENY) {
                    rows.add(new ReachRow(roleId, outcome));
                }
            }
            viaRoles(roleId, List.of(roleId), analysis.assumable(roleId), true);
        }
    }

    private void group(Group group) {
        for (String policy : GroupReach.policies(model, group.id())) {
            builder.offer(policy, HighlightStyle.SOURCE, null, name(policy) + " is attached to group " + group.name()
                    + ": every member gets it.");
        }
        for (ForwardReach member : GroupReach.of(analysis, group.id(), MAX_HOLDERS).members()) {
            builder.offer(member.principalId(), HighlightStyle.SOURCE, null, name(member.principalId())
                    + " is a member of " + group.name() + " and gets what its policies allow.");
            granted(member, "through group " + group.name());
        }
    }

    private void policy(Entity policy) {
        for (PolicyReach.Placement placement : PolicyReach.of(analysis, policy.id(), MAX_HOLDERS).placements()) {
            if (placement.how().equals("boundary")) {
                builder.offer(placement.holderId(), HighlightStyle.SOURCE, null, policy.name()
                        + " is the permissions boundary of " + name(placement.holderId()) + ": it grants nothing by itself. "
                        + Teaching.cap(PolicyLayer.PERMISSIONS_BOUNDARY));
                continue;
            }
            builder.offer(placement.holderId(), HighlightStyle.SOURCE, null, policy.name() + " is attached to "
                    + name(placement.holderId()) + ".");
            boolean group = model.entities().get(placement.holderId()) instanceof Group;
            for (ForwardReach grant : placement.grants()) {
                if (group) {
                    builder.offer(grant.principalId(), HighlightStyle.SOURCE, null, name(grant.principalId()) + " gets "
                            + policy.name() + " through group " + name(placement.holderId()) + ".");
                }
                granted(grant, "by " + policy.name());
            }
        }
    }

    private void organizationPolicy(OrganizationPolicy policy) {
        for (Relation applies : model.from(policy.id(), RelationKind.APPLIES_TO)) {
            builder.offer(applies.to(), HighlightStyle.SOURCE, null, policy.name() + " applies to " + name(applies.to())
                    + " and everything below it. " + Teaching.cap(policy.type() == OrganizationPolicy.Type.SCP
                    ? PolicyLayer.SCP : PolicyLayer.RCP));
        }
    }

    /** What a group or policy grants (or would grant, but a deny takes back) one principal: its rows and nodes. */
    private void granted(ForwardReach grant, String how) {
        grant.outcomes().forEach(outcome -> rows.add(new ReachRow(grant.principalId(), outcome)));
        for (NodeState state : analysis.nodeStates().of(grant.outcomes()).values()) {
            own(grant.principalId(), state, how);
        }
    }

    /** The STS action a caller assumes a role with. */
    private String assumeAction(String callerId) {
        if (model.entities().get(callerId).kind().isIdentityCenterPrincipal()) {
            return "signs in (IAM Identity Center)";
        }
        if (model.entities().get(callerId) instanceof dev.iammodeller.model.IdentityProvider provider) {
            return provider.type() == dev.iammodeller.model.IdentityProvider.Type.SAML ? "sts:AssumeRoleWithSAML"
                    : "sts:AssumeRoleWithWebIdentity";
        }
        return "sts:AssumeRole";
    }

    private static String conditionWords(List<String> conditions) {
        return conditions.isEmpty() ? "" : ", only with " + String.join(", ", conditions);
    }

}
