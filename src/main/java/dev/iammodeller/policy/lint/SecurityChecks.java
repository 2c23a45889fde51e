package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.Statement;
import java.util.List;
import java.util.Set;

/** Grants that are valid but dangerous: the things a security reviewer must see first. */
final class SecurityChecks {
    private static final List<String> POLICY_WRITES = List.of("iam:CreatePolicyVersion", "iam:PutUserPolicy",
            "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:AttachUserPolicy", "iam:AttachGroupPolicy",
            "iam:AttachRolePolicy");
    private static final Set<String> TRUST_GUARDS = Set.of("sts:externalid", "aws:principalorgid", "aws:principalorgpaths");

    private SecurityChecks() {
    }

    static void check(LintSubject subject, LintFindings findings) {
        PolicyType type = subject.type();
        boolean grants = type == PolicyType.IDENTITY || type == PolicyType.SESSION;
        for (Statement statement : subject.document().statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            Json.JsonObject json = subject.json(statement);
            if (statement.notAction() && type != PolicyType.RCP) {
                findings.add("ALLOW_WITH_NOT_ACTION", LintSeverity.SECURITY_WARNING, json.keyPosition("NotAction"),
                        json.get("NotAction").path(), "Allow with NotAction grants every action not listed, including "
                                + "actions AWS adds later: list the actions to allow instead");
            }
            boolean onAll = onEveryResource(statement);
            if (grants && onAll && !statement.notAction()) {
                grants(statement, json, findings);
            }
            if ((type == PolicyType.RESOURCE || type == PolicyType.TRUST) && statement.principal() != null
                    && !statement.notPrincipal()) {
                openToEveryone(statement, json, findings);
                if (type == PolicyType.TRUST) {
                    crossAccountTrust(subject, statement, findings);
                }
            }
        }
    }

    private static boolean onEveryResource(Statement statement) {
        if (statement.resources() == null || statement.notResource()) {
            return false;
        }
        for (PolicyTemplate resource : statement.resources()) {
            if (resource.text().equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static void grants(Statement statement, Json.JsonObject json, LintFindings findings) {
        for (ActionPattern action : statement.actions()) {
            if (action.text().equals("*")) {
                if (statement.conditions().isEmpty()) {
                    findings.add("ALLOW_ALL_ON_ALL", LintSeverity.SECURITY_WARNING, json, "this statement allows every "
                            + "action on every resource: the principal is an administrator; grant only what it needs");
                }
                continue;
            }
            if (action.matches("iam:PassRole") && !hasCondition(statement, "iam:passedtoservice")) {
                findings.add("PASS_ROLE_ON_ALL", LintSeverity.SECURITY_WARNING, action.position(), action.path(),
                        "\"" + action.text() + "\" on \"*\" lets the principal pass any role, admin roles included, to "
                                + "a service that runs as it: name the roles in Resource");
            }
            for (String write : POLICY_WRITES) {
                if (action.matches(write)) {
                    findings.add("PERMISSIONS_MANAGEMENT_ON_ALL", LintSeverity.SECURITY_WARNING, action.position(),
                            action.path(), "\"" + action.text() + "\" on \"*\" lets the principal change any policy, "
                                    + "its own included, and so grant itself anything: name the resources");
                    break;
                }
            }
        }
    }

    private static boolean hasCondition(Statement statement, String lowerCaseKey) {
        for (Condition condition : statement.conditions()) {
            if (condition.lowerKey().equals(lowerCaseKey)) {
                return true;
            }
        }
        return false;
    }

    private static void openToEveryone(Statement statement, Json.JsonObject json, LintFindings findings) {
        boolean everyone = statement.principal().everyone();
        for (PrincipalEntry entry : statement.principal().entries()) {
            everyone |= entry.type().equals(PrincipalEntry.AWS) && entry.value().equals("*");
        }
        if (everyone && statement.conditions().isEmpty()) {
            findings.add("OPEN_TO_EVERYONE", LintSeverity.SECURITY_WARNING, json.get("Principal"), "Principal \"*\" "
                    + "with no condition opens this to everyone, anonymous callers included: name the principals or "
                    + "add a condition such as aws:PrincipalOrgID");
        }
    }

    private static void crossAccountTrust(LintSubject subject, Statement statement, LintFindings findings) {
        for (Condition condition : statement.conditions()) {
            if (TRUST_GUARDS.contains(condition.lowerKey())) {
                return;
            }
        }
        for (PrincipalEntry entry : statement.principal().entries()) {
            String account = accountOf(entry);
            if (account != null && !account.equals(subject.options().account())) {
                findings.add("CROSS_ACCOUNT_TRUST_WITHOUT_GUARD", LintSeverity.SECURITY_WARNING, entry.position(),
                        entry.path(), "the role trusts account " + account + " with no sts:ExternalId or "
                                + "aws:PrincipalOrgID condition: a third party should present an external id "
                                + "(the confused deputy problem)");
            }
        }
    }

    private static String accountOf(PrincipalEntry entry) {
        if (!entry.type().equals(PrincipalEntry.AWS)) {
            return null;
        }
        if (Arn.isAccountId(entry.value())) {
            return entry.value();
        }
        Arn arn = Arn.parseOrNull(entry.value());
        return arn != null && Arn.isAccountId(arn.account()) ? arn.account() : null;
    }
}
