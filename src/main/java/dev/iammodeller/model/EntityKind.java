package dev.iammodeller.model;

/** The kinds of thing a model holds, with the word the file format uses for each. */
public enum EntityKind {
    ORGANIZATION_ROOT("root"),
    ORGANIZATIONAL_UNIT("organizationalUnit"),
    ACCOUNT("account"),
    USER("user"),
    GROUP("group"),
    ROLE("role"),
    MANAGED_POLICY("managedPolicy"),
    INLINE_POLICY("inlinePolicy"),
    IDENTITY_PROVIDER("identityProvider"),
    SERVICE("service"),
    RESOURCE("resource"),
    COMPUTE("compute"),
    ORGANIZATION_POLICY("organizationPolicy"),
    PERMISSION_SET("permissionSet"),
    IDENTITY_CENTER_USER("identityCenterUser"),
    IDENTITY_CENTER_GROUP("identityCenterGroup");

    private final String json;

    EntityKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static EntityKind byJson(String name) {
        for (EntityKind kind : values()) {
            if (kind.json.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** Users and roles: the principals that identity policies and boundaries apply to. */
    public boolean isIamPrincipal() {
        return this == USER || this == ROLE;
    }

    /** Identity Center users and groups: they reach accounts through their assignments. */
    public boolean isIdentityCenterPrincipal() {
        return this == IDENTITY_CENTER_USER || this == IDENTITY_CENTER_GROUP;
    }
}
