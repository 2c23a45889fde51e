package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules IAM itself enforces, and the model's own, each explained in one sentence a learner can act
 * on: groups do not nest, roles are assumed rather than joined, a policy attaches to a user, group or
 * role, a boundary is a managed policy, an SCP never attaches to an IAM entity, names and paths follow
 * IAM's rules, references exist.
 */
public final class ModelRules {
    private ModelRules() {
    }

    /**
     * Why a person cannot draw this relation in this model, or empty when they can: a rule of IAM's
     * ({@link #valid}) or a change AWS refuses to anyone ({@link AwsManagedChanges}).
     */
    public static Optional<String> whyNot(IamModel model, Relation relation) {
        Optional<String> invalid = valid(model, relation);
        return invalid.isPresent() ? invalid : AwsManagedChanges.whyNot(model, relation);
    }

    /** Why this relation cannot be part of any model, or empty when it can (AWS may still refuse to make it). */
    public static Optional<String> valid(IamModel model, Relation relation) {
        Optional<Entity> from = model.entity(relation.from());
        Optional<Entity> to = model.entity(relation.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.of("the relation names \"" + (from.isEmpty() ? relation.from() : relation.to())
                    + "\", which the model does not hold");
        }
        return RelationRules.whyNot(relation.kind(), from.get(), to.get(), model);
    }

    /** Every rule the model breaks; what AWS manages itself (a service-linked role's policies) is no problem. */
    public static List<RuleViolation> check(IamModel model) {
        List<RuleViolation> out = new ArrayList<>();
        // each entity on its own (its policies parsed, most of the time of a large model): on every core, in order
        List<Entity> entities = List.copyOf(model.entities().values());
        List<List<String>> problems = entities.parallelStream().map(entity -> EntityRules.problems(entity, model)).toList();
        for (int i = 0; i < entities.size(); i++) {
            for (String problem : problems.get(i)) {
                out.add(new RuleViolation(entities.get(i).id(), null, problem));
            }
        }
        Set<String> single = new HashSet<>();
        for (Relation relation : model.relations()) {
            valid(model, relation).ifPresent(problem -> out.add(new RuleViolation(relation.from(), relation, problem)));
            if ((relation.kind() == RelationKind.BOUNDARY_OF && !single.add("boundary " + relation.to()))
                    || (relation.kind() == RelationKind.RUNS_AS && !single.add("runs " + relation.from()))) {
                out.add(new RuleViolation(relation.from(), relation, relation.kind() == RelationKind.BOUNDARY_OF
                        ? "a user or role has at most one permissions boundary"
                        : "compute runs as one role at a time"));
            }
        }
        return out;
    }
}
