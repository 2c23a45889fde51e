package dev.iammodeller.analysis.findings;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.EntitiesByArn;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * EXTERNAL_TRUST: one finding per role whose trust policy lets principals outside the organization assume
 * it, listing them: an account outside the model's organization (when the role's account is in one), else
 * any account other than the role's own; or everyone ({@code "*"}). Each is guarded by {@code sts:ExternalId}
 * (or, for everyone, by {@code aws:PrincipalOrgID}/{@code aws:PrincipalOrgPaths}) or not; high when one of
 * them is unguarded, else info.
 */
final class ExternalTrustFinding {
    /** Condition keys that keep a trusted outsider from being tricked or an unknown account from assuming a role. */
    static final List<String> TRUST_GUARDS = List.of("sts:ExternalId", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths");

    private static final String EVERYONE_RULE = "A trust policy with Principal \"*\" lets principals of every AWS account"
            + " assume the role unless a condition such as aws:PrincipalOrgID limits them to your organization.";
    private static final String ACCOUNT_RULE = "A role that trusts another account lets every principal that account"
            + " allows to call sts:AssumeRole assume it; for a third party, require an sts:ExternalId agreed with it so"
            + " that it cannot be tricked into using your role for someone else (the confused deputy).";

    private ExternalTrustFinding() {
    }

    /** One outside principal the trust names: how it reads, and whether every statement naming it guards it. */
    private record Outsider(String principal, String text, boolean guarded, String entityId) {
    }

    static List<Finding> find(IamModel model) {
        List<Finding> out = new ArrayList<>();
        EntitiesByArn byArn = new EntitiesByArn(model);
        for (Role role : model.all(Role.class)) {
            PolicyDocument trust = FindingText.trust(role);
            if (trust == null) {
                continue;
            }
            // principal text → guards of each statement naming it (empty list: a statement without a guard)
            Map<String, List<List<String>>> named = new LinkedHashMap<>();
            Map<String, String> accounts = new HashMap<>();
            for (Statement statement : trust.statements()) {
                if (statement.effect() != Effect.ALLOW || statement.principal() == null || statement.notPrincipal()
                        || !statement.coversAction("sts:AssumeRole")) {
                    continue;
                }
                List<String> guards = guards(statement);
                if (statement.principal().everyone()) {
                    named.computeIfAbsent("*", k -> new ArrayList<>()).add(guards);
                }
                for (PrincipalEntry entry : statement.principal().entries()) {
                    if (!entry.type().equals(PrincipalEntry.AWS)) {
                        continue;
                    }
                    String account = accountOf(entry.value());
                    if (entry.value().equals("*") || (account != null && external(model, role, account))) {
                        named.computeIfAbsent(entry.value(), k -> new ArrayList<>()).add(guards);
                        accounts.put(entry.value(), account);
                    }
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            List<Outsider> outsiders = new ArrayList<>();
            named.forEach((principal, statements) -> outsiders.add(outsider(model, byArn, role, principal,
                    accounts.get(principal), statements)));
            out.add(finding(role, outsiders));
        }
        return out;
    }

    private static Finding finding(Role role, List<Outsider> outsiders) {
        boolean guarded = outsiders.stream().allMatch(Outsider::guarded);
        boolean everyone = outsiders.stream().anyMatch(o -> o.principal().equals("*"));
        String message;
        if (outsiders.size() == 1) {
            message = "Role " + role.name() + " can be assumed by " + outsiders.get(0).text() + ".";
        } else {
            List<String> texts = outsiders.stream().map(Outsider::text).toList();
            message = "Role " + role.name() + " can be assumed from outside its organization by " + outsiders.size()
                    + " principals: " + String.join("; ", texts) + ".";
        }
        List<String> path = new ArrayList<>(outsiders.stream().map(Outsider::principal).toList());
        path.add(FindingText.reference(role));
        List<String> related = outsiders.stream().map(Outsider::entityId).filter(id -> id != null).toList();
        return FindingText.about(Findings.EXTERNAL_TRUST, guarded ? Severity.INFO : Severity.HIGH, role, message,
                everyone ? EVERYONE_RULE : ACCOUNT_RULE, path, related);
    }

    private static Outsider outsider(IamModel model, EntitiesByArn byArn, Role role, String principal, String account,
                                     List<List<String>> statements) {
        boolean everyone = principal.equals("*");
        Set<String> guards = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean guarded = true;
        for (List<String> statementGuards : statements) {
            List<String> effective = everyone ? statementGuards.stream().filter(g -> !g.equalsIgnoreCase("sts:ExternalId")).toList()
                    : statementGuards;
            guarded &= !effective.isEmpty();
            guards.addAll(statementGuards);
        }
        if (everyone) {
            return new Outsider(principal, "any principal of any AWS account" + (guarded
                    ? ", narrowed by " + String.join(", ", guards)
                    : guards.isEmpty() ? ", with no condition that narrows it"
                    : " (" + String.join(", ", guards) + " alone does not narrow it: an external id is not a secret)"),
                    guarded, null);
        }
        String described = model.account(account).map(a -> a.name() + ", " + account).orElse(account);
        boolean inModel = model.account(account).isPresent();
        String who = (principal.equals(account) || principal.endsWith(":root") ? "account " + described
                : principal + " (account " + described + ")")
                + (!inModel ? ", an account the model does not hold"
                : model.account(role.account()).map(a -> a.parent() != null).orElse(false)
                ? ", outside the organization of the role's account"
                : ", another account (the role's account is in no organization)");
        boolean accountWide = principal.equals(account) || principal.endsWith(":root");
        String accountId = model.account(account).map(Account::id).orElse(null);
        String entityId = accountWide ? accountId : byArn.entity(principal).map(dev.iammodeller.model.Entity::id).orElse(accountId);
        return new Outsider(principal, who + (guarded ? ", only with " + String.join(" and ", guards)
                + " as its trust policy requires" : ", with no sts:ExternalId or aws:PrincipalOrgID condition"), guarded,
                entityId);
    }

    /** The first entity (in id order) with each ARN, indexed when first asked: one pass over the model, not one per outsider. */
    /** The guard keys a statement's conditions require (an IfExists operator guards nothing: an absent key passes). */
    private static List<String> guards(Statement statement) {
        List<String> out = new ArrayList<>();
        for (Condition condition : statement.conditions()) {
            if (condition.ifExists() || condition.operatorText().toLowerCase(Locale.ROOT).contains("not")
                    || condition.operatorText().equalsIgnoreCase("Null")) {
                continue;
            }
            for (String guard : TRUST_GUARDS) {
                if (guard.equalsIgnoreCase(condition.key()) && !out.contains(guard)) {
                    out.add(guard);
                }
            }
        }
        return out;
    }

    /** The 12-digit account an AWS principal value names, or null. */
    static String accountOf(String principal) {
        if (Arn.isAccountId(principal)) {
            return principal;
        }
        Arn arn = Arn.parseOrNull(principal);
        return arn != null && Arn.isAccountId(arn.account()) ? arn.account() : null;
    }

    /**
     * True when an account is outside the role's organization: when the role's account is in the model's
     * organization, any account not in it; otherwise any account but the role's own.
     */
    static boolean external(IamModel model, Role role, String account) {
        if (account.equals(role.account())) {
            return false;
        }
        boolean roleInOrganization = model.account(role.account()).map(a -> a.parent() != null).orElse(false);
        if (!roleInOrganization) {
            return true;
        }
        return model.account(account).map((Account a) -> a.parent() == null).orElse(true);
    }
}
