package dev.iammodeller.eval;

/** What kind of caller makes a request. */
public enum PrincipalKind {
    /** An IAM user. */
    USER,
    /** A session of an IAM role (assumed role). */
    ROLE_SESSION,
    /** A federated user session from sts:GetFederationToken. */
    FEDERATED_USER,
    /** The account root user. */
    ROOT,
    /** A caller that did not sign the request. */
    ANONYMOUS,
    /** An AWS service principal such as lambda.amazonaws.com. */
    SERVICE,
    /** A SAML identity provider's user, calling sts:AssumeRoleWithSAML. */
    SAML_PROVIDER,
    /** An OpenID Connect provider's user, calling sts:AssumeRoleWithWebIdentity. */
    OIDC_PROVIDER;

    /** True for callers that can hold identity-based policies (and so permissions boundaries). */
    public boolean hasIdentityPolicies() {
        return this == USER || this == ROLE_SESSION || this == FEDERATED_USER;
    }
}
