package dev.iammodeller.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns policy JSON into a {@link PolicyDocument}. Accepts the policy as an object, as a JSON string
 * holding the policy text (as AWS returns it), or as URL-encoded text. Every problem is reported
 * as a {@link PolicyParseException} naming line, column and JSON path.
 */
public final class PolicyReader {
    private static final Set<String> POLICY_ELEMENTS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of(PrincipalEntry.AWS, PrincipalEntry.SERVICE,
            PrincipalEntry.FEDERATED, PrincipalEntry.CANONICAL_USER);

    private PolicyReader() {
    }

    /** Parses policy text (JSON, or URL-encoded JSON). */
    public static PolicyDocument parse(String text) {
        return read(JsonReader.read(decodeIfEncoded(text), "$"));
    }

    /** Reads a policy from a JSON value: an object, or a string holding the policy text. */
    public static PolicyDocument read(Json value) {
        return read(value, problem -> {
            throw problem;
        });
    }

    /**
     * Reads a policy and reports each problem to {@code problems} instead of stopping at the first:
     * a statement with a problem is left out, an unknown element or a bad Version is reported and
     * passed over. Returns null only when there is no policy object to read at all.
     */
    public static PolicyDocument readLeniently(Json value, Consumer<PolicyParseException> problems) {
        try {
            return read(value, problems);
        } catch (PolicyParseException e) {
            problems.accept(e);
            return null;
        }
    }

    private static PolicyDocument read(Json value, Consumer<PolicyParseException> problems) {
        if (value instanceof Json.JsonString text) {
            String decoded = decodeIfEncoded(text.value());
            Json inner;
            try {
                inner = JsonReader.read(decoded, text.path());
            } catch (PolicyParseException e) {
                throw new PolicyParseException("INVALID_JSON", text.position(), text.path(),
                        "the policy text is not valid JSON: " + e.getMessage());
            }
            return read(inner, problems);
        }
        Json.JsonObject root = object(value, "a policy must be a JSON object");
        Json versionValue = null;
        Json idValue = null;
        Json statementValue = null;
        for (int i = 0; i < root.size(); i++) {
            switch (root.name(i)) {
                case "Version":
                    versionValue = root.member(i);
                    break;
                case "Id":
                    idValue = root.member(i);
                    break;
                case "Statement":
                    statementValue = root.member(i);
                    break;
                default:
                    problems.accept(unknownElement(root, root.name(i), root.member(i), POLICY_ELEMENTS, "policy"));
            }
        }
        PolicyVersion version = PolicyVersion.V2012_10_17;
        try {
            version = version(versionValue);
        } catch (PolicyParseException e) {
            problems.accept(e);
        }
        String id = optionalString(idValue);
        if (statementValue == null) {
            throw new PolicyParseException("MISSING_STATEMENT", root.position(), root.path(),
                    "the policy has no Statement element");
        }
        List<Statement> statements = new ArrayList<>(statementValue instanceof Json.JsonArray list
                ? list.items().size() : 1);
        if (statementValue instanceof Json.JsonArray list) {
            if (list.items().isEmpty()) {
                throw new PolicyParseException("MISSING_STATEMENT", root.position(), root.path(),
                        "the Statement list is empty");
            }
            List<Json> items = list.items();
            for (int index = 0; index < items.size(); index++) {
                try {
                    statements.add(statement(items.get(index), index, version, problems));
                } catch (PolicyParseException e) {
                    problems.accept(e);
                }
            }
        } else {
            try {
                statements.add(statement(statementValue, 0, version, problems));
            } catch (PolicyParseException e) {
                problems.accept(e);
            }
        }
        return new PolicyDocument(version, id, Collections.unmodifiableList(statements), root.position(),
                root.path());
    }

    /** The policy text itself: URL-encoded text (as IAM returns it) decoded, anything else unchanged. */
    public static String policyText(String text) {
        return decodeIfEncoded(text);
    }

    private static String decodeIfEncoded(String text) {
        return PercentDecoding.looksEncoded(text) ? PercentDecoding.decode(text) : text;
    }

    private static PolicyVersion version(Json value) {
        if (value == null) {
            return PolicyVersion.ABSENT;
        }
        String text = value instanceof Json.JsonString s ? s.value() : null;
        if ("2012-10-17".equals(text)) {
            return PolicyVersion.V2012_10_17;
        }
        if ("2008-10-17".equals(text)) {
            return PolicyVersion.V2008_10_17;
        }
        throw new PolicyParseException("INVALID_VERSION", value.position(), value.path(),
                describe(value) + " is not a policy version (use \"2012-10-17\")");
    }

