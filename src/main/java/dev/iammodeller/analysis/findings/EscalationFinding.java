package dev.iammodeller.analysis.findings;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationGain;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntitiesByArn;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ESCALATION: one finding per principal with escalation paths, saying what it can gain (administrator
 * access, or the permissions of N principals) and its shortest path (to admin when it has one), from the
 * escalation analysis's grouped answer: high when it gains admin, else medium; one level lower when the path
 * is only possible (it needs compute or a password the model cannot show), saying what must exist.
 */
final class EscalationFinding {
    private EscalationFinding() {
    }

    static List<Finding> find(AccessCheck check) {
        IamModel model = check.model();
        EntitiesByArn byArn = new EntitiesByArn(model);
        List<Finding> out = new ArrayList<>();
        gainsByPrincipal(check).forEach((principalId, gains) -> model.entity(principalId)
                .ifPresent(principal -> out.add(finding(principal, gains, byArn))));
        return out;
    }

    /** What each principal can gain, by principal id in id order: the escalation analysis's grouped answer. */
    static Map<String, List<EscalationGain>> gainsByPrincipal(AccessCheck check) {
        Map<String, List<EscalationGain>> out = new LinkedHashMap<>();
        for (EscalationGain gain : EscalationAnalysis.grouped(check)) {
            out.computeIfAbsent(gain.principalId(), id -> new ArrayList<>()).add(gain);
        }
        return out;
    }

    private static Finding finding(Entity principal, List<EscalationGain> entries, EntitiesByArn byArn) {
        boolean admin = entries.stream().anyMatch(EscalationGain::gainsAdmin);
        EscalationPath shortest = entries.stream().map(EscalationGain::path).filter(p -> !admin || p.gainsAdmin())
                .min(Comparator.comparingInt((EscalationPath p) -> p.steps().size())
                        .thenComparing(p -> p.assumes().isEmpty() ? 0 : 1)).orElseThrow();
        int paths = entries.stream().mapToInt(e -> 1 + e.alternatives()).sum();
        int others = admin ? entries.stream().mapToInt(EscalationGain::alsoGains).sum() : 0;
        Set<String> gained = new LinkedHashSet<>();
        for (EscalationGain entry : entries) {
            if (!entry.gainsAdmin()) {
                gained.add(entry.gains());
            }
        }
        List<String> names = gained.stream().map(arn -> byArn.entity(arn).map(FindingText::kindAndName).orElse(arn)).toList();
        String principals = gained.size() == 1 ? "1 principal" : gained.size() + " principals";
        String gains = admin ? "administrator access (every action on every resource)"
                + (others == 0 ? "" : " and so the permissions of " + (others == 1 ? "1 other principal"
                : others + " other principals"))
                : "the permissions of " + principals + " (" + FindingText.list(names) + ")";
        boolean possible = !shortest.assumes().isEmpty();
        List<String> actions = shortest.steps().stream().map(EscalationStep::action).toList();
        String onlyIf = shortest.conditions().isEmpty() ? "" : ", setting " + String.join(", ", shortest.conditions());
        List<String> steps = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (EscalationStep step : shortest.steps()) {
            steps.add(step.action() + " on " + step.target() + (step.note() == null || step.note().isBlank() ? ""
                    : ": " + step.note()));
            byArn.entity(step.target()).ifPresent(entity -> related.add(entity.id()));
        }
        if (!shortest.gainsAdmin()) {
            byArn.entity(shortest.gains()).ifPresent(entity -> related.add(entity.id()));
        }
        int count = shortest.steps().size();
        String message = FindingText.subject(principal) + (possible ? " possibly" : "") + " can gain " + gains
                + "; the shortest path" + (admin ? " to administrator" : "") + " takes " + count
                + (count == 1 ? " step" : " steps") + " (" + String.join(", then ", actions) + onlyIf + "; rule "
                + shortest.rule() + ")" + (paths == 1 ? "" : ", one of " + paths + " paths")
                + (possible ? "; it opens only if " + String.join(" and ", shortest.assumes()).replace(" must exist", "")
                + " exists" : "") + ".";
        Severity severity = admin ? (possible ? Severity.MEDIUM : Severity.HIGH) : (possible ? Severity.LOW : Severity.MEDIUM);
        return FindingText.about(Findings.ESCALATION, severity, principal, message, rule(actions), steps, related);
    }

    /** The IAM rule behind an escalation, by the kind of permission its steps use. */
    static String rule(List<String> actions) {
        String all = String.join(" ", actions).toLowerCase(Locale.ROOT);
        if (all.contains("iam:passrole")) {
            return "iam:PassRole lets a principal hand a role to a service (Lambda, EC2, CloudFormation...), and whatever"
                    + " that service then runs acts with the role's permissions, so passing a stronger role than your"
                    + " own is a way to use its permissions.";
        }
        if (all.contains("permissionsboundary")) {
            return "A permissions boundary caps what an identity's policies grant; a principal that may delete or replace"
                    + " its own boundary removes that cap.";
        }
        if (all.contains("updateassumerolepolicy")) {
            return "A role's trust policy decides who may assume it; whoever may rewrite it can name itself and then"
                    + " assume the role with all its permissions.";
        }
        if (all.contains("addusertogroup")) {
            return "A user gets the permissions of every group it is in, so adding yourself to a stronger group gives"
                    + " you its permissions.";
        }
        if (all.contains("iam:createaccesskey") || all.contains("loginprofile")) {
            return "Access keys and console passwords are credentials: whoever may create them for another user can"
                    + " sign in as that user and use all its permissions.";
        }
        if (all.contains("updatefunctioncode") || all.contains("ssm:sendcommand") || all.contains("ssm:startsession")
                || all.contains("codebuild:") || all.contains("glue:")) {
            return "Compute acts with the role it runs as, so whoever may change what it runs (its code, a command, a"
                    + " build) makes it act for them with that role's permissions.";
        }
        if (all.contains("policy") || all.contains("policyversion")) {
            return "Permission-management actions (writing, attaching or choosing the default version of a policy)"
                    + " are power over every permission they can write: a principal that may apply them to itself, or to"
                    + " an identity it controls, can grant itself anything.";
        }
        return "A principal that may change permissions, credentials or what compute runs can give itself more than"
                + " its own policies grant.";
    }
}
