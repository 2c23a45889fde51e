package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Relation;
import java.util.List;
import java.util.Map;

/** What Copy keeps: entities, the relations among them, and where each was drawn. */
public record Clip(List<Entity> entities, List<Relation> relations, Map<String, Rect> shapes) {
    public Clip {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        shapes = Map.copyOf(shapes);
    }

    public boolean isEmpty() {
        return entities.isEmpty();
    }
}