    private static Statement statement(Json value, int index, PolicyVersion version,
                                       Consumer<PolicyParseException> problems) {
        Json.JsonObject object = object(value, "a statement must be a JSON object");
        Json sidValue = null;
        Json effectValue = null;
        Json principalValue = null;
        Json actionValue = null;
        Json resourceValue = null;
        Json conditionValue = null;
        boolean notPrincipal = false;
        boolean notAction = false;
        boolean notResource = false;
        for (int i = 0; i < object.size(); i++) {
            String name = object.name(i);
            Json element = object.member(i);
            switch (name) {
                case "Sid":
                    sidValue = element;
                    break;
                case "Effect":
                    effectValue = element;
                    break;
                case "Principal":
                case "NotPrincipal":
                    notPrincipal = exclusive(object, principalValue, name, "Principal");
                    principalValue = element;
                    break;
                case "Action":
                case "NotAction":
                    notAction = exclusive(object, actionValue, name, "Action");
                    actionValue = element;
                    break;
                case "Resource":
                case "NotResource":
                    notResource = exclusive(object, resourceValue, name, "Resource");
                    resourceValue = element;
                    break;
                case "Condition":
                    conditionValue = element;
                    break;
                default:
                    problems.accept(unknownElement(object, name, element, STATEMENT_ELEMENTS, "statement"));
            }
        }
        String sid = optionalString(sidValue);
        if (effectValue == null) {
            throw new PolicyParseException("MISSING_EFFECT", object.position(), object.path(),
                    "the statement has no Effect element");
        }
        Effect effect;
        String effectText = effectValue instanceof Json.JsonString s ? s.value() : null;
        if ("Allow".equals(effectText)) {
            effect = Effect.ALLOW;
        } else if ("Deny".equals(effectText)) {
            effect = Effect.DENY;
        } else {
            throw new PolicyParseException("INVALID_EFFECT", effectValue.position(), effectValue.path(),
                    describe(effectValue) + " is not \"Allow\" or \"Deny\"");
        }
        PrincipalSpec principal = principal(principalValue);
        if (actionValue == null) {
            throw new PolicyParseException("MISSING_ACTION", object.position(), object.path(),
                    "the statement has no Action or NotAction element");
        }
        List<Json.JsonString> actionEntries = strings(actionValue);
        ActionPattern[] actions = new ActionPattern[actionEntries.size()];
        for (int i = 0; i < actions.length; i++) {
            Json.JsonString entry = actionEntries.get(i);
            actions[i] = ActionPattern.of(entry.value(), entry.position(), entry.path());
        }
        List<PolicyTemplate> resources = null;
        if (resourceValue != null) {
            List<Json.JsonString> resourceEntries = strings(resourceValue);
            PolicyTemplate[] templates = new PolicyTemplate[resourceEntries.size()];
            for (int i = 0; i < templates.length; i++) {
                templates[i] = PolicyTemplate.parse(resourceEntries.get(i).value(), version.supportsVariables(), false);
            }
            resources = Collections.unmodifiableList(Arrays.asList(templates));
        }
        List<Condition> conditions = conditions(conditionValue, version);
        return new Statement(index, sid, effect, effectValue.position(), principal, notPrincipal,
                ActionPatterns.of(actions), notAction, resources, notResource, conditions,
                object.position(), object.path());
    }

    /** Refuses an element and its Not form in one statement; returns whether {@code name} is the Not form. */
    private static boolean exclusive(Json.JsonObject object, Json earlier, String name, String element) {
        if (earlier != null) {
            throw new PolicyParseException("CONFLICTING_ELEMENTS", object.keyPosition(name), object.get(name).path(),
                    "a statement cannot have both " + element + " and Not" + element);
        }
        return name.startsWith("Not");
    }

