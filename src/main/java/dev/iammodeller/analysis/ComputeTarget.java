package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionResourceType;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ResourceType;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A function, instance, job or stack of the model as the target of actions (lambda:UpdateFunctionCode on
 * the function's ARN): the catalogue's resource types its ARN has, so reach tries exactly the actions
 * that act on it.
 */
record ComputeTarget(String arn, List<ResourceType> types) {
    static List<ComputeTarget> of(Catalog catalog, IamModel model) {
        List<ComputeTarget> out = new ArrayList<>();
        for (Compute compute : model.all(Compute.class)) {
            if (compute.arn() != null && !compute.arn().isEmpty()) {
                List<ResourceType> types = catalog.resourceTypesMatching(compute.arn());
                if (!types.isEmpty()) {
                    out.add(new ComputeTarget(compute.arn(), types));
                }
            }
        }
        return out;
    }

    boolean actedOnBy(Action action) {
        for (ResourceType type : types) {
            if (!type.service().equalsIgnoreCase(action.service())) {
                continue;
            }
            for (ActionResourceType applies : action.resourceTypes()) {
                if (applies.name().equals(type.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
