package dev.iammodeller.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Lets a principal assume a role: adds an Allow statement naming the principal to the role's trust policy
 * (sts:AssumeRole for users, roles, accounts and services; sts:AssumeRoleWithSAML or
 * sts:AssumeRoleWithWebIdentity for identity providers). This is what drawing a trust edge does.
 */
public record AddTrust(String roleId, String principalId) implements ModelCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** True for the kinds a trust policy can name: users, roles, accounts, services and identity providers. */
    static boolean canBeTrusted(Entity entity) {
        return entity instanceof User || entity instanceof Role || entity instanceof Account
                || entity instanceof IdentityProvider
                || entity instanceof AwsService service && service.principal() != null;
    }

    /** Why the model refuses this trust, or empty. */
    public static Optional<String> whyNot(IamModel model, AddTrust trust) {
        Optional<Entity> role = model.entity(trust.roleId);
        Optional<Entity> principal = model.entity(trust.principalId);
        if (role.isEmpty() || !(role.get() instanceof Role r)) {
            return Optional.of("only a role has a trust policy");
        }
        if (principal.isEmpty() || !canBeTrusted(principal.get())) {
            return Optional.of("a trust policy names users, roles, accounts, AWS services and identity providers");
        }
        if (r.serviceLinked()) {
            return Optional.of("a service-linked role's trust policy is set by its service and cannot be changed");
        }
        if (TrustedPrincipals.entities(model, r).contains(trust.principalId)) {
            return Optional.of("role " + r.name() + " already trusts " + principal.get().name());
        }
        return Optional.empty();
    }

    @Override
    public String label() {
        return "Let " + principalId + " assume " + roleId;
    }

    @Override
    public IamModel apply(IamModel model) {
        Optional<String> whyNot = whyNot(model, this);
        if (whyNot.isPresent()) {
            throw new EditRefused(whyNot.get());
        }
        Role role = (Role) model.entity(roleId).orElseThrow();
        Entity principal = model.entity(principalId).orElseThrow();
        PolicyText trust = new PolicyText(withStatement(role.trustPolicy(), statement(principal)));
        return model.with(new Role(role.id(), role.account(), role.name(), role.path(), trust,
                role.maxSessionHours(), role.description(), role.tags()));
    }

    private static ObjectNode statement(Entity principal) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("Effect", "Allow");
        ObjectNode named = statement.putObject("Principal");
        String action = "sts:AssumeRole";
        if (principal instanceof AwsService service) {
            named.put("Service", service.principal());
        } else if (principal instanceof IdentityProvider provider) {
            named.put("Federated", provider.arn());
            action = provider.type() == IdentityProvider.Type.SAML ? "sts:AssumeRoleWithSAML"
                    : "sts:AssumeRoleWithWebIdentity";
        } else {
            named.put("AWS", principal.arn());
        }
        statement.put("Action", action);
        return statement;
    }

    private static String withStatement(PolicyText trust, ObjectNode statement) {
        if (trust != null && !trust.json().isBlank() && PolicyJson.read(trust).isEmpty()) {
            throw new EditRefused("the role's trust policy is not valid JSON: fix it in the policy editor first");
        }
        ObjectNode document = PolicyJson.read(trust).orElseGet(JSON::createObjectNode);
        if (!document.has("Version")) {
            document.put("Version", "2012-10-17");
        }
        PolicyJson.statements(document).add(statement);
        return PolicyJson.text(document).json();
    }
}
