package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM Identity Center: a principal that may assign a permission set in an account ({@code sso:CreateAccountAssignment}
 * on the set and on the account: rule {@code sso-001}) gains the role the set provisions there, by assigning the
 * set to an Identity Center user it signs in as; one that may change a set ({@code sso:PutInlinePolicyToPermissionSet},
 * {@code sso:AttachManagedPolicyToPermissionSet}, {@code sso:AttachCustomerManagedPolicyReferenceToPermissionSet},
 * then {@code sso:ProvisionPermissionSet}: rule {@code sso-002}) makes every role the set provisions an
 * administrator, and gains admin by signing in as a user assigned the set (IAM Identity Center User Guide,
 * "Permission sets", "Assign user access to AWS accounts"; Service Authorization Reference, AWS IAM Identity
 * Center). Both sign in as an Identity Center user the model cannot tie to the attacker, so the paths are possible.
 */
final class PermissionSetRule implements EscalationRule {
    static final String ASSIGN = "sso:CreateAccountAssignment";
    static final List<String> CHANGES = List.of("sso:PutInlinePolicyToPermissionSet",
            "sso:AttachManagedPolicyToPermissionSet", "sso:AttachCustomerManagedPolicyReferenceToPermissionSet");
    static final String PROVISION = "sso:ProvisionPermissionSet";
    private static final String SIGN_IN = "an Identity Center user the attacker signs in as";

    @Override
    public void find(Scan scan, PathSink out) {
        boolean assign = scan.attacker.mayAllow(ASSIGN);
        boolean change = scan.attacker.mayAllow(PROVISION) && CHANGES.stream().anyMatch(scan.attacker::mayAllow);
        if (!assign && !change) {
            return;
        }
        for (PermissionSet set : scan.estate.model.all(PermissionSet.class)) {
            List<Role> roles = new ArrayList<>();
            for (Relation provisions : scan.estate.model.from(set.id(), RelationKind.PROVISIONS)) {
                Entity role = scan.estate.model.entities().get(provisions.to());
                if (role instanceof Role r && !r.id().equals(scan.attacker.id())) {
                    roles.add(r);
                }
            }
            if (assign) {
                assign(scan, out, set, roles);
            }
            if (change && !roles.isEmpty()) {
                change(scan, out, set, roles);
            }
        }
    }

    private static void assign(Scan scan, PathSink out, PermissionSet set, List<Role> roles) {
        StepCheck onSet = scan.attacker.check(ASSIGN, set.requestArn());
        if (!onSet.open()) {
            return;
        }
        for (Role role : roles) {
            StepCheck onAccount = scan.attacker.check(ASSIGN, "arn:aws:sso:::account/" + role.account());
            if (!onAccount.open() || !scan.strength.stronger(scan.attacker, role.id())) {
                continue;
            }
            EscalationStep assignment = Scan.assuming(Scan.step(ASSIGN, set.requestArn(), "assign permission set "
                    + set.name() + " in account " + role.account() + " to an Identity Center user it signs in as"), SIGN_IN);
            EscalationStep signIn = Scan.step("sts:AssumeRoleWithSAML", scan.estate.arn(role),
                    "sign in through the access portal as " + role.name());
            out.add(scan.path(scan.estate.arn(role), "sso-001", Scan.concat(onSet.conditions(), onAccount.conditions()),
                    List.of(assignment, signIn)));
        }
    }

    private static void change(Scan scan, PathSink out, PermissionSet set, List<Role> roles) {
        StepCheck provision = scan.attacker.check(PROVISION, set.requestArn());
        if (!provision.open()) {
            return;
        }
        for (String action : CHANGES) {
            StepCheck edit = scan.attacker.mayAllow(action) ? scan.attacker.check(action, set.requestArn()) : StepCheck.CLOSED;
            if (!edit.open()) {
                continue;
            }
            Role role = roles.get(0);
            List<EscalationStep> steps = List.of(
                    Scan.step(action, set.requestArn(), "give permission set " + set.name() + " a policy that allows"
                            + " everything"),
                    Scan.step(PROVISION, set.requestArn(), "provision it again: every role it provisions ("
                            + role.name() + (roles.size() > 1 ? " and " + (roles.size() - 1) + " more" : "")
                            + ") now allows everything"),
                    Scan.assuming(Scan.step("sts:AssumeRoleWithSAML", scan.estate.arn(role),
                            "sign in through the access portal as " + role.name()),
                            "an Identity Center user assigned " + set.name() + " that the attacker signs in as"));
            out.add(scan.path(EscalationPath.ADMIN, "sso-002", Scan.concat(edit.conditions(), provision.conditions()),
                    steps));
            return;
        }
    }
}
