package dev.iammodeller.eval;

import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.PrincipalSpec;

/** Matches the Principal (or NotPrincipal) element of a statement against the caller of a request. */
final class PrincipalMatcher {
    private PrincipalMatcher() {
    }

    /** How strongly {@code spec} names {@code principal}; NONE when it does not. */
    static PrincipalMatch match(PrincipalSpec spec, RequestPrincipal principal) {
        if (spec.everyone()) {
            return PrincipalMatch.DIRECT;
        }
        PrincipalMatch best = PrincipalMatch.NONE;
        for (PrincipalEntry entry : spec.entries()) {
            best = best.strongest(matchEntry(entry, principal));
            if (best == PrincipalMatch.DIRECT) {
                break;
            }
        }
        return best;
    }

    /**
     * True when a NotPrincipal element excepts the caller. AWS may check the caller's account, then its
     * role, then its session ("include both the ARN for a role and the ARN for the account"), so the
     * caller is excepted only when every identity it has is listed.
     */
    static boolean excepts(PrincipalSpec spec, RequestPrincipal principal) {
        if (spec.everyone()) {
            return true;
        }
        switch (principal.kind()) {
            case USER:
            case FEDERATED_USER:
                return listsAccount(spec, principal) && listsAws(spec, principal.text());
            case ROLE_SESSION:
                return listsAccount(spec, principal) && listsRole(spec, principal)
                        && principal.sessionArn() != null && listsAws(spec, principal.sessionArn());
            case ROOT:
                return listsAccount(spec, principal);
            case ANONYMOUS:
                return false;
            default:
                return match(spec, principal) != PrincipalMatch.NONE;
        }
    }

    private static boolean listsAccount(PrincipalSpec spec, RequestPrincipal principal) {
        for (PrincipalEntry entry : spec.entries()) {
            if (entry.type().equals(PrincipalEntry.AWS) && (entry.value().equals(principal.account())
                    || entry.value().equals(principal.accountRootArn()) || entry.value().equals("*"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean listsAws(PrincipalSpec spec, String arn) {
        for (PrincipalEntry entry : spec.entries()) {
            if (entry.type().equals(PrincipalEntry.AWS) && (entry.value().equals(arn) || entry.value().equals("*"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean listsRole(PrincipalSpec spec, RequestPrincipal principal) {
        for (PrincipalEntry entry : spec.entries()) {
            if (entry.type().equals(PrincipalEntry.AWS) && (entry.value().equals("*") || namesRole(entry.value(), principal))) {
                return true;
            }
        }
        return false;
    }

    private static PrincipalMatch matchEntry(PrincipalEntry entry, RequestPrincipal principal) {
        String value = entry.value();
        switch (entry.type()) {
            case PrincipalEntry.AWS:
                return matchAws(value, principal);
            case PrincipalEntry.SERVICE:
                return principal.kind() == PrincipalKind.SERVICE && value.equalsIgnoreCase(principal.name())
                        ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
            case PrincipalEntry.FEDERATED:
                return matchFederated(value, principal);
            default:
                return PrincipalMatch.NONE;
        }
    }

    private static PrincipalMatch matchAws(String value, RequestPrincipal principal) {
        if (value.equals("*")) {
            return PrincipalMatch.DIRECT;
        }
        if (principal.account() == null || principal.kind() == PrincipalKind.SAML_PROVIDER
                || principal.kind() == PrincipalKind.OIDC_PROVIDER) {
            return PrincipalMatch.NONE;
        }
        if (value.equals(principal.account()) || value.equals(principal.accountRootArn())) {
            return PrincipalMatch.ACCOUNT;
        }
        switch (principal.kind()) {
            case USER:
            case FEDERATED_USER:
                return value.equals(principal.text()) ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
            case ROLE_SESSION:
                if (principal.sessionArn() != null && value.equals(principal.sessionArn())) {
                    return PrincipalMatch.DIRECT;
                }
                return namesRole(value, principal) ? PrincipalMatch.ROLE : PrincipalMatch.NONE;
            default:
                return PrincipalMatch.NONE;
        }
    }

    /** True when {@code value} is the ARN of the session's role (by name when the path is unknown). */
    private static boolean namesRole(String value, RequestPrincipal principal) {
        if (principal.roleArn() != null) {
            return value.equals(principal.roleArn());
        }
        Arn arn = Arn.parseOrNull(value);
        return arn != null && arn.service().equals("iam") && arn.account().equals(principal.account())
                && arn.partition().equals(principal.partition()) && arn.resource().startsWith("role/")
                && arn.resource().endsWith("/" + principal.roleName());
    }

    private static PrincipalMatch matchFederated(String value, RequestPrincipal principal) {
        if (value.equals(principal.text())) {
            return PrincipalMatch.DIRECT;
        }
        if (principal.kind() == PrincipalKind.OIDC_PROVIDER && value.equals(principal.name())) {
            return PrincipalMatch.DIRECT;
        }
        return PrincipalMatch.NONE;
    }
}
