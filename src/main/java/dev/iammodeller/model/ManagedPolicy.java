package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A managed policy: a customer managed policy of an account, or an AWS managed policy ({@code account}
 * null, ARN {@code arn:aws:iam::aws:policy/...}). It keeps its versions; {@code defaultVersion} is the
 * one in force.
 */
public record ManagedPolicy(String id, String account, String name, String path, String description,
                            List<ManagedPolicyVersion> versions, String defaultVersion) implements Entity {
    /** IAM keeps at most five versions of a managed policy. */
    public static final int MAX_VERSIONS = 5;

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

    /**
     * This policy with {@code text} as a new version set as default, as IAM's CreatePolicyVersion with
     * SetAsDefault does: the version id is one above the highest, and when the policy would hold more
     * than {@link #MAX_VERSIONS} versions the oldest one that is not the default goes.
     */
    public ManagedPolicy withNewDefaultVersion(PolicyText text) {
        int highest = 0;
        for (ManagedPolicyVersion version : versions) {
            highest = Math.max(highest, versionNumber(version.versionId()));
        }
        String id = "v" + (highest + 1);
        List<ManagedPolicyVersion> kept = new ArrayList<>(versions);
        while (kept.size() >= MAX_VERSIONS) {
            ManagedPolicyVersion oldest = null;
            for (ManagedPolicyVersion version : kept) {
                if (!version.versionId().equals(defaultVersion)
                        && (oldest == null || versionNumber(version.versionId()) < versionNumber(oldest.versionId()))) {
                    oldest = version;
                }
            }
            kept.remove(oldest == null ? kept.get(0) : oldest);
        }
        kept.add(new ManagedPolicyVersion(id, text));
        return new ManagedPolicy(this.id, account, name, path, description, kept, id);
    }

    private static int versionNumber(String versionId) {
        try {
            return Integer.parseInt(versionId.startsWith("v") ? versionId.substring(1) : versionId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
