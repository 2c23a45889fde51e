package dev.iammodeller.model;

import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a role's trust policy names, read from its Allow statements for sts:AssumeRole* (the model draws
 * these as trust edges; drawing one edits the policy). Principals the model does not hold (another
 * company's account) are kept as text.
 */
public final class TrustedPrincipals {
    private TrustedPrincipals() {
    }

    /** The principal strings (ARNs, account ids, service names, provider ARNs, "*") the trust policy allows. */
    public static List<String> named(Role role) {
        Set<String> out = new LinkedHashSet<>();
        PolicyDocument trust;
        try {
            trust = role.trustPolicy().document();
        } catch (PolicyParseException e) {
            return List.of();
        }
        for (Statement statement : trust.statements()) {
            if (statement.effect() != Effect.ALLOW || statement.principal() == null || statement.notPrincipal()
                    || !assumes(statement)) {
                continue;
            }
            if (statement.principal().everyone()) {
                out.add("*");
            }
            for (PrincipalEntry entry : statement.principal().entries()) {
                out.add(entry.value());
            }
        }
        return List.copyOf(out);
    }

    /**
     * True when the trust policy may let anyone in: an Allow for sts:AssumeRole* names {@code *} or uses
     * NotPrincipal (everyone but the principals it names).
     */
    public static boolean anyone(Role role) {
        PolicyDocument trust;
        try {
            trust = role.trustPolicy().document();
        } catch (PolicyParseException e) {
            return false;
        }
        for (Statement statement : trust.statements()) {
            if (statement.effect() == Effect.ALLOW && statement.principal() != null && assumes(statement)
                    && (statement.notPrincipal() || statement.principal().everyone()
                    || statement.principal().entries().stream().anyMatch(entry -> entry.value().equals("*")))) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the model's entities the role's trust policy names. */
    public static List<String> entities(IamModel model, Role role) {
        return entities(new TrustablePrincipals(model), role);
    }

    /**
     * The ids of the model's entities the role's trust policy names, looked up in {@code principals} (made once
     * for many roles: a scan of every entity per name costs seconds on a 3,000-principal model).
     */
    public static List<String> entities(TrustablePrincipals principals, Role role) {
        List<String> ids = new ArrayList<>();
        for (String principal : named(role)) {
            ids.addAll(principals.named(principal));
        }
        return ids;
    }

    private static boolean assumes(Statement statement) {
        for (ActionPattern action : statement.actions()) {
            if (action.matches("sts:AssumeRole") || action.matches("sts:AssumeRoleWithSAML")
                    || action.matches("sts:AssumeRoleWithWebIdentity")) {
                return !statement.notAction();
            }
        }
        return statement.notAction();
    }
}
