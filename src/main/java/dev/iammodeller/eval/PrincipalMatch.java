package dev.iammodeller.eval;

/**
 * How a resource-based policy's Principal names the caller, weakest first. The strength decides what
 * else must allow in the same account: a grant to the account defers to identity policies, a grant to
 * a role is still limited by the session's permissions boundary and session policy, and a grant to the
 * user, the role session or everyone ({@code *}) stands on its own.
 */
public enum PrincipalMatch {
    NONE, ACCOUNT, ROLE, DIRECT;

    PrincipalMatch strongest(PrincipalMatch other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
