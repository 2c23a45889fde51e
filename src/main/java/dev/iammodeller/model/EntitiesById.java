package dev.iammodeller.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entities of a model by id, immutable: walked in id order (as model files, reports and every list show them),
 * looked up by hash. A sorted map alone compares a long id ({@code user-123456789012-user-1234}) a dozen times a
 * look-up, and opening a large account looks up its entities some hundred thousand times.
 */
final class EntitiesById extends AbstractMap<String, Entity> {
    static final EntitiesById EMPTY = new EntitiesById(new TreeMap<>());
    private final TreeMap<String, Entity> sorted;
    /** Made at the first look-up: the models an edit history keeps are seldom looked into. */
    private volatile Map<String, Entity> byId;

    private EntitiesById(TreeMap<String, Entity> sorted) {
        this.sorted = sorted;
    }

    private Map<String, Entity> byId() {
        Map<String, Entity> made = byId;
        if (made == null) {
            made = new HashMap<>(sorted); // the same map whichever thread makes it: never changed once made
            byId = made;
        }
        return made;
    }

    /** These entities as such a map: the very one when it is one already (it never changes). */
    static EntitiesById of(Map<String, Entity> entities) {
        if (entities instanceof EntitiesById already) {
            return already;
        }
        return entities.isEmpty() ? EMPTY : new EntitiesById(new TreeMap<>(entities));
    }

    /** A sorted copy to change, made in one pass (the entries are in order already). */
    TreeMap<String, Entity> copy() {
        return new TreeMap<>(sorted);
    }

    /** A map made from such a copy, changed: the copy is kept, not copied again. */
    static EntitiesById taking(TreeMap<String, Entity> copy) {
        return new EntitiesById(copy);
    }

    @Override
    public Entity get(Object id) {
        return byId().get(id);
    }

    @Override
    public boolean containsKey(Object id) {
        return byId().containsKey(id);
    }

    @Override
    public int size() {
        return sorted.size();
    }

    @Override
    public boolean isEmpty() {
        return sorted.isEmpty();
    }

    @Override
    public Set<Entry<String, Entity>> entrySet() {
        return Collections.unmodifiableSet(sorted.entrySet());
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(sorted.keySet());
    }

    @Override
    public Collection<Entity> values() {
        return Collections.unmodifiableCollection(sorted.values());
    }
}
