package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The connections IAM allows when the user drags from one entity to another: stored relations (member
 * of, attach, boundary, runs as, applies to) and trust (which edits the role's trust policy). When none
 * is allowed, the one sentence that says why.
 */
public final class Connections {
    private final List<ConnectionChoice> choices;
    private final String refusal;

    private Connections(List<ConnectionChoice> choices, String refusal) {
        this.choices = List.copyOf(choices);
        this.refusal = refusal;
    }

    public static Connections between(IamModel model, String fromId, String toId) {
        Entity from = model.entity(fromId).orElseThrow(() -> new IllegalArgumentException("no entity " + fromId));
        Entity to = model.entity(toId).orElseThrow(() -> new IllegalArgumentException("no entity " + toId));
        if (fromId.equals(toId)) {
            return new Connections(List.of(), "an entity is not connected to itself");
        }
        List<ConnectionChoice> choices = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RelationKind kind : RelationKind.values()) {
            Relation relation = new Relation(kind, fromId, toId);
            Optional<String> whyNot = ModelRules.whyNot(model, relation);
            if (whyNot.isEmpty() && !model.relations().contains(relation)) {
                choices.add(new ConnectionChoice(label(kind, from, to), new Connect(relation)));
            } else if (whyNot.isPresent() && speaksFor(kind, from)) {
                reasons.add(whyNot.get());
            } else if (whyNot.isEmpty()) {
                reasons.add(from.name() + " is already connected to " + to.name() + " that way");
            }
        }
        if (from instanceof PermissionSet set && to instanceof Account account) {
            if (ProvisionedRoles.roleIn(model, set.id(), account.accountId()) == null) {
                choices.add(new ConnectionChoice("Provision permission set " + set.name() + " in account " + account.name()
                        + " (Identity Center makes its role there)", new ProvisionPermissionSet(set.id(), account.accountId())));
            } else {
                reasons.add(set.name() + " is already provisioned in " + account.name() + ": assign users and groups to"
                        + " its role there");
            }
        }
        Optional<AddTrust> trust = trust(from, to);
        if (trust.isPresent()) {
            Optional<String> whyNot = AddTrust.whyNot(model, trust.get());
            if (whyNot.isEmpty()) {
                Entity role = model.entity(trust.get().roleId()).orElseThrow();
                Entity principal = model.entity(trust.get().principalId()).orElseThrow();
                choices.add(new ConnectionChoice("Role " + role.name() + " trusts " + principal.name()
                        + " (" + principal.name() + " can assume it)", trust.get()));
            } else {
                reasons.add(0, whyNot.get());
            }
        } else if (to instanceof Role && from instanceof Group) {
            reasons.add(0, "a group is not a principal: a trust policy cannot name a group, so its members cannot "
                    + "assume a role through it; trust the users, or give the group a policy allowing sts:AssumeRole");
        }
        if (!choices.isEmpty()) {
            return new Connections(choices, null);
        }
        String why = reasons.isEmpty() ? "IAM has no relation from a " + Words.of(from.kind()) + " to a "
                + Words.of(to.kind()) : reasons.get(0);
        return new Connections(List.of(), why);
    }

    /** What may be offered, in menu order; empty when nothing is allowed. */
    public List<ConnectionChoice> choices() {
        return choices;
    }

    /** Why no connection is allowed, in one sentence; empty when there are choices. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Trust between a role and a principal: drawn from the principal to the role, or from the role to it. */
    private static Optional<AddTrust> trust(Entity from, Entity to) {
        if (to instanceof Role && AddTrust.canBeTrusted(from)) {
            return Optional.of(new AddTrust(to.id(), from.id()));
        }
        if (from instanceof Role && !(to instanceof Role) && AddTrust.canBeTrusted(to)) {
            return Optional.of(new AddTrust(from.id(), to.id()));
        }
        return Optional.empty();
    }

    /** The relation whose refusal explains a failed drag best: the one the source kind is meant for. */
    private static boolean speaksFor(RelationKind kind, Entity from) {
        switch (from.kind()) {
            case USER:
            case GROUP:
            case ROLE:
                return kind == RelationKind.MEMBER_OF;
            case MANAGED_POLICY:
                return kind == RelationKind.ATTACHED_TO;
            case COMPUTE:
                return kind == RelationKind.RUNS_AS;
            case ORGANIZATION_POLICY:
                return kind == RelationKind.APPLIES_TO;
            case INLINE_POLICY:
                return kind == RelationKind.ATTACHED_TO;
            default:
                return false;
        }
    }

    private static String label(RelationKind kind, Entity from, Entity to) {
        switch (kind) {
            case MEMBER_OF:
                return (from.kind() == EntityKind.USER ? "User " : "Identity Center user ") + from.name()
                        + " is a member of " + to.name();
            case ATTACHED_TO:
                return "Attach policy " + from.name() + " to " + to.name();
            case BOUNDARY_OF:
                return "Set " + from.name() + " as the permissions boundary of " + to.name();
            case RUNS_AS:
                return from.name() + " runs as role " + to.name();
            case APPLIES_TO:
                return "Apply " + from.name() + " to " + to.name();
            case ASSIGNED_TO:
                return "Assign " + from.name() + " the permission set of " + to.name() + " in account " + to.account();
            default:
                return kind.json();
        }
    }
}
