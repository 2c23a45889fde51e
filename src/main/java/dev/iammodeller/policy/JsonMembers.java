package dev.iammodeller.policy;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a JSON object (or the places of their names), in the order of the text, as an
 * unmodifiable map held in two arrays: a quarter of the memory of a linked hash map, and walked by
 * index without following a link per member, which is most of the work of reading a policy already
 * parsed. Names are distinct. Objects of many members are also indexed by name.
 */
public final class JsonMembers<V> extends AbstractMap<String, V> {
    /** Objects with more members than this are indexed; smaller ones are searched in order. */
    private static final int SEARCHED = 8;

    private final String[] names;
    private final Object[] values;
    private final Map<String, Integer> index;

    private JsonMembers(String[] names, Object[] values, Map<String, Integer> index) {
        this.names = names;
        this.values = values;
        this.index = index;
    }

    /** Members with these distinct names and values, in this order; the arrays are kept, not copied. */
    static <V> JsonMembers<V> of(String[] names, Object[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("as many names as values");
        }
        Map<String, Integer> index = null;
        if (names.length > SEARCHED) {
            index = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                if (index.putIfAbsent(names[i], i) != null) {
                    throw new IllegalArgumentException("the name \"" + names[i] + "\" is there twice");
                }
            }
        } else {
            for (int i = 1; i < names.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (names[i].equals(names[j])) {
                        throw new IllegalArgumentException("the name \"" + names[i] + "\" is there twice");
                    }
                }
            }
        }
        return new JsonMembers<>(names, values, index);
    }

    /** The members of any map, in its order (these members themselves when they are held so already). */
    static <V> JsonMembers<V> copyOf(Map<String, V> map) {
        if (map instanceof JsonMembers<V> members) {
            return members;
        }
        String[] names = new String[map.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (Map.Entry<String, V> entry : map.entrySet()) {
            names[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return of(names, values);
    }

    /**
     * The values of {@code map} for the names of these members, in their order (null for a name it
     * lacks): places of names kept beside the members they name, sharing the array of names.
     */
    <W> JsonMembers<W> aligned(Map<String, W> map) {
        if (map instanceof JsonMembers<W> other && other.names == names) {
            return other;
        }
        Object[] out = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = map.get(names[i]);
        }
        return new JsonMembers<>(names, out, index);
    }

    /** Other values for the same names, in the same order (the places of the names, say). */
    <W> JsonMembers<W> withValues(Object[] others) {
        if (others.length != names.length) {
            throw new IllegalArgumentException("as many values as names");
        }
        return new JsonMembers<>(names, others, index);
    }

    /** The place of a name in the order, or -1. */
    int indexOf(Object name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String name(int i) {
        return names[i];
    }

    @SuppressWarnings("unchecked")
    V value(int i) {
        return (V) values[i];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public V get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : value(i);
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], value(i));
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], value(i));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