    private static PrincipalSpec principal(Json value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Json.JsonString s) {
            if (!s.value().equals("*")) {
                throw new PolicyParseException("INVALID_PRINCIPAL", s.position(), s.path(),
                        "a Principal given as a string must be \"*\"; name principals as {\"AWS\": ...}, "
                                + "{\"Service\": ...} or {\"Federated\": ...}");
            }
            return new PrincipalSpec(true, List.of(), s.position(), s.path());
        }
        Json.JsonObject object = object(value, "Principal must be \"*\" or an object such as {\"AWS\": \"...\"}");
        List<PrincipalEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Json> member : object.members().entrySet()) {
            if (!PRINCIPAL_TYPES.contains(member.getKey())) {
                throw new PolicyParseException("INVALID_PRINCIPAL", object.keyPosition(member.getKey()),
                        member.getValue().path(), "\"" + member.getKey() + "\" is not a principal type (AWS, Service, Federated, CanonicalUser)");
            }
            for (Json.JsonString entry : strings(member.getValue())) {
                entries.add(new PrincipalEntry(member.getKey(), entry.value(), entry.position(), entry.path()));
            }
        }
        return new PrincipalSpec(false, List.copyOf(entries), object.position(), object.path());
    }

    private static List<Condition> conditions(Json value, PolicyVersion version) {
        if (value == null) {
            return List.of();
        }
        Json.JsonObject block = object(value, "Condition must be an object of operators");
        List<Condition> conditions = new ArrayList<>(2);
        for (int o = 0; o < block.size(); o++) {
            String operatorText = block.name(o);
            Json operatorValue = block.member(o);
            ParsedOperator parsed = ParsedOperator.of(operatorText);
            if (parsed == null) {
                throw new PolicyParseException("UNKNOWN_CONDITION_OPERATOR", block.keyPosition(o),
                        operatorValue.path(), "\"" + operatorText + "\" is not a condition operator");
            }
            ConditionOperator operator = parsed.operator();
            SetQualifier qualifier = parsed.qualifier();
            boolean ifExists = parsed.ifExists();
            if (!(operatorValue instanceof Json.JsonObject keys)) {
                throw problem(operatorValue, "the operator " + operatorText + " must hold an object of condition keys");
            }
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.name(k);
                Json values = keys.member(k);
                conditions.add(new Condition(operatorText, operator, qualifier, ifExists, key,
                        LowerCaseNames.of(key), conditionValues(values, version), keys.keyPosition(k),
                        values.path()));
            }
        }
        return Collections.unmodifiableList(conditions);
    }

    /** A string, or a list of strings (not empty), as a list of strings. */
    @SuppressWarnings("unchecked")
    private static List<Json.JsonString> strings(Json value) {
        if (value instanceof Json.JsonString s) {
            return List.of(s);
        }
        if (value instanceof Json.JsonArray array) {
            List<Json> items = array.items();
            for (int i = 0; i < items.size(); i++) {
                Json item = items.get(i);
                if (!(item instanceof Json.JsonString)) {
                    throw new PolicyParseException(item.position(), item.path(),
                            "expected a string here, found " + item.kind());
                }
            }
            if (items.isEmpty()) {
                throw new PolicyParseException(value.position(), value.path(), "the list is empty");
            }
            return (List<Json.JsonString>) (List<?>) array.items(); // every item is a string, checked above
        }
        throw new PolicyParseException(value.position(), value.path(),
                "expected a string or a list of strings, found " + value.kind());
    }

    /** The values of one condition key: a string, number or boolean, or a list of them. */
    private static List<PolicyTemplate> conditionValues(Json value, PolicyVersion version) {
        if (value instanceof Json.JsonArray array) {
            List<Json> items = array.items();
            PolicyTemplate[] out = new PolicyTemplate[items.size()];
            for (int i = 0; i < out.length; i++) {
                Json item = items.get(i);
                String text = Json.scalarText(item);
                if (text == null) {
                    throw new PolicyParseException(item.position(), item.path(),
                            "a condition value must be a string, number or boolean, found " + item.kind());
                }
                out[i] = PolicyTemplate.parse(text, version.supportsVariables(), false);
            }
            return Collections.unmodifiableList(Arrays.asList(out));
        }
        String text = Json.scalarText(value);
        if (text == null) {
            throw new PolicyParseException(value.position(), value.path(),
                    "a condition value must be a string, number, boolean or a list of them, found " + value.kind());
        }
        return List.of(PolicyTemplate.parse(text, version.supportsVariables(), false));
    }

    private static Json.JsonObject object(Json value, String problem) {
        if (value instanceof Json.JsonObject object) {
            return object;
        }
        throw problem(value, problem);
    }

    /** {@code problem}, naming what was found instead, at the value. */
    private static PolicyParseException problem(Json value, String problem) {
        return new PolicyParseException(value.position(), value.path(), problem + ", found " + value.kind());
    }

    private static String optionalString(Json value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Json.JsonString s) {
            return s.value();
        }
        throw new PolicyParseException(value.position(), value.path(), "expected a string, found " + value.kind());
    }

    private static PolicyParseException unknownElement(Json.JsonObject owner, String name, Json value,
                                                       Set<String> known, String where) {
        return new PolicyParseException("UNKNOWN_ELEMENT", owner.keyPosition(name), value.path(),
                "\"" + name + "\" is not a " + where + " element (expected one of " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
    }

    private static String describe(Json value) {
        String text = Json.scalarText(value);
        return text == null ? value.kind() : "\"" + text + "\"";
    }
}
