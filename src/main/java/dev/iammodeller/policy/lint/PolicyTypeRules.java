package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.ResourceControlPolicyServices;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyVersion;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.Statement;
import java.util.Locale;

/** The rules of each kind of policy: who it names, which elements it must or must not have. */
final class PolicyTypeRules {
    /** The unique ids IAM gives users (AIDA...) and roles (AROA...), among others. */
    private static final java.util.regex.Pattern UNIQUE_ID = java.util.regex.Pattern.compile("A[A-Z0-9]{3}[A-Z0-9]{12,}");

    private PolicyTypeRules() {
    }

    static void check(LintSubject subject, LintFindings findings) {
        if ((subject.type() == PolicyType.SCP || subject.type() == PolicyType.RCP)
                && subject.document().version() != PolicyVersion.V2012_10_17) {
            Json version = subject.root().get("Version");
            findings.add("INVALID_VERSION", LintSeverity.ERROR, version != null ? version : subject.root(),
                    "every " + subject.type().name() + " must have \"Version\": \"2012-10-17\"");
        }
        for (Statement statement : subject.document().statements()) {
            Json.JsonObject json = subject.json(statement);
            principal(subject, statement, json, findings);
            resource(subject, statement, json, findings);
            if (subject.type() == PolicyType.TRUST) {
                trustActions(statement, findings);
            }
            if (subject.type() == PolicyType.RCP) {
                resourceControlPolicy(statement, json, findings);
            }
        }
    }

    private static void principal(LintSubject subject, Statement statement, Json.JsonObject json, LintFindings findings) {
        String element = statement.notPrincipal() ? "NotPrincipal" : "Principal";
        if (statement.principal() == null) {
            if (subject.type().namesPrincipals()) {
                findings.add("MISSING_PRINCIPAL", LintSeverity.ERROR, json, "a " + subject.type().cliName()
                        + " policy statement must say whom it applies to: add a Principal element");
            }
            return;
        }
        if (!subject.type().namesPrincipals()
                || (subject.type() == PolicyType.TRUST && statement.notPrincipal())) {
            findings.add("PRINCIPAL_NOT_ALLOWED", LintSeverity.ERROR, json.keyPosition(element), json.get(element).path(),
                    principalNotAllowed(subject.type(), element));
            return;
        }
        if (statement.notPrincipal() && statement.effect() == Effect.ALLOW) {
            findings.add("NOT_PRINCIPAL_WITH_ALLOW", LintSeverity.ERROR, json.keyPosition(element),
                    json.get(element).path(), "NotPrincipal with Allow grants everyone but the principals named, "
                            + "anonymous callers included; name the principals to allow in Principal instead");
        }
        for (PrincipalEntry entry : statement.principal().entries()) {
            String value = entry.value();
            if (Placeholders.holdsOne(value)) {
                Placeholders.report(entry.position(), entry.path(), value, findings);
            } else if (entry.type().equals(PrincipalEntry.AWS) && UNIQUE_ID.matcher(value).matches()) {
                findings.add("PRINCIPAL_UNIQUE_ID", LintSeverity.WARNING, entry.position(), entry.path(), "\"" + value
                        + "\" is a unique id: IAM writes it in place of a principal that was deleted, and it "
                        + "matches no one now; name an existing principal");
            } else if (entry.type().equals(PrincipalEntry.AWS) && !value.equals("*") && !Arn.isAccountId(value)
                    && Arn.parseOrNull(value) == null) {
                findings.add("MALFORMED_ARN", LintSeverity.ERROR, entry.position(), entry.path(), "\"" + value
                        + "\" is not an AWS principal: use an ARN such as arn:aws:iam::111122223333:role/name, "
                        + "a 12-digit account id, or \"*\"");
            }
        }
    }

    private static String principalNotAllowed(PolicyType type, String element) {
        if (type == PolicyType.TRUST) {
            return "a trust policy cannot use NotPrincipal: name the principals that may assume the role in Principal";
        }
        if (type == PolicyType.SCP) {
            return "an SCP has no " + element + ": it limits every principal of the accounts it is attached to";
        }
        return "a " + type.cliName() + " policy has no " + element
                + ": it applies to the user, group or role it is attached to";
    }

    private static void resource(LintSubject subject, Statement statement, Json.JsonObject json, LintFindings findings) {
        String element = statement.notResource() ? "NotResource" : "Resource";
        if (subject.type() == PolicyType.TRUST && statement.resources() != null) {
            findings.add("RESOURCE_NOT_ALLOWED", LintSeverity.ERROR, json.keyPosition(element), json.get(element).path(),
                    "a trust policy has no " + element + ": the resource is the role it belongs to");
        } else if (subject.type().needsResource() && statement.resources() == null) {
            findings.add("MISSING_RESOURCE", LintSeverity.ERROR, json, "the statement needs a Resource element: "
                    + "name the resources it applies to, or \"*\"");
        }
    }

    private static void trustActions(Statement statement, LintFindings findings) {
        for (ActionPattern action : statement.actions()) {
            if (!action.text().toLowerCase(Locale.ROOT).startsWith("sts:")) {
                findings.add("TRUST_ACTION_NOT_STS", LintSeverity.ERROR, action.position(), action.path(),
                        "a trust policy says who may assume the role: its actions are sts: actions such as "
                                + "sts:AssumeRole, not \"" + action.text() + "\"");
            }
        }
    }

    private static void resourceControlPolicy(Statement statement, Json.JsonObject json, LintFindings findings) {
        if (statement.notAction()) {
            findings.add("RCP_ELEMENT_NOT_SUPPORTED", LintSeverity.ERROR, json.keyPosition("NotAction"),
                    json.get("NotAction").path(), "resource control policies have no NotAction element: list the "
                            + "actions to deny in Action");
        }
        if (statement.effect() == Effect.ALLOW && !isFullAccess(statement)) {
            findings.add("RCP_ALLOW_NOT_SUPPORTED", LintSeverity.ERROR, statement.effectPosition(),
                    json.get("Effect").path(), "resource control policies only deny; Allow is reserved for the "
                            + "AWS-managed RCPFullAWSAccess");
        }
        if (statement.principal() != null && (statement.notPrincipal() || !statement.principal().everyone())) {
            String element = statement.notPrincipal() ? "NotPrincipal" : "Principal";
            findings.add("RCP_PRINCIPAL_NOT_STAR", LintSeverity.ERROR, json.keyPosition(element), json.get(element).path(),
                    "a resource control policy's Principal must be \"*\": narrow it with conditions such as "
                            + "aws:PrincipalOrgID");
        }
        for (ActionPattern action : statement.actions()) {
            String prefix = action.servicePrefix();
            if (prefix != null && !ResourceControlPolicyServices.covers(prefix)) {
                findings.add("RCP_UNSUPPORTED_SERVICE", LintSeverity.ERROR, action.position(), action.path(),
                        "resource control policies do not apply to " + prefix + ": this statement would have "
                                + "no effect on \"" + action.text() + "\"");
            }
        }
    }

    private static boolean isFullAccess(Statement statement) {
        return statement.principal() != null && statement.principal().everyone() && !statement.notPrincipal()
                && !statement.notAction() && statement.actions().size() == 1
                && statement.actions().get(0).text().equals("*") && statement.resources() != null
                && !statement.notResource() && statement.resources().size() == 1
                && statement.resources().get(0).text().equals("*") && statement.conditions().isEmpty();
    }
}
