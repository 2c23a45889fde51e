package dev.iammodeller.model;

import java.util.List;

/** Replaces an entity with an edited version of it (same id): a rename, a new path, a new trust policy. */
public record UpdateEntity(Entity updated, String label) implements ModelCommand {
    public UpdateEntity(Entity updated) {
        this(updated, "Edit " + Words.of(updated.kind()) + " " + updated.name());
    }

    @Override
    public IamModel apply(IamModel model) {
        Entity before = model.entity(updated.id())
                .orElseThrow(() -> new EditRefused("the model holds nothing with the id \"" + updated.id() + "\""));
        if (before.kind() != updated.kind()) {
            throw new EditRefused("a " + Words.of(before.kind()) + " cannot become a " + Words.of(updated.kind()));
        }
        IamModel next = model.with(updated);
        List<String> problems = EntityRules.problems(updated, next);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems.get(0));
        }
        return ProvisionedRoles.afterChangeOf(next, updated.id());
    }
}
