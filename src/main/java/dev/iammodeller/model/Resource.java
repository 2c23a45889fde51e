package dev.iammodeller.model;

/**
 * A resource: an S3 bucket, a KMS key, an SQS queue, a secret, any ARN. {@code type} names its resource
 * type as {@code service:type} ({@code s3:bucket}); {@code policy} is its resource-based policy, or null.
 */
public record Resource(String id, String account, String name, String type, String arn, PolicyText policy)
        implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.RESOURCE;
    }
}
