package dev.iammodeller.model;

/**
 * The relations a model stores. Trust is not among them: it is read from each role's trust policy (and
 * drawing a trust edge edits that policy).
 */
public enum RelationKind {
    /** user → group. */
    MEMBER_OF("memberOf"),
    /** managed policy → user, group or role. */
    ATTACHED_TO("attachedTo"),
    /** managed policy → user or role: the permissions boundary. */
    BOUNDARY_OF("boundaryOf"),
    /** compute → role. */
    RUNS_AS("runsAs"),
    /** SCP or RCP → organization root, organizational unit or account. */
    APPLIES_TO("appliesTo");

    private final String json;

    RelationKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static RelationKind byJson(String name) {
        for (RelationKind kind : values()) {
            if (kind.json.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
