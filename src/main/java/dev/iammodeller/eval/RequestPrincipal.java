package dev.iammodeller.eval;

import dev.iammodeller.policy.Arn;

/**
 * The caller of a request, parsed from the principal string of a request: an IAM user, role or
 * assumed-role ARN, a federated user, the account root, {@code anonymous}, a service principal, or an
 * identity provider.
 *
 * @param roleArn    for role sessions: the role's ARN if the path is known, else null
 * @param roleName   for role sessions: the role's name
 * @param sessionArn for role sessions: the assumed-role ARN if the session name is known, else null
 */
public record RequestPrincipal(PrincipalKind kind, String text, String partition, String account, String name,
                               String path, String roleArn, String roleName, String sessionArn) {

    public static final String ANONYMOUS = "anonymous";

    public static RequestPrincipal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the principal is empty");
        }
        if (text.equals(ANONYMOUS) || text.equals("*")) {
            return new RequestPrincipal(PrincipalKind.ANONYMOUS, ANONYMOUS, "aws", null, null, null, null, null, null);
        }
        if (!text.startsWith("arn:")) {
            if (text.matches("[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?")) {
                return new RequestPrincipal(PrincipalKind.SERVICE, text, "aws", null, text, null, null, null, null);
            }
            throw new IllegalArgumentException("\"" + text + "\" is not a principal (expected an IAM or STS ARN, "
                    + "a service principal such as lambda.amazonaws.com, or \"anonymous\")");
        }
        Arn arn = Arn.parseOrNull(text);
        if (arn == null || !Arn.isAccountId(arn.account()) || !arn.region().isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a principal ARN (expected for example "
                    + "arn:aws:iam::111111111111:user/alice)");
        }
        String resource = arn.resource();
        if (arn.service().equals("iam")) {
            if (resource.equals("root")) {
                return new RequestPrincipal(PrincipalKind.ROOT, text, arn.partition(), arn.account(), "root", "/",
                        null, null, null);
            }
            String type = arn.resourceType();
            String[] pathAndName = pathAndName(text, resource.substring(Math.min(resource.length(), type.length() + 1)));
            switch (type) {
                case "user":
                    return new RequestPrincipal(PrincipalKind.USER, text, arn.partition(), arn.account(),
                            pathAndName[1], pathAndName[0], null, null, null);
                case "role":
                    return new RequestPrincipal(PrincipalKind.ROLE_SESSION, text, arn.partition(), arn.account(),
                            pathAndName[1], pathAndName[0], text, pathAndName[1], null);
                case "saml-provider":
                    return new RequestPrincipal(PrincipalKind.SAML_PROVIDER, text, arn.partition(), arn.account(),
                            pathAndName[1], null, null, null, null);
                case "oidc-provider":
                    return new RequestPrincipal(PrincipalKind.OIDC_PROVIDER, text, arn.partition(), arn.account(),
                            resource.substring(type.length() + 1), null, null, null, null);
                default:
                    break;
            }
        } else if (arn.service().equals("sts")) {
            String[] parts = resource.split("/");
            if (parts.length == 3 && parts[0].equals("assumed-role") && !parts[1].isEmpty() && !parts[2].isEmpty()) {
                return new RequestPrincipal(PrincipalKind.ROLE_SESSION, text, arn.partition(), arn.account(),
                        parts[2], null, null, parts[1], text);
            }
            if (parts.length == 2 && parts[0].equals("federated-user") && !parts[1].isEmpty()) {
                return new RequestPrincipal(PrincipalKind.FEDERATED_USER, text, arn.partition(), arn.account(),
                        parts[1], null, null, null, null);
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a principal ARN (a user, role, assumed-role, "
                + "federated-user, root, saml-provider or oidc-provider ARN)");
    }

    private static String[] pathAndName(String text, String pathAndName) {
        int slash = pathAndName.lastIndexOf('/');
        String name = pathAndName.substring(slash + 1);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" has no name after its path");
        }
        String path = slash < 0 ? "/" : "/" + pathAndName.substring(0, slash + 1);
        return new String[] {path.replace("//", "/"), name};
    }

    /** The ARN of this principal's account root, {@code arn:aws:iam::ACCOUNT:root}, or null. */
    public String accountRootArn() {
        return account == null ? null : "arn:" + partition + ":iam::" + account + ":root";
    }

    /** True for a session of a service-linked role, which SCPs and RCPs do not restrict. */
    public boolean isServiceLinkedRole() {
        if (kind != PrincipalKind.ROLE_SESSION) {
            return false;
        }
        return (path != null && path.startsWith("/aws-service-role/"))
                || (roleName != null && roleName.startsWith("AWSServiceRoleFor"));
    }

    /** The value of aws:PrincipalArn: for a role session, its role's ARN. */
    public String principalArn() {
        if (kind == PrincipalKind.ROLE_SESSION) {
            return roleArn != null ? roleArn : "arn:" + partition + ":iam::" + account + ":role/" + roleName;
        }
        return kind == PrincipalKind.ANONYMOUS || kind == PrincipalKind.SERVICE ? null : text;
    }

    /** The value of aws:PrincipalType. */
    public String principalType() {
        switch (kind) {
            case USER:
                return "User";
            case ROLE_SESSION:
                return "AssumedRole";
            case FEDERATED_USER:
                return "FederatedUser";
            case ROOT:
                return "Account";
            case ANONYMOUS:
                return "Anonymous";
            default:
                return null;
        }
    }
}
