package dev.iammodeller.catalog;

import java.util.List;

/**
 * An IAM action of one service. {@code id} is its place in the catalogue (services by prefix, then actions by
 * name, case-insensitively), dense from 0, the same for every load of the same catalogue.
 * {@code resourceTypes} empty means the action supports only {@code "Resource": "*"}.
 */
public record Action(int id, String service, String name, AccessLevel accessLevel,
        List<ActionResourceType> resourceTypes, List<String> conditionKeys, List<String> dependentActions) {

    public Action {
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = List.copyOf(conditionKeys);
        dependentActions = List.copyOf(dependentActions);
    }

    /** The name as a policy writes it: {@code s3:GetObject}. */
    public String fullName() {
        return service + ":" + name;
    }

    /** True when the action accepts only {@code "Resource": "*"}. */
    public boolean supportsOnlyAllResources() {
        return resourceTypes.isEmpty();
    }
}
