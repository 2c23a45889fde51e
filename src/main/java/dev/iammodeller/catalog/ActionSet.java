package dev.iammodeller.catalog;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable set of actions of one catalogue, as bits indexed by action id: what an {@code Action} or
 * {@code NotAction} element covers. Sets of different catalogues do not mix.
 */
public final class ActionSet {
    private final List<Action> universe;
    private final BitSet bits;

    /** Takes {@code bits} as its own: the caller must not change it afterwards. */
    ActionSet(List<Action> universe, BitSet bits) {
        this.universe = universe;
        this.bits = bits;
    }

    public int size() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    public boolean contains(int id) {
        return id >= 0 && bits.get(id);
    }

    public boolean contains(Action action) {
        return contains(action.id()) && action.id() < universe.size() && universe.get(action.id()).equals(action);
    }

    public ActionSet union(ActionSet other) {
        BitSet result = copy(other);
        result.or(other.bits);
        return new ActionSet(universe, result);
    }

    public ActionSet intersect(ActionSet other) {
        BitSet result = copy(other);
        result.and(other.bits);
        return new ActionSet(universe, result);
    }

    public ActionSet minus(ActionSet other) {
        BitSet result = copy(other);
        result.andNot(other.bits);
        return new ActionSet(universe, result);
    }

    /** Every action of the catalogue that is not in this set: what a {@code NotAction} of the same actions covers. */
    public ActionSet complement() {
        BitSet result = (BitSet) bits.clone();
        result.flip(0, universe.size());
        return new ActionSet(universe, result);
    }

    /** The actions in id order. */
    public Stream<Action> stream() {
        return bits.stream().mapToObj(universe::get);
    }

    /** The action ids in increasing order. */
    public IntStream ids() {
        return bits.stream();
    }

    private BitSet copy(ActionSet other) {
        if (other.universe != universe) {
            throw new IllegalArgumentException("action sets of two different catalogues");
        }
        return (BitSet) bits.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionSet other && other.universe == universe && other.bits.equals(bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return "ActionSet[" + size() + " of " + universe.size() + " actions]";
    }
}
