package dev.iammodeller.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The policy documents that nodes hold (a managed policy's default version, an inline policy, a role's trust
 * policy, a resource's resource-based policy, an SCP or RCP; a permissions boundary is a managed policy) and
 * their JSON as AWS prints it ({@link AwsJson}), for the window's Copy Policy JSON and Ctrl+C: one policy is
 * its document alone; several are one JSON object whose keys say what each is ("trust policy of role
 * deployer"), in the model's order (by id), a repeated key numbered ("… (2)").
 */
public final class HeldPolicies {
    /** A document and what it is. */
    public record Held(String title, PolicyText document) {
    }

    private HeldPolicies() {
    }

    /** The policy this entity holds, if it holds one (users, groups, accounts and a resource with no policy hold none). */
    public static Optional<Held> of(IamModel model, Entity entity) {
        if (entity instanceof ManagedPolicy policy) {
            return Optional.of(new Held("managed policy " + policy.name(), policy.document()));
        } else if (entity instanceof InlinePolicy policy) {
            String holder = model.entity(policy.owner()).map(e -> " of " + Words.of(e.kind()) + " " + e.name()).orElse("");
            return Optional.of(new Held("inline policy " + policy.name() + holder, policy.document()));
        } else if (entity instanceof Role role) {
            return Optional.of(new Held("trust policy of role " + role.name(), role.trustPolicy()));
        } else if (entity instanceof Resource resource && resource.policy() != null) {
            return Optional.of(new Held("resource policy of " + resource.name(), resource.policy()));
        } else if (entity instanceof OrganizationPolicy policy) {
            return Optional.of(new Held(policy.type().name() + " " + policy.name(), policy.document()));
        }
        return Optional.empty();
    }

    /** The policies of these entities (ids of the model), in the model's order (by id). */
    public static List<Held> of(IamModel model, Collection<String> ids) {
        List<Held> held = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if (ids.contains(entity.id())) {
                of(model, entity).ifPresent(held::add);
            }
        }
        return held;
    }

    /** One policy's JSON as AWS prints it; several as one object keyed by title; empty text for none. */
    public static String json(List<Held> policies) {
        if (policies.isEmpty()) {
            return "";
        }
        if (policies.size() == 1) {
            JsonNode tree = tree(policies.get(0).document());
            return tree.isTextual() ? tree.asText() : AwsJson.print(tree);
        }
        ObjectNode all = AwsJson.object();
        for (Held held : policies) {
            String key = held.title();
            for (int n = 2; all.has(key); n++) {
                key = held.title() + " (" + n + ")";
            }
            all.set(key, tree(held.document()));
        }
        return AwsJson.print(all);
    }

    /** The document as a tree; a text that is not JSON (never committed by the editor) stays as its text. */
    private static JsonNode tree(PolicyText text) {
        try {
            return AwsJson.tree(text);
        } catch (IllegalArgumentException notJson) {
            return TextNode.valueOf(text.json());
        }
    }
}
