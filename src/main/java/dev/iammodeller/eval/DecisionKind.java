package dev.iammodeller.eval;

/** The three answers of AWS's policy simulator. */
public enum DecisionKind {
    ALLOWED("allowed"), EXPLICIT_DENY("explicitDeny"), IMPLICIT_DENY("implicitDeny");

    private final String json;

    DecisionKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
