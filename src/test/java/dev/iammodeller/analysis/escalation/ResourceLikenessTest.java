package dev.iammodeller.analysis.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two resources are alike for an action when nothing the evaluator reads tells them apart: the Resource of
 * the statements naming the action, the account, a resource policy naming it, AWS's own rules by name, and
 * the target facts a condition reads.
 */
class ResourceLikenessTest {
    private static final String ACCOUNT = "111111111111";

    private static PolicyDocument policy(String statements) {
        return PolicyReader.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
    }

    private static ResourceLikeness of(PolicyDocument... identity) {
        return new ResourceLikeness(new PolicySet(List.of(identity), null, null, null, List.of(), List.of(), List.of()));
    }

    private static String role(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + name;
    }

    @Test
    void rolesNoStatementTellsApartAreAlike() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"iam:UpdateAssumeRolePolicy\",\"Resource\":\"*\"}"));
        var a = likeness.of("iam:UpdateAssumeRolePolicy", role("app-1"), ACCOUNT, null, Map.of());
        var b = likeness.of("iam:UpdateAssumeRolePolicy", role("app-2"), ACCOUNT, null, Map.of());
        assertThat(a).isNotNull().isEqualTo(b);
    }

    @Test
    void aResourceOfOneStatementSetsItsRolesApart() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"iam:UpdateAssumeRolePolicy\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"arn:aws:iam::*:role/admin-*\"}"));
        var app1 = likeness.of("iam:UpdateAssumeRolePolicy", role("app-1"), ACCOUNT, null, Map.of());
        var app2 = likeness.of("iam:UpdateAssumeRolePolicy", role("app-2"), ACCOUNT, null, Map.of());
        var admin = likeness.of("iam:UpdateAssumeRolePolicy", role("admin-1"), ACCOUNT, null, Map.of());
        assertThat(app1).isEqualTo(app2).isNotEqualTo(admin);
    }

    @Test
    void statementsNotNamingTheActionDoNotCount() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"iam:UpdateAssumeRolePolicy\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:iam::*:role/admin-*\"}"));
        assertThat(likeness.of("iam:UpdateAssumeRolePolicy", role("admin-1"), ACCOUNT, null, Map.of()))
                .isEqualTo(likeness.of("iam:UpdateAssumeRolePolicy", role("app-1"), ACCOUNT, null, Map.of()));
    }

    @Test
    void accountsAreNeverAlike() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"}"));
        assertThat(likeness.of("iam:PutRolePolicy", role("a"), ACCOUNT, null, Map.of()))
                .isNotEqualTo(likeness.of("iam:PutRolePolicy", "arn:aws:iam::222222222222:role/a", "222222222222", null, Map.of()));
    }

    @Test
    void aResourcePolicyNamingTheActionMakesTheResourceItsOwn() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}"));
        PolicyDocument trust = policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}");
        assertThat(likeness.of("sts:AssumeRole", role("a"), ACCOUNT, trust, Map.of())).isNull();
        // the same trust policy does not name iam:PutRolePolicy: the role is like the others for that action
        assertThat(likeness.of("iam:PutRolePolicy", role("a"), ACCOUNT, trust, Map.of()))
                .isEqualTo(likeness.of("iam:PutRolePolicy", role("b"), ACCOUNT, null, Map.of()));
    }

    @Test
    void whatAwsGuardsByNameIsDecidedOnItsOwn() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"));
        assertThat(likeness.of("iam:CreatePolicyVersion", "arn:aws:iam::aws:policy/AdministratorAccess", ACCOUNT, null, Map.of())).isNull();
        assertThat(likeness.of("iam:PutRolePolicy", role("aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport"),
                ACCOUNT, null, Map.of())).isNull();
        assertThat(likeness.of("kms:DeleteAlias", "arn:aws:kms:us-east-1:111111111111:alias/aws/s3", ACCOUNT, null, Map.of())).isNull();
        assertThat(likeness.of("iam:PutRolePolicy", "not an arn", ACCOUNT, null, Map.of())).isNull();
    }

    @Test
    void aRoleIsNeverLikeSomethingWhosePolicyNeedNotAllow() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"));
        assertThat(likeness.of("sts:AssumeRole", role("a"), ACCOUNT, null, Map.of()))
                .isNotEqualTo(likeness.of("sts:AssumeRole", "arn:aws:iam::111111111111:user/a", ACCOUNT, null, Map.of()));
    }

    @Test
    void onlyTheTargetFactsAConditionReadsCount() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/team\":\"blue\"}}}"));
        var blue = likeness.of("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/a", ACCOUNT, null,
                Map.of("aws:ResourceTag/team", "blue", "aws:ResourceTag/cost", "1"));
        var blueToo = likeness.of("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/b", ACCOUNT, null,
                Map.of("aws:ResourceTag/team", "blue", "aws:ResourceTag/cost", "2"));
        var red = likeness.of("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/c", ACCOUNT, null,
                Map.of("aws:ResourceTag/team", "red"));
        var none = likeness.of("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/d", ACCOUNT, null, Map.of());
        assertThat(blue).isEqualTo(blueToo).isNotEqualTo(red).isNotEqualTo(none);
        assertThat(red).isNotEqualTo(none);
    }

    @Test
    void aVariableInAResourceSetsEveryResourceApart() {
        ResourceLikeness likeness = of(policy("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}"));
        assertThat(likeness.of("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/a", ACCOUNT, null, Map.of())).isNull();
    }

    @Test
    void guardrailsTellResourcesApartToo() {
        PolicyDocument scp = policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"iam:PutRolePolicy\",\"Resource\":\"arn:aws:iam::*:role/guarded-*\"}");
        ResourceLikeness likeness = new ResourceLikeness(new PolicySet(List.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"}")), null, null, null, List.of(),
                List.of(new OrganizationLevel("r-root", List.of(scp))), List.of()));
        assertThat(likeness.of("iam:PutRolePolicy", role("guarded-1"), ACCOUNT, null, Map.of()))
                .isNotEqualTo(likeness.of("iam:PutRolePolicy", role("app-1"), ACCOUNT, null, Map.of()));
    }

    /** What the rules ask about targets: for each, whether alike targets really get one answer. */
    private static final List<String> ACTIONS = List.of("iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy",
            "iam:AttachRolePolicy", "iam:PutUserPolicy", "iam:AttachUserPolicy", "iam:CreateAccessKey",
            "iam:CreateLoginProfile", "iam:CreatePolicyVersion", "iam:PassRole", "sts:AssumeRole", "s3:GetObject",
            "lambda:UpdateFunctionCode", "kms:Decrypt");

    @Test
    void alikeResourcesGetOneAnswerInEveryExampleAndRuleEstate() throws Exception {
        List<IamModel> models = new ArrayList<>();
        for (String example : EscalationGroupedTest.examples()) {
            models.add(TestEstate.example(example));
        }
        RuleEstates.all().values().forEach(estate -> models.add(estate.model()));
        int compared = 0;
        for (IamModel model : models) {
            AccessCheck check = new AccessCheck(model);
            List<String> arns = new ArrayList<>();
            for (Entity entity : model.entities().values()) {
                if (entity instanceof Role || entity instanceof User || entity instanceof Resource || entity instanceof ManagedPolicy) {
                    arns.add(entity.arn());
                }
            }
            for (Entity principal : model.entities().values()) {
                if (!(principal instanceof User || principal instanceof Role)) {
                    continue;
                }
                PrincipalPolicies policies = PrincipalPolicies.of(model, principal.id());
                Map<String, ResourceLikeness> byAccount = new HashMap<>();
                for (String action : ACTIONS) {
                    Map<ResourceLikeness.Likeness, String> first = new HashMap<>();
                    for (String arn : arns) {
                        String account = check.ownerAccount(arn, principal.account());
                        ResourceLikeness.Likeness alike = byAccount.computeIfAbsent(account,
                                a -> new ResourceLikeness(policies.policySet(null,
                                        dev.iammodeller.analysis.OrganizationPath.levels(model, a,
                                                dev.iammodeller.model.OrganizationPolicy.Type.RCP))))
                                .of(action, arn, account, check.resourcePolicy(arn), Map.of());
                        if (alike == null) {
                            continue;
                        }
                        String seen = first.putIfAbsent(alike, arn);
                        if (seen != null) {
                            compared++;
                            assertThat(answer(check, principal.id(), action, arn))
                                    .as("%s by %s on %s, alike %s", action, principal.name(), arn, seen)
                                    .isEqualTo(answer(check, principal.id(), action, seen));
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    private static String answer(AccessCheck check, String principal, String action, String arn) {
        try {
            Outcome outcome = check.outcome(principal, action, arn);
            return outcome.kind() + " " + outcome.conditions();
        } catch (RuntimeException e) {
            return "refused";
        }
    }
}
