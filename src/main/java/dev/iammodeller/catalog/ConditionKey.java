package dev.iammodeller.catalog;

import java.util.Locale;

/**
 * A condition context key and the type of its value as AWS documents it: {@code String}, {@code ArrayOfString},
 * {@code ARN}, {@code ArrayOfARN}, {@code Bool}, {@code ArrayOfBool}, {@code Numeric}, {@code Date},
 * {@code IPAddress}. A name with a template part ({@code aws:ResourceTag/${TagKey}},
 * {@code s3:ExistingObjectTag/<key>}, {@code secretsmanager:ResourceTag/tag-key}) stands for every key that fills
 * that part in.
 */
public record ConditionKey(String name, String type) {

    /** True when a request may carry several values for the key (the type is an {@code ArrayOf...}). */
    public boolean multivalued() {
        return type.startsWith("ArrayOf");
    }

    /**
     * True when the name has a part that a policy fills in: {@code ${TagKey}}, {@code <key>}, or a final
     * {@code /tag-key} as a few services write it ({@code secretsmanager:ResourceTag/tag-key}).
     */
    public boolean isTemplate() {
        return name.contains("${") || name.indexOf('<') >= 0 || name.toLowerCase(Locale.ROOT).endsWith("/tag-key");
    }
}
