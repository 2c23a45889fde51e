package dev.iammodeller.analysis.compare;

/** How something differs between the base model and the new one. */
public enum Change {
    /** Only in the new model: an added entity or relation, new reach, a new escalation path or finding. */
    ADDED("added"),
    /** Only in the base model: a removed entity or relation, lost reach, a closed path, a resolved finding. */
    REMOVED("removed"),
    /** In both, different. */
    CHANGED("changed");

    private final String word;

    Change(String word) {
        this.word = word;
    }

    /** The word the reports use: added, removed, changed. */
    public String word() {
        return word;
    }

    /** The word for this change of something that is opened and closed, raised and resolved...: "changed" stays. */
    public String word(String added, String removed) {
        return this == ADDED ? added : this == REMOVED ? removed : word;
    }
}
