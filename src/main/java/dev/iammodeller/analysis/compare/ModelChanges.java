package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What was added, removed and changed between two models, entity by entity (paired by {@link EntityPairing}) and
 * relation by relation. The layout, title and accepted findings are not compared: only what the model means.
 * Entities come by kind, then name; relations by kind, then the names of their ends.
 */
public record ModelChanges(List<EntityChange> entities, List<RelationChange> relations) {
    private static final Comparator<EntityChange> ENTITY_ORDER = Comparator
            .comparing((EntityChange c) -> c.subject().kind())
            .thenComparing(c -> c.subject().name())
            .thenComparing(EntityChange::change);
    private static final Comparator<RelationChange> RELATION_ORDER = Comparator
            .comparing((RelationChange c) -> c.relation().kind())
            .thenComparing(c -> c.from().name())
            .thenComparing(c -> c.to().name())
            .thenComparing(RelationChange::change);

    public ModelChanges {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public static ModelChanges of(IamModel base, IamModel next, EntityPairing pairing) {
        List<EntityChange> entities = new ArrayList<>();
        for (Entity before : base.entities().values()) {
            String newId = pairing.newId(before.id());
            if (newId == null) {
                entities.add(new EntityChange(Change.REMOVED, before, null, List.of()));
                continue;
            }
            Entity after = next.entities().get(newId);
            List<String> aspects = EntityAspects.between(before, after, pairing);
            if (!aspects.isEmpty()) {
                entities.add(new EntityChange(Change.CHANGED, before, after, aspects));
            }
        }
        for (Entity after : next.entities().values()) {
            if (pairing.baseId(after.id()) == null) {
                entities.add(new EntityChange(Change.ADDED, null, after, List.of()));
            }
        }
        entities.sort(ENTITY_ORDER);
        Set<Relation> held = new HashSet<>(next.relations());
        Set<Relation> carried = new HashSet<>();
        List<RelationChange> relations = new ArrayList<>();
        for (Relation relation : base.relations()) {
            String from = pairing.newId(relation.from());
            String to = pairing.newId(relation.to());
            Relation same = from == null || to == null ? null : new Relation(relation.kind(), from, to);
            if (same != null && held.contains(same)) {
                carried.add(same);
            } else {
                relations.add(new RelationChange(Change.REMOVED, relation, base.entities().get(relation.from()),
                        base.entities().get(relation.to())));
            }
        }
        for (Relation relation : next.relations()) {
            if (!carried.contains(relation)) {
                relations.add(new RelationChange(Change.ADDED, relation, next.entities().get(relation.from()),
                        next.entities().get(relation.to())));
            }
        }
        relations.sort(RELATION_ORDER);
        return new ModelChanges(entities, relations);
    }

    public boolean isEmpty() {
        return entities.isEmpty() && relations.isEmpty();
    }
}
