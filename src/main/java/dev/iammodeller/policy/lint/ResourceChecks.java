package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionResourceType;
import dev.iammodeller.catalog.ResourceType;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks Resource entries: each must be an ARN or "*"; an action named exactly must have a resource
 * type that one of the (literal) Resource entries can be.
 */
final class ResourceChecks {
    private ResourceChecks() {
    }

    static void check(LintSubject subject, LintFindings findings) {
        for (Statement statement : subject.document().statements()) {
            if (statement.resources() == null) {
                continue;
            }
            List<Json.JsonString> resources = subject.resources(statement);
            boolean allLiteral = !statement.notResource();
            for (Json.JsonString resource : resources) {
                String text = resource.value();
                if (text.equals("*")) {
                    allLiteral = false;
                    continue;
                }
                if (Placeholders.holdsOne(text)) {
                    Placeholders.report(resource, findings);
                    allLiteral = false;
                } else if (Arn.parseOrNull(text) == null) {
                    findings.add("MALFORMED_ARN", LintSeverity.ERROR, resource, "\"" + text + "\" is not an ARN: write "
                            + "arn:partition:service:region:account:resource (for example arn:aws:s3:::my-bucket/*), or \"*\"");
                    allLiteral = false;
                } else if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.contains("${")) {
                    allLiteral = false;
                }
            }
            if (allLiteral && !statement.notAction() && !resources.isEmpty()) {
                resourceTypes(subject, statement, resources, findings);
            }
        }
    }

    private static void resourceTypes(LintSubject subject, Statement statement, List<Json.JsonString> resources,
                                      LintFindings findings) {
        Set<String> given = new HashSet<>();
        for (Json.JsonString resource : resources) {
            for (ResourceType type : subject.catalog().resourceTypesMatching(resource.value())) {
                given.add(type.service() + ":" + type.name());
            }
        }
        for (ActionPattern pattern : statement.actions()) {
            if (pattern.text().indexOf('*') >= 0 || pattern.text().indexOf('?') >= 0) {
                continue;
            }
            Optional<Action> action = subject.catalog().action(pattern.text());
            if (action.isEmpty() || action.get().resourceTypes().isEmpty()) {
                continue;
            }
            boolean fits = false;
            StringBuilder wanted = new StringBuilder();
            for (ActionResourceType type : action.get().resourceTypes()) {
                if (type.name().isEmpty()) {
                    fits = true;
                    break;
                }
                fits |= given.contains(action.get().service() + ":" + type.name());
                wanted.append(wanted.length() == 0 ? "" : ", ").append(type.name());
            }
            if (!fits) {
                findings.add("RESOURCE_TYPE_MISMATCH", LintSeverity.WARNING, pattern.position(), pattern.path(),
                        action.get().fullName() + " acts on " + wanted + ", and no Resource of this statement is one: "
                                + "the statement never allows it; add a matching ARN or move the action");
            }
        }
    }
}
