package dev.iammodeller.cli;

import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.eval.RequestPrincipal;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the request objects of the {@code simulate} command (see the README for the shape): turns one
 * JSON object into an {@link AccessRequest} and its {@link PolicySet}. Every problem is a
 * {@link PolicyParseException} with line, column and JSON path.
 */
public final class SimulationRequestReader {
    private static final Set<String> FIELDS = Set.of("id", "principal", "action", "resource", "resourceAccount",
            "context", "identityPolicies", "permissionsBoundary", "sessionPolicy", "resourcePolicy",
            "vpcEndpointPolicies", "serviceControlPolicies", "resourceControlPolicies");

    private SimulationRequestReader() {
    }

    /** The request's id as text (a number id is kept as written), or null. */
    public static String id(Json value) {
        if (value instanceof Json.JsonObject object) {
            Json id = object.get("id");
            return id == null ? null : Json.scalarText(id);
        }
        return null;
    }

    public static SimulationRequest read(Json value) {
        if (!(value instanceof Json.JsonObject object)) {
            throw new PolicyParseException(value.position(), value.path(), "a request must be a JSON object, found "
                    + value.kind());
        }
        for (Map.Entry<String, Json> member : object.members().entrySet()) {
            if (!FIELDS.contains(member.getKey())) {
                throw new PolicyParseException(object.keyPosition(member.getKey()), member.getValue().path(),
                        "\"" + member.getKey() + "\" is not a request field (expected one of "
                                + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String principalText = requiredString(object, "principal");
        String action = requiredString(object, "action");
        String resource = requiredString(object, "resource");
        String resourceAccount = optionalString(object, "resourceAccount");

        RequestPrincipal principal;
        try {
            principal = RequestPrincipal.parse(principalText);
        } catch (IllegalArgumentException e) {
            throw at(object.get("principal"), e.getMessage());
        }
        RequestContext.Builder context = context(object.get("context"));
        AccessRequest request;
        try {
            request = AccessRequest.withDerivedContext(principal, action, resource, resourceAccount, context);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains("resourceAccount") ? "resourceAccount"
                    : e.getMessage().contains("action") || e.getMessage().contains("not an action") ? "action" : "resource";
            throw at(object.get(field), e.getMessage());
        }
        PolicySet policies = new PolicySet(
                policyList(object.get("identityPolicies")),
                policy(object.get("permissionsBoundary")),
                policy(object.get("sessionPolicy")),
                policy(object.get("resourcePolicy")),
                policyList(object.get("vpcEndpointPolicies")),
                levels(object.get("serviceControlPolicies")),
                levels(object.get("resourceControlPolicies")));
        return new SimulationRequest(id(object), request, policies);
    }

    private static RequestContext.Builder context(Json value) {
        RequestContext.Builder builder = RequestContext.builder();
        if (value == null || value instanceof Json.JsonNull) {
            return builder;
        }
        if (!(value instanceof Json.JsonObject object)) {
            throw at(value, "context must be an object of context keys, found " + value.kind());
        }
        for (Map.Entry<String, Json> member : object.members().entrySet()) {
            Json keyValue = member.getValue();
            if (keyValue instanceof Json.JsonArray array) {
                String[] values = new String[array.items().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Json.scalarText(array.items().get(i));
                    if (values[i] == null) {
                        throw at(array.items().get(i), "a context value must be a string, number or boolean");
                    }
                }
                builder.put(member.getKey(), values);
            } else if (Json.scalarText(keyValue) != null) {
                builder.put(member.getKey(), Json.scalarText(keyValue));
            } else if (!(keyValue instanceof Json.JsonNull)) {
                throw at(keyValue, "a context value must be a string, number, boolean or a list of them");
            }
        }
        return builder;
    }

    private static PolicyDocument policy(Json value) {
        return value == null || value instanceof Json.JsonNull ? null : PolicyReader.read(value);
    }

    private static List<PolicyDocument> policyList(Json value) {
        if (value == null || value instanceof Json.JsonNull) {
            return List.of();
        }
        if (!(value instanceof Json.JsonArray array)) {
            return List.of(PolicyReader.read(value));
        }
        List<PolicyDocument> out = new ArrayList<>(array.items().size());
        for (Json item : array.items()) {
            out.add(PolicyReader.read(item));
        }
        return out;
    }

    private static List<OrganizationLevel> levels(Json value) {
        if (value == null || value instanceof Json.JsonNull) {
            return List.of();
        }
        if (!(value instanceof Json.JsonArray array)) {
            throw at(value, "expected a list of {\"target\": ..., \"policies\": [...]} levels, found " + value.kind());
        }
        List<OrganizationLevel> out = new ArrayList<>(array.items().size());
        for (Json item : array.items()) {
            if (!(item instanceof Json.JsonObject level)) {
                throw at(item, "an organization level must be an object {\"target\": ..., \"policies\": [...]}");
            }
            String target = optionalString(level, "target");
            Json policies = level.get("policies");
            if (policies == null) {
                throw at(level, "the level has no \"policies\" list");
            }
            out.add(new OrganizationLevel(target == null ? "level " + out.size() : target, policyList(policies)));
        }
        return out;
    }

    private static String requiredString(Json.JsonObject object, String name) {
        String text = optionalString(object, name);
        if (text == null) {
            throw at(object, "the request has no \"" + name + "\"");
        }
        return text;
    }

    private static String optionalString(Json.JsonObject object, String name) {
        Json value = object.get(name);
        if (value == null || value instanceof Json.JsonNull) {
            return null;
        }
        if (value instanceof Json.JsonString s) {
            return s.value();
        }
        if (value instanceof Json.JsonNumber n) {
            return n.text();
        }
        throw at(value, "\"" + name + "\" must be a string, found " + value.kind());
    }

    private static PolicyParseException at(Json value, String problem) {
        return new PolicyParseException(value.position(), value.path(), problem);
    }
}
