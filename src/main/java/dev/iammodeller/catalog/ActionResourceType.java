package dev.iammodeller.catalog;

import java.util.List;

/**
 * A resource type an action applies to, as its row in the Service Authorization Reference gives it: whether
 * the resource is required (marked * there), and the condition keys that apply with this resource type.
 */
public record ActionResourceType(String name, boolean required, List<String> conditionKeys) {
    public ActionResourceType {
        conditionKeys = List.copyOf(conditionKeys);
    }
}
