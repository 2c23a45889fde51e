package dev.iammodeller.catalog;

import java.util.List;

/**
 * An AWS service as IAM knows it: its prefix ({@code s3}), its name ({@code Amazon S3}), the resource types
 * and condition keys it defines, and the range of action ids that are its actions.
 */
public record Service(String prefix, String name, List<ResourceType> resourceTypes, List<ConditionKey> conditionKeys,
        int firstActionId, int actionCount) {

    public Service {
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = List.copyOf(conditionKeys);
    }
}
