package dev.iammodeller.model;

/**
 * A SAML or OpenID Connect identity provider of an account; its users reach AWS by assuming a role
 * whose trust policy names the provider. For OIDC the name is the provider's host and path.
 */
public record IdentityProvider(String id, String account, Type type, String name) implements Entity {
    /** The two federation protocols IAM supports. */
    public enum Type { SAML, OIDC }

    @Override
    public EntityKind kind() {
        return EntityKind.IDENTITY_PROVIDER;
    }

    @Override
    public String arn() {
        return "arn:aws:iam::" + account + (type == Type.SAML ? ":saml-provider/" : ":oidc-provider/") + name;
    }
}
