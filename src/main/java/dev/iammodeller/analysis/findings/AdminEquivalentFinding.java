package dev.iammodeller.analysis.findings;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * ADMIN_EQUIVALENT (high): users and roles whose own policies (with their boundary and SCPs) allow every
 * action of the catalogue on every resource. A few sensitive actions are tried first; only principals that
 * pass them are tried on the whole catalogue, one action for each group of actions their policies cannot tell
 * apart ({@link ActionLikeness}).
 */
final class AdminEquivalentFinding {
    /**
     * Actions tried first (on {@code *} and on ARNs of the principal's account) before the whole catalogue
     * is tried: permission management, the organization, data and compute of several services.
     */
    static final List<String> PROBE_ACTIONS = List.of("iam:CreateUser", "iam:PutRolePolicy", "iam:PassRole",
            "iam:CreateAccessKey", "organizations:ListAccounts", "sts:AssumeRole", "s3:GetObject", "s3:PutBucketPolicy",
            "ec2:RunInstances", "lambda:UpdateFunctionCode", "kms:Decrypt", "secretsmanager:GetSecretValue",
            "cloudtrail:StopLogging", "dynamodb:DeleteTable");

    /** The actions of {@link #PROBE_ACTIONS} and of the probes on the account's resources, each a bit of a mask. */
    private static final List<String> PROBED = java.util.stream.Stream.concat(PROBE_ACTIONS.stream(),
            java.util.stream.Stream.of("ec2:TerminateInstances")).distinct().toList();
    private static final int EVERY_PROBED = (1 << PROBED.size()) - 1;

    private AdminEquivalentFinding() {
    }

    /** A policy that grants, written by name ("AdministratorAccess via group admins"), and the ids it involves. */
    private record Grant(String text, List<String> ids) {
    }

    static List<Finding> find(Catalog catalog, AccessCheck check) {
        IamModel model = check.model();
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        List<Finding> out = new ArrayList<>();
        ActionLikeness likeness = null;
        java.util.Map<dev.iammodeller.policy.PolicyDocument, Integer> allowed = new java.util.IdentityHashMap<>();
        for (Entity principal : principals) {
            Set<String> conditions = new TreeSet<>();
            if (!mayPassProbes(check, principal.id(), allowed) || !passesProbes(check, principal, conditions)) {
                continue;
            }
            if (likeness == null) {
                likeness = new ActionLikeness(catalog);
            }
            if (!reachesEveryAction(likeness, check, principal.id(), conditions)) {
                continue;
            }
            List<Grant> grants = grantingPolicies(model, principal.id());
            List<String> names = grants.stream().map(Grant::text).toList();
            String through = names.isEmpty() ? "" : " (through " + String.join(", ", names) + ")";
            String onlyIf = conditions.isEmpty() ? "" : ", only if " + String.join(", ", conditions) + " hold";
            List<String> path = new ArrayList<>();
            path.add(FindingText.reference(principal));
            path.addAll(names);
            out.add(FindingText.about(Findings.ADMIN_EQUIVALENT, Severity.HIGH, principal,
                    FindingText.subject(principal) + " may do every action on every resource by its own policies" + through
                    + onlyIf + ".",
                    principal instanceof Role
                            ? "A role whose policies allow every action on every resource is an administrator, and so is"
                            + " everyone who can assume it; only an explicit Deny (in its policies, a permissions boundary"
                            + " or an SCP) takes anything away."
                            : "A user whose policies allow every action on every resource is an administrator; only an"
                            + " explicit Deny (in its or its groups' policies, a permissions boundary or an SCP) takes"
                            + " anything away, and with iam:* it can even remove that Deny from its own policies.",
                    path, grants.stream().flatMap(g -> g.ids().stream()).toList()));
        }
        return out;
    }

