package dev.iammodeller.model;

import java.util.List;

/** Adds an entity (at a place on the canvas, or none). */
public record AddEntity(Entity entity, Layout.Point at) implements ModelCommand {
    @Override
    public String label() {
        return "Add " + Words.of(entity.kind()) + " " + entity.name();
    }

    @Override
    public IamModel apply(IamModel model) {
        if (model.entities().containsKey(entity.id())) {
            throw new EditRefused("the model already holds something with the id \"" + entity.id() + "\"");
        }
        IamModel next = model.with(entity);
        List<String> problems = EntityRules.problems(entity, next);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems.get(0));
        }
        return at == null ? next : next.withLayout(next.layout().withNode(entity.id(), at));
    }
}
