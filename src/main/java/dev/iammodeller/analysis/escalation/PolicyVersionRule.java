package dev.iammodeller.analysis.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * iam:CreatePolicyVersion (pathfinding iam-001; through a role it can assume iam-016, or whose trust it can
 * rewrite iam-020): the attacker writes a new version of a customer managed policy that applies to it
 * (or to that role, or to a user it can make credentials for), allowing {@code *} on {@code *}, and makes
 * it the default in the same call ({@code --set-as-default}, which needs no
 * iam:SetDefaultPolicyVersion). A policy already at five versions needs iam:DeletePolicyVersion first.
 * AWS managed policies cannot be changed (the evaluator denies it).
 */
final class PolicyVersionRule implements EscalationRule {
    private static final String ACTION = "iam:CreatePolicyVersion";

    @Override
    public void find(Scan scan, PathSink out) {
        if (!scan.attacker.mayAllow(ACTION)) {
            return;
        }
        List<Route> routes = new ArrayList<>(scan.userRoutes());
        routes.addAll(scan.roleRoutes());
        for (Route route : routes) {
            for (HeldPolicy held : scan.estate.held(route.target())) {
                StepCheck create = scan.check(ACTION, held.policy());
                if (!create.open()) {
                    continue;
                }
                List<EscalationStep> steps = new ArrayList<>();
                List<String> conditions = new ArrayList<>(route.conditions());
                conditions.addAll(create.conditions());
                if (held.policy().versions().size() >= 5) {
                    StepCheck delete = scan.check("iam:DeletePolicyVersion", held.policy());
                    if (!delete.open()) {
                        continue;
                    }
                    conditions.addAll(delete.conditions());
                    steps.add(Scan.step("iam:DeletePolicyVersion", held.policy().arn(), held.policy().name()
                            + " has five versions, the most AWS keeps: delete one that is not the default"));
                }
                Scan.Lift lift = scan.lift(route.target());
                if (lift == null) {
                    continue;
                }
                conditions.addAll(lift.conditions());
                steps.addAll(0, lift.steps());
                steps.add(Scan.step(ACTION, held.policy().arn(), "create a version of " + held.policy().name()
                        + " allowing * on *, set as the default" + (held.holder() == route.target() ? ""
                        : " (it applies through group " + held.holder().name() + ")")));
                steps.addAll(route.steps());
                out.add(scan.path(EscalationPath.ADMIN, Scan.ruleId("iam-001",
                        Map.of(Route.Kind.ASSUME, "iam-016", Route.Kind.TRUST, "iam-020"), route), conditions, steps));
            }
        }
    }
}
