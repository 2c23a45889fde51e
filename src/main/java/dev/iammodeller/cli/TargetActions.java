package dev.iammodeller.cli;

import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionResourceType;
import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ResourceType;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Resource;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The actions {@code --who-can} tries on a target without {@code --action}: the catalogue's actions for its
 * resource type that some Allow of the model could grant, at most {@link #MAX} of them, each with the ARN it acts on.
 */
record TargetActions(List<Map.Entry<String, String>> tried, boolean truncated) {
    /** Bound on the actions tried. */
    static final int MAX = 300;

    static TargetActions of(Catalog catalog, IamModel model, Entity entity, String target) {
        Map<String, String> pairs = applicable(catalog, entity, target);
        ActionSet granted = grantedByModel(catalog, model);
        List<Map.Entry<String, String>> tried = pairs.entrySet().stream()
                .filter(e -> catalog.action(e.getKey()).map(granted::contains).orElse(false)).toList();
        boolean truncated = tried.size() > MAX;
        if (truncated) {
            tried = tried.subList(0, MAX);
        }
        return new TargetActions(tried, truncated);
    }

    /** Action name → the ARN it acts on, for the catalogue's actions that apply to the target. */
    static Map<String, String> applicable(Catalog catalog, Entity entity, String target) {
        List<String[]> types = new ArrayList<>();
        if (entity instanceof Resource resource && resource.type().indexOf(':') > 0) {
            int colon = resource.type().indexOf(':');
            types.add(new String[] {resource.type().substring(0, colon), resource.type().substring(colon + 1)});
        }
        if (types.isEmpty() || catalog.service(types.get(0)[0]).isEmpty()) {
            types.clear();
            for (ResourceType type : catalog.resourceTypesMatching(target)) {
                types.add(new String[] {type.service(), type.name()});
            }
        }
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] type : types) {
            boolean bucket = type[0].equals("s3") && type[1].equals("bucket");
            catalog.actionsOf(type[0]).stream().sorted(Comparator.comparing(Action::fullName)).forEach(action -> {
                for (ActionResourceType applies : action.resourceTypes()) {
                    if (applies.name().equals(type[1])) {
                        out.put(action.fullName(), target);
                    } else if (bucket && applies.name().equals("object")) {
                        out.putIfAbsent(action.fullName(), target + "/*");
                    }
                }
            });
        }
        return out;
    }

    /** Every action some Allow statement of the model (identity, resource or trust policy) could grant. */
    private static ActionSet grantedByModel(Catalog catalog, IamModel model) {
        List<PolicyDocument> documents = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            try {
                if (entity instanceof ManagedPolicy policy) {
                    documents.add(policy.document().document());
                } else if (entity instanceof InlinePolicy policy) {
                    documents.add(policy.document().document());
                } else if (entity instanceof Resource resource && resource.policy() != null) {
                    documents.add(resource.policy().document());
                }
            } catch (PolicyParseException e) {
                // a policy that does not parse grants nothing
            }
        }
        return ForwardReach.allowed(catalog, documents);
    }
}
