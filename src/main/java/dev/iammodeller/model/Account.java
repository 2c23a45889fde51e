package dev.iammodeller.model;

/**
 * An AWS account. {@code parent} is the id of its organizational unit or the root (null when the
 * account is in no organization); {@code management} marks the organization's management account,
 * which SCPs and RCPs never restrict.
 */
public record Account(String id, String accountId, String name, String parent, boolean management) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.ACCOUNT;
    }

    @Override
    public String account() {
        return accountId;
    }

    @Override
    public String arn() {
        return "arn:aws:iam::" + accountId + ":root";
    }
}
