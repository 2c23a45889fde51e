package dev.iammodeller.analysis.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.model.PolicyJson;
import dev.iammodeller.model.PolicyText;
import java.util.Collection;
import java.util.List;

/** The statements fixes write (a Deny, a boundary's), as JSON trees, and a new document of them. */
final class FixStatements {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FixStatements() {
    }

    /** {@code {"Effect": effect, "Action": [...], "Resource": [...]}}, a single action or resource as a string. */
    static ObjectNode statement(String sid, String effect, Collection<String> actions, Collection<String> resources) {
        ObjectNode statement = JSON.createObjectNode();
        if (sid != null) {
            statement.put("Sid", sid);
        }
        statement.put("Effect", effect);
        statement.set("Action", strings(actions));
        statement.set("Resource", strings(resources));
        return statement;
    }

    /** Adds {@code "Condition": {operator: {key: value}}} to a statement. */
    static ObjectNode withCondition(ObjectNode statement, String operator, String key, String value) {
        ObjectNode condition = statement.has("Condition") && statement.get("Condition") instanceof ObjectNode c ? c
                : statement.putObject("Condition");
        ObjectNode byOperator = condition.has(operator) && condition.get(operator) instanceof ObjectNode o ? o
                : condition.putObject(operator);
        byOperator.put(key, value);
        return statement;
    }

    static PolicyText document(List<ObjectNode> statements) {
        ObjectNode document = JSON.createObjectNode();
        document.put("Version", "2012-10-17");
        ArrayNode list = document.putArray("Statement");
        statements.forEach(list::add);
        return PolicyJson.text(document);
    }

    static JsonNode strings(Collection<String> values) {
        if (values.size() == 1) {
            return JSON.getNodeFactory().textNode(values.iterator().next());
        }
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
