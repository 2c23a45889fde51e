package dev.iammodeller.catalog;

import java.util.List;

/**
 * A resource type a service defines, with the ARN template AWS gives it, such as
 * {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}, and the condition keys that apply to it.
 */
public record ResourceType(String service, String name, String arnTemplate, List<String> conditionKeys) {
    public ResourceType {
        conditionKeys = List.copyOf(conditionKeys);
    }

    /**
     * True when {@code arn} has this type's shape. A template variable ({@code ${BucketName}}) matches a
     * non-empty run of characters within one {@code :}-separated part of the ARN; a resource that is one
     * variable holds no {@code /}; a variable ending the template after a {@code /} ({@code ${ObjectName}})
     * takes the rest of the ARN. Everything else is compared case-sensitively. A shape can fit several types:
     * {@code table/${TableName}} fits a DynamoDB index's ARN too ({@link Catalog#resourceTypesMatching} keeps
     * the most specific).
     */
    public boolean matches(String arn) {
        return ArnTemplate.of(arnTemplate).matches(ArnTemplate.split(arn), arn);
    }
}
