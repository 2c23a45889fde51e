package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.ConditionKey;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.ConditionOperator;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyVersion;
import dev.iammodeller.policy.Statement;
import java.util.Optional;

/**
 * Checks conditions against the catalogue's condition keys (unknown keys; operators of a type the key
 * never has, which can never match) and policy variables written under a version that ignores them.
 */
final class ConditionChecks {
    private ConditionChecks() {
    }

    static void check(LintSubject subject, LintFindings findings) {
        boolean variables = subject.document().version() == PolicyVersion.V2012_10_17;
        for (Statement statement : subject.document().statements()) {
            Json.JsonObject json = subject.json(statement);
            Json conditionJson = json.get("Condition");
            for (Condition condition : statement.conditions()) {
                Optional<ConditionKey> key = subject.catalog().conditionKey(condition.key());
                if (key.isEmpty() && isIdentityProviderKey(condition.key())) {
                    key = Optional.of(new ConditionKey(condition.key(), "String"));
                }
                if (key.isEmpty()) {
                    findings.add("UNKNOWN_CONDITION_KEY", LintSeverity.WARNING, condition.position(), condition.path(),
                            "the catalogue knows no condition key \"" + condition.key() + "\": a key AWS never "
                                    + "sends makes the condition fail (or, negated, always hold)");
                } else {
                    String expected = expectedType(condition.operator());
                    if (expected != null && !fits(key.get(), expected)
                            && conditionJson instanceof Json.JsonObject operators) {
                        findings.add("CONDITION_TYPE_MISMATCH", LintSeverity.ERROR,
                                operators.keyPosition(condition.operatorText()), operators.get(condition.operatorText()).path(),
                                condition.operatorText() + " compares " + expected + " values, but " + condition.key()
                                        + " is of type " + key.get().type() + ": the condition can never match");
                    }
                }
                if (!variables && conditionJson instanceof Json.JsonObject operators
                        && operators.get(condition.operatorText()) instanceof Json.JsonObject keys) {
                    for (Json.JsonString value : LintSubject.strings(keys.get(condition.key()))) {
                        if (value.value().contains("${")) {
                            findings.add("VARIABLE_IN_OLD_VERSION", LintSeverity.WARNING, value, oldVersion(value.value()));
                        }
                    }
                }
            }
            if (!variables) {
                for (Json.JsonString resource : subject.resources(statement)) {
                    if (resource.value().contains("${")) {
                        findings.add("VARIABLE_IN_OLD_VERSION", LintSeverity.WARNING, resource, oldVersion(resource.value()));
                    }
                }
            }
        }
    }

    /**
     * Keys of identity providers are named after the provider's host, such as
     * {@code token.actions.githubusercontent.com:sub} or {@code accounts.google.com:aud}: strings.
     */
    private static boolean isIdentityProviderKey(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && key.substring(0, colon).indexOf('.') > 0 && colon < key.length() - 1;
    }

    private static String oldVersion(String text) {
        return "\"" + text + "\" holds a policy variable, but without \"Version\": \"2012-10-17\" it is plain text: "
                + "set the Version";
    }

    private static boolean fits(ConditionKey key, String expected) {
        String type = key.type().replace("ArrayOf", "");
        return type.equalsIgnoreCase(expected)
                // aws:EpochTime is documented for both date and numeric operators
                || (key.name().equalsIgnoreCase("aws:EpochTime") && expected.equals("Numeric"));
    }

    /** The key type an operator family compares, or null when any type will do. */
    private static String expectedType(ConditionOperator operator) {
        switch (operator.family()) {
            case NUMERIC:
                return "Numeric";
            case DATE:
                return "Date";
            case IP_ADDRESS:
                return "IPAddress";
            case BINARY:
                return "Binary";
            default:
                return null;
        }
    }
}
