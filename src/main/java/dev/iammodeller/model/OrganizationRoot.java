package dev.iammodeller.model;

/**
 * The root of an AWS organization ({@code r-xxxx}), the top of its tree of organizational units, and the
 * organization's id ({@code o-xxxxxxxxxx}) when known: the value of {@code aws:PrincipalOrgID} for the principals
 * of its accounts and of {@code aws:ResourceOrgID} for their resources. Null when not known (drawn by hand).
 */
public record OrganizationRoot(String id, String name, String organizationId) implements Entity {
    /** The organization's id as AWS writes it: {@code o-} and 10 to 32 lower-case letters or digits. */
    public static final java.util.regex.Pattern ORGANIZATION_ID = java.util.regex.Pattern.compile("o-[a-z0-9]{10,32}");

    public OrganizationRoot(String id, String name) {
        this(id, name, null);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ORGANIZATION_ROOT;
    }
}
