package dev.iammodeller.policy;

/** The policy language version. Policy variables are only understood under 2012-10-17. */
public enum PolicyVersion {
    V2012_10_17("2012-10-17"), V2008_10_17("2008-10-17"), ABSENT(null);

    private final String text;

    PolicyVersion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean supportsVariables() {
        return this == V2012_10_17;
    }
}
