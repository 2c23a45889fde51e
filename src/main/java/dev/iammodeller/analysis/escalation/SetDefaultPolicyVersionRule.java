package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * iam:SetDefaultPolicyVersion (Rhino Security Labs' method 2; not among pathfinding's paths): a customer
 * managed policy that applies to the attacker keeps an older version that allows more than the default
 * one; the attacker makes it the default. Gains {@code admin} when that version allows everything (then
 * also through a role or user it has a route to); otherwise, for a policy of its own, gains names the
 * holder of the policy (itself or its group) whose permissions grow.
 */
final class SetDefaultPolicyVersionRule implements EscalationRule {
    static final String ID = "iam-set-default-policy-version";
    private static final String ACTION = "iam:SetDefaultPolicyVersion";

    @Override
    public void find(Scan scan, PathSink out) {
        if (!scan.attacker.mayAllow(ACTION)) {
            return;
        }
        List<Route> routes = new ArrayList<>(scan.userRoutes());
        routes.addAll(scan.roleRoutes());
        for (Route route : routes) {
            for (HeldPolicy held : scan.estate.held(route.target())) {
                if (held.policy().versions().size() < 2) {
                    continue;
                }
                StepCheck set = scan.check(ACTION, held.policy());
                if (!set.open()) {
                    continue;
                }
                PolicyDocument current = held.policy().document().document();
                for (ManagedPolicyVersion version : held.policy().versions()) {
                    if (version.versionId().equals(held.policy().defaultVersion())) {
                        continue;
                    }
                    if (found(scan, out, route, held, version, current, set)) {
                        break;
                    }
                }
            }
        }
    }

    private static boolean found(Scan scan, PathSink out, Route route, HeldPolicy held,
                                 ManagedPolicyVersion version, PolicyDocument current, StepCheck set) {
        PolicyDocument document;
        try {
            document = version.document().document();
        } catch (RuntimeException e) {
            return false;
        }
        EscalationStep step = Scan.step(ACTION, held.policy().arn(), "make version " + version.versionId() + " of "
                + held.policy().name() + " the default");
        if (scan.strength.isAdminDocument(document)) {
            Scan.Lift lift = scan.lift(route.target());
            if (lift == null) {
                return false;
            }
            out.add(scan.path(EscalationPath.ADMIN, route.kind() == Route.Kind.SELF ? ID : ID + " + " + route.rule(),
                    Scan.concat(route.conditions(), lift.conditions(), set.conditions()),
                    Scan.concat(lift.steps(), List.of(step), route.steps())));
            return true;
        }
        if (route.kind() == Route.Kind.SELF && scan.strength.strongerWith(scan.attacker, List.of(document), List.of(current))) {
            out.add(scan.path(held.holder().arn(), ID, set.conditions(), List.of(step)));
            return true;
        }
        return false;
    }
}
