package dev.iammodeller.policy;

/** The Effect of a statement. */
public enum Effect {
    ALLOW("Allow"), DENY("Deny");

    private final String json;

    Effect(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
