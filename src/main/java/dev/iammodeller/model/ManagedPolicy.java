package dev.iammodeller.model;

import java.util.List;

/**
 * A managed policy: a customer managed policy of an account, or an AWS managed policy ({@code account}
 * null, ARN {@code arn:aws:iam::aws:policy/...}). It keeps its versions; {@code defaultVersion} is the
 * one in force.
 */
public record ManagedPolicy(String id, String account, String name, String path, String description,
                            List<ManagedPolicyVersion> versions, String defaultVersion) implements Entity {
    public ManagedPolicy {
        versions = List.copyOf(versions);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MANAGED_POLICY;
    }

    public boolean awsManaged() {
        return account == null;
    }

    @Override
    public String arn() {
        return "arn:aws:iam::" + (account == null ? "aws" : account) + ":policy" + path + name;
    }

    /** The document of the default version. */
    public PolicyText document() {
        for (ManagedPolicyVersion version : versions) {
            if (version.versionId().equals(defaultVersion)) {
                return version.document();
            }
        }
        return versions.get(versions.size() - 1).document();
    }
}
