package dev.iammodeller.analysis.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.Disconnect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.RemoveEntity;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.User;
import dev.iammodeller.model.PolicyJson;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.UpdateEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixes for a finding that is not an escalation path (those are {@link PathFixes}'): for EXTERNAL_TRUST, the
 * {@code sts:ExternalId} condition on each trust statement that lets another account assume the role without one
 * (the value a placeholder to replace by the one agreed with the third party); for LONG_LIVED_ACCESS_KEYS, deleting
 * the keys; for RESOURCE_OPEN_TO_EVERYONE, an {@code aws:PrincipalAccount} condition naming the resource's own
 * account; for UNUSED_TRUST, deleting the role; for ADMIN_EQUIVALENT, detaching each policy that grants it. {@link #closes} checks a fix on the
 * model it would make: the finding is no longer reported as it was (high), or not at all.
 */
public final class FindingFixes {
    /** What the fix writes for the external id, for the reviewer to replace. */
    public static final String EXTERNAL_ID = "replace-with-the-id-agreed-with-the-third-party";
    private static final Pattern ACCOUNT = Pattern.compile("(?:^|:)(\\d{12})(?::|$)");

    private FindingFixes() {
    }

    public static List<Fix> of(IamModel model, Finding finding) {
        List<Fix> out = new ArrayList<>();
        Entity subject = model.entities().get(finding.subjectId());
        switch (finding.code()) {
            case Findings.EXTERNAL_TRUST -> {
                if (subject instanceof Role role) {
                    externalId(role).ifPresent(out::add);
                }
            }
            case Findings.LONG_LIVED_ACCESS_KEYS -> {
                if (subject instanceof User user && user.accessKeys()) {
                    String title = "Delete the access keys of " + user.name()
                            + " (give whoever uses them a role to assume instead)";
                    out.add(new Fix(Fix.Kind.REMOVE_CREDENTIALS, title, new UpdateEntity(new User(user.id(), user.account(),
                            user.name(), user.path(), false, user.consolePassword(), user.tags()), title)));
                }
            }
            case Findings.RESOURCE_OPEN_TO_EVERYONE -> {
                if (subject instanceof Resource resource) {
                    ownAccountOnly(resource).ifPresent(out::add);
                }
            }
            case Findings.UNUSED_TRUST -> {
                if (subject instanceof Role role) {
                    String title = "Delete role " + role.name() + ", which nothing in the model can assume";
                    out.add(new Fix(Fix.Kind.REMOVE_ROLE, title, new CompoundCommand(title,
                            List.of(new RemoveEntity(role.id())))));
                }
            }
            case Findings.ADMIN_EQUIVALENT -> out.addAll(detachGrants(model, finding));
            default -> {
            }
        }
        return out;
    }

    /**
     * True when, once the fix is applied, the finding of this code and subject is gone or less severe (an
     * admin-equivalent principal asked again of the evaluator, against {@code catalog}, on the model the fix makes).
     */
    public static boolean closes(Catalog catalog, IamModel model, Finding finding, Fix fix) {
        IamModel after = fix.command().apply(model);
        List<Finding> again = switch (finding.code()) {
            case Findings.EXTERNAL_TRUST -> Findings.externalTrust(after);
            case Findings.LONG_LIVED_ACCESS_KEYS -> Findings.longLivedAccessKeys(after);
            case Findings.RESOURCE_OPEN_TO_EVERYONE -> Findings.resourcesOpenToEveryone(after);
            case Findings.UNUSED_TRUST -> Findings.unusedTrust(after);
            case Findings.ADMIN_EQUIVALENT -> Findings.adminEquivalent(catalog, new AccessCheck(after));
            default -> List.of(finding);
        };
        return again.stream().noneMatch(f -> f.subjectId().equals(finding.subjectId())
                && f.severity().compareTo(finding.severity()) <= 0);
    }

    /**
     * For RESOURCE_OPEN_TO_EVERYONE: each Allow statement for everyone without a condition gets
     * {@code aws:PrincipalAccount} equal to the resource's own account, so that only its own principals are let in.
     */
    private static Optional<Fix> ownAccountOnly(Resource resource) {
        if (resource.policy() == null || resource.account() == null) {
            return Optional.empty();
        }
        Optional<ObjectNode> document = PolicyJson.read(resource.policy());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        int changed = 0;
        for (JsonNode each : PolicyJson.statements(document.get())) {
            if (each instanceof ObjectNode statement && "Allow".equals(statement.path("Effect").asText())
                    && everyone(statement.path("Principal")) && statement.path("Condition").isMissingNode()) {
                FixStatements.withCondition(statement, "StringEquals", "aws:PrincipalAccount", resource.account());
                changed++;
            }
        }
        if (changed == 0) {
            return Optional.empty();
        }
        String title = "Let only principals of account " + resource.account() + " in through the policy of "
                + resource.name() + " (aws:PrincipalAccount)";
        return Optional.of(new Fix(Fix.Kind.CONDITION, title, new UpdateEntity(new Resource(resource.id(),
                resource.account(), resource.name(), resource.type(), resource.arn(), PolicyJson.text(document.get())),
                title)));
    }

    private static boolean everyone(JsonNode principal) {
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        JsonNode aws = principal.path("AWS");
        if (aws.isTextual()) {
            return aws.asText().equals("*");
        }
        if (aws.isArray()) {
            for (JsonNode value : aws) {
                if (value.asText().equals("*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For ADMIN_EQUIVALENT: removing the attachment of each managed policy the finding names as granting (to the
     * principal or to one of its groups), one fix each; whether that alone closes it is for {@link #closes} to say.
     */
    private static List<Fix> detachGrants(IamModel model, Finding finding) {
        List<Fix> out = new ArrayList<>();
        List<String> holders = new ArrayList<>(List.of(finding.subjectId()));
        model.from(finding.subjectId(), RelationKind.MEMBER_OF).forEach(r -> holders.add(r.to()));
        for (String holder : holders) {
            for (Relation attached : model.to(holder, RelationKind.ATTACHED_TO)) {
                if (finding.related().contains(attached.from())
                        && model.entities().get(attached.from()) instanceof ManagedPolicy policy) {
                    String title = "Detach " + policy.name() + " from " + model.entities().get(holder).name();
                    out.add(new Fix(Fix.Kind.REMOVE_ATTACHMENT, title, new CompoundCommand(title,
                            List.of(new Disconnect(attached)))));
                }
            }
        }
        return out;
    }

    private static Optional<Fix> externalId(Role role) {
        Optional<ObjectNode> document = PolicyJson.read(role.trustPolicy());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode statements = PolicyJson.statements(document.get());
        int changed = 0;
        for (JsonNode each : statements) {
            if (each instanceof ObjectNode statement && "Allow".equals(statement.path("Effect").asText())
                    && outsideOnly(statement.path("Principal").path("AWS"), role.account())
                    && !statement.path("Condition").toString().toLowerCase(java.util.Locale.ROOT).contains("sts:externalid")) {
                FixStatements.withCondition(statement, "StringEquals", "sts:ExternalId", EXTERNAL_ID);
                changed++;
            }
        }
        if (changed == 0) {
            return Optional.empty();
        }
        String title = "Require an sts:ExternalId in the trust policy of " + role.name()
                + " (then replace the value by the one agreed with the third party)";
        Role guarded = new Role(role.id(), role.account(), role.name(), role.path(),
                PolicyJson.text(document.get()), role.maxSessionHours(), role.description(), role.tags());
        return Optional.of(new Fix(Fix.Kind.CONDITION, title, new UpdateEntity(guarded, title)));
    }

    /** True when the statement names AWS principals and every one is of an account other than the role's. */
    private static boolean outsideOnly(JsonNode aws, String roleAccount) {
        List<String> values = new ArrayList<>();
        if (aws.isTextual()) {
            values.add(aws.asText());
        } else if (aws.isArray()) {
            aws.forEach(v -> values.add(v.asText()));
        }
        if (values.isEmpty()) {
            return false;
        }
        for (String value : values) {
            Matcher account = ACCOUNT.matcher(value);
            if (!account.find() || account.group(1).equals(roleAccount)) {
                return false;
            }
        }
        return true;
    }
}
