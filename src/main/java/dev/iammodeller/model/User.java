package dev.iammodeller.model;

import java.util.Map;

/**
 * An IAM user: a long-lived identity that can hold access keys and a console password. Permissions come
 * from its policies and those of its groups, capped by its permissions boundary.
 */
public record User(String id, String account, String name, String path, boolean accessKeys, boolean consolePassword,
                   Map<String, String> tags) implements Entity {
    public User {
        tags = Map.copyOf(tags);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.USER;
    }

    @Override
    public String arn() {
        return "arn:aws:iam::" + account + ":user" + path + name;
    }
}
