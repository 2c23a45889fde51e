package dev.iammodeller.analysis;

import java.util.List;

/**
 * A role a principal can assume: the chain of roles from the first hop to this one (one role session
 * at a time: each hop leaves the previous role's permissions behind), whether it is allowed outright
 * or only if conditions hold, and the context keys those conditions ask for (an external id, MFA, the
 * SAML audience).
 */
public record Assumption(String roleId, List<String> chain, Reach reach, List<String> conditions) {
    /** How a role is reached. */
    public enum Reach { ALLOWED, CONDITIONAL }
}
