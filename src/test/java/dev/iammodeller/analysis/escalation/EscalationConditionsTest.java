package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.allowIf;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.trustService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.PolicyText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conditions on a path's grants: one the attacker satisfies itself (the tags of its request, the name of
 * the role session it starts, a tag of its own that it may set) keeps the path open and is reported; one
 * it cannot (a source IP range, MFA, a tag on a target it cannot tag) closes it.
 */
class EscalationConditionsTest {
    private static final String BOSS = arn("user", "boss");

    /** u with these statements; boss, a user allowed everything. */
    private static TestEstate estate(String... statements) {
        return new TestEstate().user("u", statements).user("boss", ADMIN);
    }

    @Nested
    class TheAttackerSatisfies {
        @Test
        void theTagsOfItsOwnRequest() {
            List<EscalationPath> paths = new TestEstate().user("u", allow("iam:PassRole", arn("role", "fn")),
                            allowIf("lambda:CreateFunction", "*", "{\"StringEquals\":{\"aws:RequestTag/team\":\"data\"}}"),
                            allowIf("lambda:InvokeFunction", "*", "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"team\"]}}"))
                    .role("fn", trustService("lambda.amazonaws.com"), ADMIN).paths("u");
            assertEquals(List.of(arn("role", "fn") + " by lambda-001"), TestEstate.summary(paths));
            assertTrue(paths.get(0).conditions().contains("aws:RequestTag/team"), paths.get(0).conditions().toString());
            assertTrue(paths.get(0).conditions().contains("aws:TagKeys"), paths.get(0).conditions().toString());
        }

        @Test
        void theNameOfTheRoleSessionItStarts() {
            // ops trusts the account only for sessions named break-glass; ops may make keys for boss
            PolicyText trust = new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\","
                    + "\"Condition\":{\"StringEquals\":{\"sts:RoleSessionName\":\"break-glass\"}}}]}");
            List<EscalationPath> paths = estate(allow("sts:AssumeRole", arn("role", "ops")))
                    .role("ops", trust, allow("iam:CreateAccessKey", BOSS)).paths("u");
            EscalationPath path = paths.stream().filter(p -> p.gains().equals(BOSS)).findFirst().orElseThrow();
            assertEquals("sts-001 > iam-002", path.rule());
            assertEquals(List.of("sts:RoleSessionName"), path.conditions());
        }

        @Test
        void aTagOfItsOwnThatItCarries() {
            List<EscalationPath> paths = estate(allowIf("iam:CreateAccessKey", "*",
                    "{\"StringEquals\":{\"aws:PrincipalTag/duty\":\"helpdesk\"}}"))
                    .tags("u", Map.of("duty", "helpdesk")).paths("u");
            assertEquals(List.of(BOSS + " by iam-002"), TestEstate.summary(paths));
            assertEquals(List.of(), paths.get(0).conditions());
        }

        @Test
        void aTagOfItsOwnThatItMaySet() {
            List<EscalationPath> paths = estate(allowIf("iam:CreateAccessKey", "*",
                    "{\"StringEquals\":{\"aws:PrincipalTag/duty\":\"helpdesk\"}}"), allow("iam:TagUser", arn("user", "u")))
                    .paths("u");
            assertEquals(List.of(BOSS + " by iam-002"), TestEstate.summary(paths));
            assertEquals(List.of("aws:PrincipalTag/duty (it tags itself with iam:TagUser)"), paths.get(0).conditions());
        }
    }

    @Nested
    class TheAttackerCannotSatisfy {
        @Test
        void aTagOfItsOwnThatItLacksAndMayNotSet() {
            assertEquals(List.of(), estate(allowIf("iam:CreateAccessKey", "*",
                    "{\"StringEquals\":{\"aws:PrincipalTag/duty\":\"helpdesk\"}}"), allow("iam:TagUser", BOSS)).summary("u"));
            assertEquals(List.of(), estate(allowIf("iam:CreateAccessKey", "*",
                    "{\"StringEquals\":{\"aws:PrincipalTag/duty\":\"helpdesk\"}}"))
                    .tags("u", Map.of("duty", "audit")).summary("u"));
        }

        @Test
        void aFixedSourceIpRange() {
            assertEquals(List.of(), estate(allowIf("iam:CreateAccessKey", "*",
                    "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}")).summary("u"));
        }

        @Test
        void multiFactorAuthentication() {
            assertEquals(List.of(), estate(allowIf("iam:PutUserPolicy", arn("user", "u"),
                    "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}")).summary("u"));
            assertEquals(List.of(), estate(allow("iam:PutUserPolicy", arn("user", "u")),
                    "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":"
                            + "{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}").summary("u"));
        }

        @Test
        void aTagOnTheTargetThatItCannotSet() {
            String onSupportUsers = "{\"StringEquals\":{\"aws:ResourceTag/team\":\"support\"}}";
            assertEquals(List.of(), estate(allowIf("iam:CreateAccessKey", "*", onSupportUsers)).summary("u"));
            // the same grant on a user that carries the tag is open
            assertEquals(List.of(BOSS + " by iam-002"), estate(allowIf("iam:CreateAccessKey", "*", onSupportUsers))
                    .tags("boss", Map.of("team", "support")).summary("u"));
        }
    }
}
