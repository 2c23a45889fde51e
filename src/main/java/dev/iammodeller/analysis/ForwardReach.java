package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionResourceType;
import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Resource;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user or role of a model can do on its own (before assuming any role): every catalogue action
 * that an Allow of its policies could cover, decided against every resource of the model it applies to
 * and against {@code *} (the resources the model does not draw). Only the actions some Allow names are
 * evaluated, found through the catalogue's action bitsets; every other action is implicitly denied.
 */
public final class ForwardReach {
    private final String principalId;
    private final List<ActionOutcome> outcomes;

    ForwardReach(String principalId, List<ActionOutcome> outcomes) {
        this.principalId = principalId;
        this.outcomes = List.copyOf(outcomes);
    }

    public static ForwardReach of(Catalog catalog, AccessCheck check, String principalId) {
        return of(catalog, check, principalId, candidates(catalog, check, principalId));
    }

    /**
     * The principal's reach over these actions only: what it gets through one group or one policy (every
     * layer still decides, so a deny elsewhere, the boundary or an SCP still caps it).
     */
    static ForwardReach of(Catalog catalog, AccessCheck check, String principalId, ActionSet candidates) {
        List<Resource> resources = check.model().all(Resource.class);
        List<ComputeTarget> computes = ComputeTarget.of(catalog, check.model());
        List<ActionOutcome> outcomes = new ArrayList<>();
        candidates.stream().forEach(action -> {
            outcomes.add(new ActionOutcome(action, "*", check.outcome(principalId, action.fullName(), "*")));
            for (Resource resource : resources) {
                String target = target(action, resource);
                if (target != null) {
                    outcomes.add(new ActionOutcome(action, target, check.outcome(principalId, action.fullName(), target)));
                }
            }
            for (ComputeTarget compute : computes) {
                if (compute.actedOnBy(action)) {
                    outcomes.add(new ActionOutcome(action, compute.arn(),
                            check.outcome(principalId, action.fullName(), compute.arn())));
                }
            }
        });
        return new ForwardReach(principalId, outcomes);
    }

    /** Every action an Allow statement of the principal's policies, or of a resource policy, may cover. */
    private static ActionSet candidates(Catalog catalog, AccessCheck check, String principalId) {
        List<PolicyDocument> documents = new ArrayList<>();
        check.policies(principalId).identity().forEach(source -> documents.add(source.document()));
        for (Resource resource : check.model().all(Resource.class)) {
            if (resource.policy() != null) {
                documents.add(resource.policy().document());
            }
        }
        return allowed(catalog, documents);
    }

    /** Every catalogue action an Allow statement of these documents may cover. */
    public static ActionSet allowed(Catalog catalog, List<PolicyDocument> documents) {
        ActionSet all = catalog.none();
        for (PolicyDocument document : documents) {
            for (Statement statement : document.statements()) {
                if (statement.effect() == Effect.ALLOW) {
                    all = all.union(covered(catalog, statement));
                }
            }
        }
        return all;
    }

    /** Every catalogue action a statement's Action (or NotAction) covers; none when it names no actions. */
    public static ActionSet covered(Catalog catalog, Statement statement) {
        if (statement.actions() == null) {
            return catalog.none();
        }
        ActionSet covered = catalog.none();
        for (ActionPattern pattern : statement.actions()) {
            covered = covered.union(catalog.expand(pattern.text()));
        }
        return statement.notAction() ? covered.complement() : covered;
    }

    /** The ARN an action acts on in this resource, or null when the action does not apply to it. */
    static String target(Action action, Resource resource) {
        int colon = resource.type().indexOf(':');
        String service = resource.type().substring(0, colon);
        String type = resource.type().substring(colon + 1);
        if (!action.service().equalsIgnoreCase(service)) {
            return null;
        }
        for (ActionResourceType applies : action.resourceTypes()) {
            if (applies.name().equals(type)) {
                return resource.arn();
            }
            if (type.equals("bucket") && applies.name().equals("object")) {
                return resource.arn() + "/*";
            }
        }
        return null;
    }

    public String principalId() {
        return principalId;
    }

    /** Every evaluated (action, target) with its outcome. */
    public List<ActionOutcome> outcomes() {
        return outcomes;
    }

    /** The (action, target) pairs the principal reaches, allowed or conditionally. */
    public List<ActionOutcome> reached() {
        return outcomes.stream().filter(o -> o.outcome().reaches()).toList();
    }

    /** True when the principal reaches every action of the catalogue on {@code *}, unconditionally: an administrator. */
    public boolean administrator(Catalog catalog) {
        int count = 0;
        for (ActionOutcome outcome : outcomes) {
            if (outcome.resource().equals("*") && outcome.outcome().kind() == Outcome.Kind.ALLOWED) {
                count++;
            }
        }
        return count >= catalog.actionCount();
    }

    /** How much of a model resource the principal reaches. */
    public NodeReach resource(Catalog catalog, Resource resource) {
        int applicable = 0;
        int allowed = 0;
        int conditional = 0;
        for (Action action : catalog.actionsOf(resource.type().substring(0, resource.type().indexOf(':'))).stream().toList()) {
            if (target(action, resource) != null) {
                applicable++;
            }
        }
        for (ActionOutcome outcome : outcomes) {
            if (outcome.resource().startsWith(resource.arn()) && !outcome.resource().equals("*")) {
                if (outcome.outcome().kind() == Outcome.Kind.ALLOWED) {
                    allowed++;
                } else if (outcome.outcome().kind() == Outcome.Kind.CONDITIONAL) {
                    conditional++;
                }
            }
        }
        return summary(applicable, allowed, conditional);
    }

    /** How much of a service (its actions on {@code *}) the principal reaches. */
    public NodeReach service(Catalog catalog, String prefix) {
        int applicable = catalog.actionsOf(prefix).size();
        int allowed = 0;
        int conditional = 0;
        for (ActionOutcome outcome : outcomes) {
            if (outcome.resource().equals("*") && outcome.action().service().equalsIgnoreCase(prefix)) {
                if (outcome.outcome().kind() == Outcome.Kind.ALLOWED) {
                    allowed++;
                } else if (outcome.outcome().kind() == Outcome.Kind.CONDITIONAL) {
                    conditional++;
                }
            }
        }
        return summary(applicable, allowed, conditional);
    }

    private static NodeReach summary(int applicable, int allowed, int conditional) {
        if (allowed > 0) {
            return allowed >= applicable ? NodeReach.FULL : NodeReach.PARTIAL;
        }
        return conditional > 0 ? NodeReach.CONDITIONAL : NodeReach.NONE;
    }
}
