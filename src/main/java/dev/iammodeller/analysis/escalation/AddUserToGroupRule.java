package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * iam:AddUserToGroup (pathfinding iam-013): a user adds itself to a group of its account whose policies
 * allow something it cannot do now (its own boundary and SCPs still apply to what the group grants).
 * Gains {@code admin} when the group's policies allow everything and no boundary caps the user,
 * otherwise the group's ARN.
 */
final class AddUserToGroupRule implements EscalationRule {
    private static final String ACTION = "iam:AddUserToGroup";

    @Override
    public void find(Scan scan, PathSink out) {
        Attacker attacker = scan.attacker;
        if (!attacker.isUser() || !attacker.mayAllow(ACTION)) {
            return;
        }
        Set<String> member = new HashSet<>();
        scan.estate.groupsOf(attacker.id()).forEach(g -> member.add(g.id()));
        for (Group group : scan.estate.groups(attacker.account())) {
            if (member.contains(group.id())) {
                continue;
            }
            StepCheck add = scan.check(ACTION, group);
            if (!add.open()) {
                continue;
            }
            List<PolicyDocument> granted = documents(scan, group);
            if (granted.isEmpty()) {
                continue;
            }
            String gains = null;
            if (attacker.policies.boundary() == null || scan.strength.isAdminDocument(attacker.policies.boundary().document())) {
                List<PolicyDocument> all = new ArrayList<>();
                attacker.policies.identity().stream().map(PolicySource::document).forEach(all::add);
                all.addAll(granted);
                if (Strength.allowsEverything(scan.identitySet(all, false), attacker.account())) {
                    gains = EscalationPath.ADMIN;
                }
            }
            if (gains == null && scan.strength.strongerWith(attacker, granted, List.of())) {
                gains = group.arn();
            }
            if (gains != null) {
                out.add(scan.path(gains, "iam-013", add.conditions(), List.of(Scan.step(ACTION, group.arn(),
                        "add " + attacker.principal.name() + " to group " + group.name()))));
            }
        }
    }

    private static List<PolicyDocument> documents(Scan scan, Group group) {
        List<PolicyDocument> out = new ArrayList<>();
        try {
            for (ManagedPolicy policy : scan.estate.attachedTo(group.id())) {
                out.add(policy.document().document());
            }
            for (InlinePolicy policy : scan.estate.inlineOf(group.id())) {
                out.add(policy.document().document());
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
