package dev.iammodeller.analysis.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.model.IamModel;
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
 * (the value a placeholder to replace by the one agreed with the third party). {@link #closes} checks a fix on the
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
        if (Findings.EXTERNAL_TRUST.equals(finding.code())
                && model.entities().get(finding.subjectId()) instanceof Role role) {
            externalId(role).ifPresent(out::add);
        }
        return out;
    }

    /** True when, once the fix is applied, the finding of this code and subject is gone or less severe. */
    public static boolean closes(IamModel model, Finding finding, Fix fix) {
        IamModel after = fix.command().apply(model);
        List<Finding> again = Findings.EXTERNAL_TRUST.equals(finding.code()) ? Findings.externalTrust(after) : List.of();
        return again.stream().noneMatch(f -> f.subjectId().equals(finding.subjectId())
                && f.severity().compareTo(finding.severity()) <= 0);
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
