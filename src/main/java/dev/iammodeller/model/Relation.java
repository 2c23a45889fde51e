package dev.iammodeller.model;

import java.util.Comparator;

/** A stored relation between two entities, by their ids. */
public record Relation(RelationKind kind, String from, String to) implements Comparable<Relation> {
    private static final Comparator<Relation> ORDER = Comparator.comparing(Relation::kind)
            .thenComparing(Relation::from).thenComparing(Relation::to);

    @Override
    public int compareTo(Relation other) {
        return ORDER.compare(this, other);
    }
}
