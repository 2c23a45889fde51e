package dev.iammodeller.model;

/** Draws a relation: adds a user to a group, attaches a policy, sets a boundary, runs compute as a role. */
public record Connect(Relation relation) implements ModelCommand {
    @Override
    public String label() {
        switch (relation.kind()) {
            case MEMBER_OF:
                return "Add " + relation.from() + " to " + relation.to();
            case ATTACHED_TO:
                return "Attach " + relation.from() + " to " + relation.to();
            case BOUNDARY_OF:
                return "Set boundary " + relation.from() + " on " + relation.to();
            case RUNS_AS:
                return "Run " + relation.from() + " as " + relation.to();
            case ASSIGNED_TO:
                return "Assign " + relation.from() + " to " + relation.to();
            default:
                return "Apply " + relation.from() + " to " + relation.to();
        }
    }

    @Override
    public IamModel apply(IamModel model) {
        if (model.relations().contains(relation)) {
            throw new EditRefused("that relation is already there");
        }
        ModelRules.whyNot(model, relation).ifPresent(reason -> {
            throw new EditRefused(reason);
        });
        if (relation.kind() == RelationKind.BOUNDARY_OF && !model.to(relation.to(), RelationKind.BOUNDARY_OF).isEmpty()) {
            throw new EditRefused("a user or role has at most one permissions boundary: remove the one it has first");
        }
        if (relation.kind() == RelationKind.RUNS_AS && !model.from(relation.from(), RelationKind.RUNS_AS).isEmpty()) {
            throw new EditRefused("compute runs as one role at a time: remove the one it has first");
        }
        return ProvisionedRoles.afterChangeOf(model.withRelation(relation), relation.to());
    }
}
