package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model's relations indexed once, both ways, for the layout's questions (who is near whom). */
final class LayoutRelations {
    private final Map<String, List<String>> groupsOf = new HashMap<>();
    private final Map<String, List<String>> membersOf = new HashMap<>();
    private final Map<String, List<String>> principalsOf = new HashMap<>();
    private final Map<String, List<String>> policiesOf = new HashMap<>();
    private final Map<String, String> runsAs = new HashMap<>();
    private final Map<String, List<String>> computeOf = new HashMap<>();
    private final Map<String, List<String>> inlineOf = new HashMap<>();
    private final Map<String, List<String>> targetsOf = new HashMap<>();

    LayoutRelations(IamModel model) {
        for (Relation relation : model.relations()) {
            switch (relation.kind()) {
                case MEMBER_OF -> {
                    add(groupsOf, relation.from(), relation.to());
                    add(membersOf, relation.to(), relation.from());
                }
                case ATTACHED_TO, BOUNDARY_OF -> {
                    add(principalsOf, relation.from(), relation.to());
                    add(policiesOf, relation.to(), relation.from());
                }
                case RUNS_AS -> {
                    runsAs.putIfAbsent(relation.from(), relation.to());
                    add(computeOf, relation.to(), relation.from());
                }
                case APPLIES_TO -> add(targetsOf, relation.from(), relation.to());
                default -> {
                }
            }
        }
        for (InlinePolicy policy : model.all(InlinePolicy.class)) {
            add(inlineOf, policy.owner(), policy.id());
        }
    }

    private static void add(Map<String, List<String>> index, String key, String value) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** The groups a user is a member of, in id order. */
    List<String> groupsOf(String user) {
        return groupsOf.getOrDefault(user, List.of());
    }

    /** The users of a group, in id order. */
    List<String> membersOf(String group) {
        return membersOf.getOrDefault(group, List.of());
    }

    /** What a managed policy is attached to or bounds, in id order. */
    List<String> principalsOf(String policy) {
        return principalsOf.getOrDefault(policy, List.of());
    }

    /** The managed policies attached to (or bounding) a principal. */
    List<String> policiesOf(String principal) {
        return policiesOf.getOrDefault(principal, List.of());
    }

    /** The role a compute runs as, or null. */
    String runsAs(String compute) {
        return runsAs.get(compute);
    }

    /** The compute that runs as a role, in id order. */
    List<String> computeOf(String role) {
        return computeOf.getOrDefault(role, List.of());
    }

    /** The inline policies an entity owns, in id order. */
    List<String> inlineOf(String owner) {
        return inlineOf.getOrDefault(owner, List.of());
    }

    /** The roots, units and accounts an SCP or RCP is attached to, in id order. */
    List<String> targetsOf(String organizationPolicy) {
        return targetsOf.getOrDefault(organizationPolicy, List.of());
    }
}
