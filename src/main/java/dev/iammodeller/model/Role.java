package dev.iammodeller.model;

import java.util.Map;

/**
 * An IAM role: an identity that principals named by its trust policy assume for a session of at most
 * {@code maxSessionHours} (1 to 12). Roles under {@code /aws-service-role/} are service-linked.
 */
public record Role(String id, String account, String name, String path, PolicyText trustPolicy, int maxSessionHours,
                   String description, Map<String, String> tags) implements Entity {
    public Role {
        tags = Map.copyOf(tags);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ROLE;
    }

    @Override
    public String arn() {
        return "arn:aws:iam::" + account + ":role" + path + name;
    }

    public boolean serviceLinked() {
        return path.startsWith("/aws-service-role/");
    }
}
