package dev.iammodeller.policy.lint;

import java.util.Locale;

/**
 * The kind of policy a text is meant to be: the rules of each kind differ (a trust policy names a
 * principal and has no Resource; an SCP names none) and so do their size limits.
 */
public enum PolicyType {
    IDENTITY(6144, false, true),
    RESOURCE(0, true, true),
    TRUST(2048, true, false),
    SCP(5120, false, true),
    RCP(5120, true, true),
    BOUNDARY(6144, false, true),
    SESSION(2048, false, true);

    private final int sizeLimit;
    private final boolean namesPrincipals;
    private final boolean needsResource;

    PolicyType(int sizeLimit, boolean namesPrincipals, boolean needsResource) {
        this.sizeLimit = sizeLimit;
        this.namesPrincipals = namesPrincipals;
        this.needsResource = needsResource;
    }

    /** The type for its command-line name ({@code identity}, {@code scp}, ...). */
    public static PolicyType byName(String name) {
        for (PolicyType type : values()) {
            if (type.cliName().equals(name.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a policy type (identity, resource, trust, scp, rcp, boundary, session)");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Characters other than white space the policy may hold; 0 when no limit is checked. */
    public int sizeLimit() {
        return sizeLimit;
    }

    /** True when every statement must name a principal (resource, trust and resource control policies). */
    public boolean namesPrincipals() {
        return namesPrincipals;
    }

    /**
     * True when white space counts toward the size limit: AWS Organizations counts every character of
     * an SCP or RCP; IAM does not count white space in its policies.
     */
    public boolean countsWhiteSpace() {
        return this == SCP || this == RCP;
    }

    /** True when every statement needs Resource or NotResource (all but trust policies). */
    public boolean needsResource() {
        return needsResource;
    }
}
