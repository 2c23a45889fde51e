package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * iam:CreateUser + iam:PutUserPolicy (or iam:AttachUserPolicy) + iam:CreateAccessKey (or
 * iam:CreateLoginProfile) on a user the attacker creates (scenario 7; not among pathfinding's paths, which
 * start from existing users: iam-018, iam-015). The new user's name is one the attacker's policies let it
 * create. When its policies demand a permissions boundary on the new user (a condition on
 * iam:PermissionsBoundary), the user is capped by that boundary: the path reaches admin only if the
 * boundary it must set allows everything (scenario 7b: it does not, so no path).
 */
final class CreateUserRule implements EscalationRule {
    static final String ID = "iam-create-user";

    @Override
    public void find(Scan scan, PathSink out) {
        Attacker attacker = scan.attacker;
        if (!attacker.mayAllow("iam:CreateUser")
                || !(attacker.mayAllow("iam:PutUserPolicy") || attacker.mayAllow("iam:AttachUserPolicy"))
                || !(attacker.mayAllow("iam:CreateAccessKey") || attacker.mayAllow("iam:CreateLoginProfile"))) {
            return;
        }
        Set<String> existing = new HashSet<>();
        for (User user : scan.estate.users(attacker.account())) {
            existing.add(user.arn());
        }
        List<String> boundaries = new ArrayList<>();
        boundaries.add(null);
        boundaries.addAll(scan.adminPolicies());
        for (String arn : attacker.newArns(List.of("iam:CreateUser", "iam:PutUserPolicy",
                "iam:AttachUserPolicy", "iam:CreateAccessKey", "iam:CreateLoginProfile"), "arn:aws:iam::" + attacker.account() + ":user/")) {
            if (existing.contains(arn)) {
                continue;
            }
            for (String boundary : boundaries) {
                EscalationPath path = path(scan, arn, boundary);
                if (path != null) {
                    out.add(path);
                    return;
                }
            }
        }
    }

    /** The path through a new user at {@code arn} created with {@code boundary} (null: none), or null. */
    private static EscalationPath path(Scan scan, String arn, String boundary) {
        Attacker attacker = scan.attacker;
        Map<String, String> chosen = boundary == null ? Map.of() : Map.of("iam:PermissionsBoundary", boundary);
        StepCheck create = attacker.check("iam:CreateUser", arn, Map.of(), chosen);
        if (!create.open()) {
            return null;
        }
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        List<String> conditions = new ArrayList<>(create.conditions());
        List<EscalationStep> steps = new ArrayList<>();
        steps.add(Scan.step("iam:CreateUser", arn, "create user " + name
                + (boundary == null ? "" : " with the permissions boundary " + boundary)));
        Map<String, String> facts = boundary == null ? Map.of() : Map.of("iam:PermissionsBoundary", boundary);
        StepCheck put = attacker.check("iam:PutUserPolicy", arn, facts, Map.of());
        if (put.open()) {
            conditions.addAll(put.conditions());
            steps.add(Scan.step("iam:PutUserPolicy", arn, "write an inline policy allowing * on * into " + name));
        } else {
            StepCheck attached = null;
            for (String policy : scan.adminPolicies()) {
                StepCheck check = attacker.check("iam:AttachUserPolicy", arn, facts, Map.of("iam:PolicyARN", policy));
                if (check.open()) {
                    attached = check;
                    steps.add(Scan.step("iam:AttachUserPolicy", arn, "attach " + policy + " to " + name));
                    break;
                }
            }
            if (attached == null) {
                return null;
            }
            conditions.addAll(attached.conditions());
        }
        StepCheck key = attacker.check("iam:CreateAccessKey", arn);
        if (key.open()) {
            steps.add(Scan.step("iam:CreateAccessKey", arn, "create an access key for " + name + " and use it"));
        } else {
            key = attacker.check("iam:CreateLoginProfile", arn);
            if (!key.open()) {
                return null;
            }
            steps.add(Scan.step("iam:CreateLoginProfile", arn, "give " + name + " a console password and sign in"));
        }
        conditions.addAll(key.conditions());
        return scan.path(EscalationPath.ADMIN, ID, conditions, steps);
    }
}
