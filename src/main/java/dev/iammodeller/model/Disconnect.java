package dev.iammodeller.model;

/** Removes a relation. */
public record Disconnect(Relation relation) implements ModelCommand {
    @Override
    public String label() {
        return "Remove " + relation.kind().json() + " " + relation.from() + " → " + relation.to();
    }

    @Override
    public IamModel apply(IamModel model) {
        if (!model.relations().contains(relation)) {
            throw new EditRefused("that relation is not there");
        }
        AwsManagedChanges.whyNot(model, relation).ifPresent(reason -> {
            throw new EditRefused(reason);
        });
        return ProvisionedRoles.afterChangeOf(model.withoutRelation(relation), relation.to());
    }
}
