package dev.iammodeller.model;

/** One version of a managed policy, such as {@code v3}. */
public record ManagedPolicyVersion(String versionId, PolicyText document) {
}