    /**
     * Whether the principal's identity policies (its own and its groups') hold, for each probed action, an Allow
     * statement whose Action or NotAction covers it: without one the action is implicitly denied whatever the
     * resource, boundary or SCPs (they never grant), so the evaluator is not asked. Most principals of a large account
     * are ruled out here, each policy's statements read once ({@code allowed}: the probed actions a document allows
     * somewhere, as bits). The policies are the check's, assembled once per principal for every question about it.
     */
    static boolean mayPassProbes(AccessCheck check, String principalId,
                                 java.util.Map<dev.iammodeller.policy.PolicyDocument, Integer> allowed) {
        int covered = 0;
        for (PolicySource source : check.policies(principalId).identity()) {
            covered |= allowed.computeIfAbsent(source.document(), AdminEquivalentFinding::probedActionsAllowed);
        }
        return covered == EVERY_PROBED;
    }

    private static int probedActionsAllowed(dev.iammodeller.policy.PolicyDocument document) {
        int bits = 0;
        for (Statement statement : document.statements()) {
            if (statement.effect() == Effect.ALLOW) {
                for (int i = 0; i < PROBED.size(); i++) {
                    if (statement.coversAction(PROBED.get(i))) {
                        bits |= 1 << i;
                    }
                }
            }
        }
        return bits;
    }

    static boolean passesProbes(AccessCheck check, Entity principal, Set<String> conditions) {
        for (String action : PROBE_ACTIONS) {
            if (!reaches(check.outcome(principal.id(), action, "*"), conditions)) {
                return false;
            }
        }
        // Resources of its account (not ones whose own policy must allow too, such as a KMS key or a role's trust).
        String account = principal.account() == null ? "111111111111" : principal.account();
        String[][] probes = {
            {"iam:PutRolePolicy", "arn:aws:iam::" + account + ":role/iam-modeller-probe"},
            {"iam:CreateAccessKey", "arn:aws:iam::" + account + ":user/iam-modeller-probe"},
            {"s3:GetObject", "arn:aws:s3:::iam-modeller-probe/object"},
            {"lambda:UpdateFunctionCode", "arn:aws:lambda:us-east-1:" + account + ":function:iam-modeller-probe"},
            {"ec2:TerminateInstances", "arn:aws:ec2:us-east-1:" + account + ":instance/i-0iammodellerprobe"}};
        for (String[] probe : probes) {
            if (!reaches(check.outcome(principal.id(), probe[0], probe[1]), conditions)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the principal may do every action of the catalogue on {@code *}, adding to {@code conditions} the
     * keys that must hold: one action of each {@link ActionLikeness} is asked, its answer being that of the others.
     */
    static boolean reachesEveryAction(ActionLikeness likeness, AccessCheck check, String principalId, Set<String> conditions) {
        for (String action : likeness.representatives(check.policySet(principalId, "*"), "*")) {
            if (!reaches(check.outcome(principalId, action, "*"), conditions)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reaches(Outcome outcome, Set<String> conditions) {
        conditions.addAll(outcome.conditions());
        return outcome.reaches();
    }

    /**
     * The policies of a principal that allow every action on {@code *} by themselves ({@code AdministratorAccess}),
     * each written "policy" or "policy via group group"; all its policies when only their mix does.
     */
    private static List<Grant> grantingPolicies(IamModel model, String principalId) {
        List<Grant> whole = new ArrayList<>();
        List<Grant> every = new ArrayList<>();
        for (PolicySource source : PrincipalPolicies.of(model, principalId).identity()) {
            String policy = name(model, source.policyId());
            Grant grant = source.via() == null ? new Grant(policy, List.of(source.policyId()))
                    : new Grant(policy + " via group " + name(model, source.via()), List.of(source.policyId(), source.via()));
            every.add(grant);
            for (Statement statement : source.document().statements()) {
                if (statement.effect() == Effect.ALLOW && statement.coversAction("*") && !statement.notAction()
                        && statement.conditions().isEmpty() && coversEveryResource(statement)) {
                    whole.add(grant);
                    break;
                }
            }
        }
        return whole.isEmpty() ? every : whole;
    }

    private static String name(IamModel model, String id) {
        return model.entity(id).map(Entity::name).orElse(id);
    }

    private static boolean coversEveryResource(Statement statement) {
        if (statement.resources() == null || statement.notResource()) {
            return statement.resources() == null;
        }
        return statement.resources().stream().map(PolicyTemplate::text).anyMatch("*"::equals);
    }
}
