package dev.iammodeller.model;

/**
 * An AWS service (one node per service prefix, such as {@code lambda}). As a target it stands for the
 * service's actions on resources the model does not draw; as a principal ({@code lambda.amazonaws.com})
 * roles can trust it.
 */
public record AwsService(String id, String prefix, String name, String principal) implements Entity {
    @Override
    public EntityKind kind() {
        return EntityKind.SERVICE;
    }
}
