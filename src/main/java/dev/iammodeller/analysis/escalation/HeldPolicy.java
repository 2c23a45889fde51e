package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer managed policy that applies to a principal, and what holds it: the principal itself or,
 * for a user, one of its groups. Changing the policy changes the principal's permissions.
 */
record HeldPolicy(ManagedPolicy policy, Entity holder) {
    static List<HeldPolicy> of(Estate estate, Entity principal) {
        List<HeldPolicy> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        add(estate, principal, out, seen);
        if (principal instanceof User) {
            for (Group group : estate.groupsOf(principal.id())) {
                add(estate, group, out, seen);
            }
        }
        return out;
    }

    private static void add(Estate estate, Entity holder, List<HeldPolicy> out, Set<String> seen) {
        for (ManagedPolicy policy : estate.attachedTo(holder.id())) {
            if (!policy.awsManaged() && seen.add(policy.id())) {
                out.add(new HeldPolicy(policy, holder));
            }
        }
    }
}
