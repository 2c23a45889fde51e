package dev.iammodeller.catalog;

/**
 * An AWS managed policy in its default (latest) version: name, ARN ({@code arn:aws:iam::aws:policy/...}),
 * version id ({@code v3}), when that version was made (ISO-8601), and the policy document as JSON text.
 */
public record AwsManagedPolicy(String name, String arn, String versionId, String updated, String documentJson) {
}
