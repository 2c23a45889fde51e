package dev.iammodeller.model;

/** An IAM group: a set of users that share policies. Groups do not nest, and a group is no principal. */
public record Group(String id, String account, String name, String path) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.GROUP;
    }

    @Override
    public String arn() {
        return "arn:aws:iam::" + account + ":group" + path + name;
    }
}
