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

/**
 * Reads the request objects of the {@code simulate} command (see the README for the shape): turns one
 * JSON object into an {@link AccessRequest} and its {@link PolicySet}. Every problem is a
 * {@link PolicyParseException} with line, column and JSON path.
 */
public final class SimulationRequestReader {
    /** The fields of a request; a field's place in this list is its number below. */
    private static final List<String> FIELD_NAMES = List.of("id", "principal", "action", "resource",
            "resourceAccount", "context", "identityPolicies", "permissionsBoundary", "sessionPolicy",
            "resourcePolicy", "vpcEndpointPolicies", "serviceControlPolicies", "resourceControlPolicies");
    private static final int ID = 0;
    private static final int PRINCIPAL = 1;
    private static final int ACTION = 2;
    private static final int RESOURCE = 3;
    private static final int RESOURCE_ACCOUNT = 4;
    private static final int CONTEXT = 5;
    private static final int IDENTITY_POLICIES = 6;
    private static final int PERMISSIONS_BOUNDARY = 7;
    private static final int SESSION_POLICY = 8;
    private static final int RESOURCE_POLICY = 9;
    private static final int VPC_ENDPOINT_POLICIES = 10;
    private static final int SERVICE_CONTROL_POLICIES = 11;
    private static final int RESOURCE_CONTROL_POLICIES = 12;

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
        Json[] fields = new Json[FIELD_NAMES.size()];
        for (int i = 0; i < object.size(); i++) {
            int field = field(object.name(i));
            if (field < 0) {
                throw new PolicyParseException(object.keyPosition(i), object.member(i).path(),
                        "\"" + object.name(i) + "\" is not a request field (expected one of "
                                + String.join(", ", FIELD_NAMES.stream().sorted().toList()) + ")");
            }
            fields[field] = object.member(i);
        }
        String principalText = requiredString(object, fields, PRINCIPAL);
        String action = requiredString(object, fields, ACTION);
        String resource = requiredString(object, fields, RESOURCE);
        String resourceAccount = optionalString(fields, RESOURCE_ACCOUNT);

        RequestPrincipal principal;
        try {
            principal = RequestPrincipal.parse(principalText);
        } catch (IllegalArgumentException e) {
            throw at(fields[PRINCIPAL], e.getMessage());
        }
        RequestContext.Builder context = context(fields[CONTEXT]);
        AccessRequest request;
        try {
            request = AccessRequest.withDerivedContext(principal, action, resource, resourceAccount, context);
        } catch (IllegalArgumentException e) {
            int field = e.getMessage().contains("resourceAccount") ? RESOURCE_ACCOUNT
                    : e.getMessage().contains("action") || e.getMessage().contains("not an action") ? ACTION : RESOURCE;
            throw at(fields[field], e.getMessage());
        }
        PolicySet policies = new PolicySet(
                policyList(fields[IDENTITY_POLICIES]),
                policy(fields[PERMISSIONS_BOUNDARY]),
                policy(fields[SESSION_POLICY]),
                policy(fields[RESOURCE_POLICY]),
                policyList(fields[VPC_ENDPOINT_POLICIES]),
                levels(fields[SERVICE_CONTROL_POLICIES]),
                levels(fields[RESOURCE_CONTROL_POLICIES]));
        return new SimulationRequest(fields[ID] == null ? null : Json.scalarText(fields[ID]), request, policies);
    }

    private static RequestContext.Builder context(Json value) {
        RequestContext.Builder builder = RequestContext.builder();
        if (value == null || value instanceof Json.JsonNull) {
            return builder;
        }
        if (!(value instanceof Json.JsonObject object)) {
            throw at(value, "context must be an object of context keys, found " + value.kind());
        }
        for (int k = 0; k < object.size(); k++) {
            Json keyValue = object.member(k);
            if (keyValue instanceof Json.JsonArray array) {
                String[] values = new String[array.items().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Json.scalarText(array.items().get(i));
                    if (values[i] == null) {
                        throw at(array.items().get(i), "a context value must be a string, number or boolean");
                    }
                }
                builder.put(object.name(k), values);
            } else if (Json.scalarText(keyValue) != null) {
                builder.put(object.name(k), Json.scalarText(keyValue));
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

    /** The number of a request field, or -1 when the name is none. */
    private static int field(String name) {
        switch (name) {
            case "id":
                return ID;
            case "principal":
                return PRINCIPAL;
            case "action":
                return ACTION;
            case "resource":
                return RESOURCE;
            case "resourceAccount":
                return RESOURCE_ACCOUNT;
            case "context":
                return CONTEXT;
            case "identityPolicies":
                return IDENTITY_POLICIES;
            case "permissionsBoundary":
                return PERMISSIONS_BOUNDARY;
            case "sessionPolicy":
                return SESSION_POLICY;
            case "resourcePolicy":
                return RESOURCE_POLICY;
            case "vpcEndpointPolicies":
                return VPC_ENDPOINT_POLICIES;
            case "serviceControlPolicies":
                return SERVICE_CONTROL_POLICIES;
            case "resourceControlPolicies":
                return RESOURCE_CONTROL_POLICIES;
            default:
                return -1;
        }
    }

    private static String requiredString(Json.JsonObject object, Json[] fields, int field) {
        String text = optionalString(fields, field);
        if (text == null) {
            throw at(object, "the request has no \"" + FIELD_NAMES.get(field) + "\"");
        }
        return text;
    }

    private static String optionalString(Json[] fields, int field) {
        return optionalString(fields[field], FIELD_NAMES.get(field));
    }

    private static String optionalString(Json.JsonObject object, String name) {
        return optionalString(object.get(name), name);
    }

    private static String optionalString(Json value, String name) {
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
