package dev.iammodeller.model;

/**
 * The relations a model stores. Trust is not among them: it is read from each role's trust policy (and
 * drawing a trust edge edits that policy).
 */
public enum RelationKind {
    /** user → group; Identity Center user → Identity Center group. */
    MEMBER_OF("memberOf"),
    /** managed policy → user, group, role or permission set. */
    ATTACHED_TO("attachedTo"),
    /** managed policy → user, role or permission set: the permissions boundary. */
    BOUNDARY_OF("boundaryOf"),
    /** compute → role. */
    RUNS_AS("runsAs"),
    /** SCP or RCP → organization root, organizational unit or account. */
    APPLIES_TO("appliesTo"),
    /** Identity Center permission set → the role it provisions in an account. */
    PROVISIONS("provisions"),
    /**
     * Identity Center user or group → a provisioned role: the account assignment of the role's permission set
     * in the role's account.
     */
    ASSIGNED_TO("assignedTo");

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
