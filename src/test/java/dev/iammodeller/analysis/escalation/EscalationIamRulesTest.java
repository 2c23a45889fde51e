package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.allowIf;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.deny;
import static dev.iammodeller.analysis.escalation.TestEstate.policy;
import static dev.iammodeller.analysis.escalation.TestEstate.trustAws;
import static dev.iammodeller.analysis.escalation.TestEstate.trustService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The IAM rules on small models: each with a positive case and the near misses that must close it (a
 * Deny, a condition the attacker cannot meet, a Resource that excludes the target, a boundary, an SCP).
 */
class EscalationIamRulesTest {
    private static final String MFA = "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}";
    private static final String ADMIN_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static final String S3_ROLE = "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}";

    private static List<String> actions(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }

    @Nested
    class CreatePolicyVersion {
        private TestEstate estate(String... extra) {
            TestEstate estate = new TestEstate()
                    .managed("dev-policy", allow("iam:CreatePolicyVersion", arn("policy", "dev-policy")))
                    .user("u", extra).attach("dev-policy", "u");
            return estate;
        }

        @Test
        void aPolicyAttachedToTheUserGivesAdmin() {
            List<EscalationPath> paths = estate().paths("u");
            assertEquals(List.of("admin by iam-001"), TestEstate.summary(paths));
            assertEquals(List.of("iam:CreatePolicyVersion"), actions(paths.get(0)));
            assertEquals(arn("policy", "dev-policy"), paths.get(0).steps().get(0).target());
        }

        @Test
        void aPolicyOfItsGroupToo() {
            TestEstate estate = new TestEstate().user("u").group("g").member("u", "g")
                    .managed("group-policy", allow("iam:CreatePolicyVersion", "*")).attach("group-policy", "g");
            assertEquals(List.of("admin by iam-001"), estate.summary("u"));
        }

        @Test
        void aDenyCloses() {
            assertEquals(List.of(), estate(deny("iam:CreatePolicyVersion", "*")).summary("u"));
        }

        @Test
        void aResourceThatExcludesItsOwnPolicyCloses() {
            TestEstate estate = new TestEstate().managed("dev-policy", allow("iam:CreatePolicyVersion", arn("policy", "other")))
                    .user("u").attach("dev-policy", "u");
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void anAwsManagedPolicyCannotBeChanged() {
            TestEstate estate = new TestEstate().awsManaged("Broad", allow("iam:CreatePolicyVersion", "*"))
                    .user("u").attach("Broad", "u");
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void aConditionTheAttackerCannotMeetCloses() {
            TestEstate estate = new TestEstate().managed("dev-policy", allowIf("iam:CreatePolicyVersion", "*", MFA))
                    .user("u").attach("dev-policy", "u");
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void aBoundaryCapsTheNewVersionUnlessItCanBeRemoved() {
            TestEstate capped = estate().managed("cap", allow("iam:CreatePolicyVersion", "*")).boundary("cap", "u");
            assertEquals(List.of(), capped.summary("u"));
            TestEstate removable = new TestEstate()
                    .managed("dev-policy", allow("iam:CreatePolicyVersion", "*"), allow("iam:DeleteUserPermissionsBoundary", "*"))
                    .user("u").attach("dev-policy", "u")
                    .managed("cap", allow("iam:CreatePolicyVersion", "*"), allow("iam:DeleteUserPermissionsBoundary", "*"))
                    .boundary("cap", "u");
            EscalationPath path = removable.paths("u").stream().filter(p -> p.rule().equals("iam-001")).findFirst().orElseThrow();
            assertEquals(List.of("iam:DeleteUserPermissionsBoundary", "iam:CreatePolicyVersion"), actions(path));
        }

        @Test
        void anScpThatDeniesItCloses() {
            assertEquals(List.of(), estate().scp(deny("iam:CreatePolicyVersion", "*")).summary("u"));
        }

        @Test
        void fiveVersionsNeedOneDeletedFirst() {
            String text = "{\"Version\":\"2012-10-17\",\"Statement\":[" + allow("iam:CreatePolicyVersion", "*") + "]}";
            var doc = new dev.iammodeller.model.PolicyText(text);
            TestEstate full = new TestEstate().managedVersions("p", "v5", doc, doc, doc, doc, doc).user("u").attach("p", "u");
            assertEquals(List.of(), full.summary("u"));
            String withDelete = "{\"Version\":\"2012-10-17\",\"Statement\":[" + allow("iam:CreatePolicyVersion", "*") + ","
                    + allow("iam:DeletePolicyVersion", "*") + "]}";
            var doc2 = new dev.iammodeller.model.PolicyText(withDelete);
            TestEstate deletable = new TestEstate().managedVersions("p", "v5", doc2, doc2, doc2, doc2, doc2).user("u").attach("p", "u");
            EscalationPath path = deletable.paths("u").get(0);
            assertEquals(List.of("iam:DeletePolicyVersion", "iam:CreatePolicyVersion"), actions(path));
        }

        @Test
        void aPolicyOfARoleItCanAssume() {
            TestEstate estate = new TestEstate()
                    .user("u", allow("sts:AssumeRole", arn("role", "r")), allow("iam:CreatePolicyVersion", arn("policy", "role-policy")))
                    .role("r", trustAws("arn:aws:iam::111111111111:root"), S3_ROLE)
                    .managed("role-policy", allow("s3:GetObject", "*")).attach("role-policy", "r");
            EscalationPath path = estate.paths("u").stream().filter(p -> p.rule().equals("iam-016")).findFirst().orElseThrow();
            assertEquals(EscalationPath.ADMIN, path.gains());
            assertEquals(List.of("iam:CreatePolicyVersion", "sts:AssumeRole"), actions(path));
        }
    }

    @Nested
    class SetDefaultPolicyVersion {
        private TestEstate estate(String older, String defaultVersion) {
            return new TestEstate()
                    .managedVersions("p", "v2", policy(older), policy(defaultVersion))
                    .user("u").attach("p", "u");
        }

        @Test
        void anOlderAdminVersionGivesAdmin() {
            TestEstate estate = estate(ADMIN, allow("iam:SetDefaultPolicyVersion", arn("policy", "p")));
            List<EscalationPath> paths = estate.paths("u");
            assertEquals(List.of("admin by iam-set-default-policy-version"), TestEstate.summary(paths));
            assertTrue(paths.get(0).steps().get(0).note().contains("v1"));
        }

        @Test
        void anOlderBroaderVersionGainsWhatItAllows() {
            TestEstate estate = estate(allow("s3:*", "*"),
                    allow("iam:SetDefaultPolicyVersion", "*") + "," + allow("s3:GetObject", "*"));
            assertEquals(List.of(arn("user", "u") + " by iam-set-default-policy-version"), estate.summary("u"));
        }

        @Test
        void anOlderNarrowerVersionGainsNothing() {
            TestEstate estate = estate(allow("s3:GetObject", "*"),
                    allow("iam:SetDefaultPolicyVersion", "*") + "," + allow("s3:*", "*"));
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void anMfaConditionCloses() {
            assertEquals(List.of(), estate(ADMIN, allowIf("iam:SetDefaultPolicyVersion", "*", MFA)).summary("u"));
        }
    }

    @Nested
    class AttachPolicy {
        @Test
        void aUserAttachesAdministratorAccessToItself() {
            List<EscalationPath> paths = new TestEstate().user("u", allow("iam:AttachUserPolicy", arn("user", "u"))).paths("u");
            assertEquals(List.of("admin by iam-008"), TestEstate.summary(paths));
            assertTrue(paths.get(0).steps().get(0).note().contains(ADMIN_ACCESS));
        }

        @Test
        void aPolicyArnConditionDecidesWhetherAdministratorAccessMayBeAttached() {
            String readOnly = "{\"ArnEquals\":{\"iam:PolicyARN\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\"}}";
            assertEquals(List.of(), new TestEstate().user("u", allowIf("iam:AttachUserPolicy", "*", readOnly)).summary("u"));
            String admin = "{\"ArnEquals\":{\"iam:PolicyARN\":\"" + ADMIN_ACCESS + "\"}}";
            List<EscalationPath> paths = new TestEstate().user("u", allowIf("iam:AttachUserPolicy", "*", admin)).paths("u");
            assertEquals(List.of("admin by iam-008"), TestEstate.summary(paths));
            assertEquals(List.of("iam:PolicyARN = " + ADMIN_ACCESS), paths.get(0).conditions());
        }

        @Test
        void itsOwnGroupButNotAnother() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AttachGroupPolicy", arn("group", "g")))
                    .group("g").member("u", "g").group("other");
            assertEquals(List.of("admin by iam-010"), estate.summary("u"));
            TestEstate notMine = new TestEstate().user("u", allow("iam:AttachGroupPolicy", arn("group", "other")))
                    .group("g").member("u", "g").group("other");
            assertEquals(List.of(), notMine.summary("u"));
        }

        @Test
        void aRoleAttachesToItself() {
            TestEstate estate = new TestEstate().role("r", trustService("lambda.amazonaws.com"),
                    allow("iam:AttachRolePolicy", arn("role", "r")));
            assertEquals(List.of("admin by iam-009"), estate.summary("r"));
        }

        @Test
        void aRoleItCanAssumeButNotAnIdentityCenterRole() {
            TestEstate estate = new TestEstate()
                    .user("u", allow("sts:AssumeRole", "*"), allow("iam:AttachRolePolicy", "*"))
                    .role("r", trustAws(arn("user", "u")), S3_ROLE)
                    .role("sso", "/aws-reserved/sso.amazonaws.com/", trustAws("arn:aws:iam::111111111111:root"),
                            allow("ec2:*", "*"));
            List<EscalationPath> paths = estate.paths("u");
            assertEquals(List.of("admin by iam-014"), TestEstate.summary(paths));
            assertEquals(List.of("iam:AttachRolePolicy", "sts:AssumeRole"), actions(paths.get(0)));
            assertEquals(arn("role", "r"), paths.get(0).steps().get(0).target());
        }

        @Test
        void itsBoundaryCapsIt() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AttachUserPolicy", "*"))
                    .managed("cap", allow("iam:AttachUserPolicy", "*")).boundary("cap", "u");
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void anScpCloses() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AttachUserPolicy", "*")).scp(deny("iam:Attach*", "*"));
            assertEquals(List.of(), estate.summary("u"));
        }
    }

    @Nested
    class PutPolicy {
        @Test
        void aUserARoleAndAGroupWriteIntoThemselves() {
            assertEquals(List.of("admin by iam-007"), new TestEstate().user("u", allow("iam:PutUserPolicy", arn("user", "u"))).summary("u"));
            assertEquals(List.of("admin by iam-005"), new TestEstate().role("r", trustService("ec2.amazonaws.com"),
                    allow("iam:PutRolePolicy", arn("role", "r"))).summary("r"));
            assertEquals(List.of("admin by iam-011"), new TestEstate().user("u", allow("iam:PutGroupPolicy", "*"))
                    .group("g").member("u", "g").summary("u"));
        }

        @Test
        void aRoleItCanAssumeOrWhoseTrustItCanRewrite() {
            TestEstate assumable = new TestEstate().user("u", allow("sts:AssumeRole", "*"), allow("iam:PutRolePolicy", "*"))
                    .role("r", trustAws("arn:aws:iam::111111111111:root"), S3_ROLE);
            assertEquals(List.of("admin by iam-017"), assumable.summary("u"));
            TestEstate rewritable = new TestEstate()
                    .user("u", allow("iam:UpdateAssumeRolePolicy", "*"), allow("iam:PutRolePolicy", "*"))
                    .role("r", trustService("ec2.amazonaws.com"), allow("s3:GetObject", "*"));
            List<EscalationPath> paths = rewritable.paths("u");
            assertTrue(TestEstate.summary(paths).contains("admin by iam-021"), paths.toString());
            EscalationPath path = paths.stream().filter(p -> p.rule().equals("iam-021")).findFirst().orElseThrow();
            assertEquals(List.of("iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy", "sts:AssumeRole"), actions(path));
        }

        @Test
        void aUserItCanMakeAKeyFor() {
            TestEstate estate = new TestEstate()
                    .user("u", allow("iam:PutUserPolicy", arn("user", "victim")), allow("iam:CreateAccessKey", arn("user", "victim")))
                    .user("victim", allow("s3:GetObject", "*"));
            List<EscalationPath> paths = estate.paths("u");
            EscalationPath path = paths.stream().filter(p -> p.rule().equals("iam-018")).findFirst()
                    .orElseThrow(() -> new AssertionError(paths.toString()));
            assertEquals(EscalationPath.ADMIN, path.gains());
            assertEquals(List.of("iam:PutUserPolicy", "iam:CreateAccessKey"), actions(path));
        }

        @Test
        void aDenyOrAnMfaConditionCloses() {
            assertEquals(List.of(), new TestEstate().user("u", allow("iam:PutUserPolicy", "*"), deny("iam:PutUserPolicy", "*"))
                    .summary("u"));
            assertEquals(List.of(), new TestEstate().user("u", allowIf("iam:PutUserPolicy", "*", MFA)).summary("u"));
        }
    }

    @Nested
    class AddUserToGroup {
        @Test
        void joiningAnAdminGroupGivesAdmin() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AddUserToGroup", arn("group", "admins"))).group("admins", ADMIN);
            List<EscalationPath> paths = estate.paths("u");
            assertEquals(List.of("admin by iam-013"), TestEstate.summary(paths));
            assertEquals(arn("group", "admins"), paths.get(0).steps().get(0).target());
        }

        @Test
        void aStrongerGroupIsGainedAndAWeakerOneIsNot() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AddUserToGroup", "*"), allow("s3:*", "*"))
                    .group("ops", allow("ec2:*", "*")).group("readers", allow("s3:GetObject", "*"));
            assertEquals(List.of(arn("group", "ops") + " by iam-013"), estate.summary("u"));
        }

        @Test
        void aResourceConstraintThatExcludesTheGroupCloses() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AddUserToGroup", arn("group", "readers")))
                    .group("admins", ADMIN).group("readers", allow("s3:GetObject", "*"));
            assertEquals(List.of(arn("group", "readers") + " by iam-013"), estate.summary("u"));
        }

        @Test
        void itsBoundaryStillCapsWhatTheGroupGrants() {
            TestEstate estate = new TestEstate().user("u", allow("iam:AddUserToGroup", "*")).group("admins", ADMIN)
                    .managed("cap", allow("iam:AddUserToGroup", "*")).boundary("cap", "u");
            assertEquals(List.of(), estate.summary("u"));
        }
    }

    @Nested
    class UpdateAssumeRolePolicy {
        @Test
        void rewritingTheTrustOfAStrongerRoleGainsIt() {
            TestEstate estate = new TestEstate().user("u", allow("iam:UpdateAssumeRolePolicy", arn("role", "r")))
                    .role("r", trustService("ec2.amazonaws.com"), S3_ROLE);
            List<EscalationPath> paths = estate.paths("u");
            assertEquals(List.of(arn("role", "r") + " by iam-012"), TestEstate.summary(paths));
            assertEquals(List.of("iam:UpdateAssumeRolePolicy", "sts:AssumeRole"), actions(paths.get(0)));
        }

        @Test
        void aServiceLinkedRoleCannotBeRewritten() {
            TestEstate estate = new TestEstate().user("u", allow("iam:UpdateAssumeRolePolicy", "*"))
                    .role("AWSServiceRoleForX", "/aws-service-role/x.amazonaws.com/", trustService("x.amazonaws.com"), S3_ROLE);
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void aBoundaryThatDeniesAssumingItCloses() {
            TestEstate estate = new TestEstate().user("u", allow("iam:UpdateAssumeRolePolicy", "*"))
                    .role("r", trustService("ec2.amazonaws.com"), S3_ROLE)
                    .managed("cap", allow("iam:UpdateAssumeRolePolicy", "*")).boundary("cap", "u");
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void aWeakerRoleIsNoGain() {
            TestEstate estate = new TestEstate().user("u", allow("iam:UpdateAssumeRolePolicy", "*"), allow("s3:*", "*"))
                    .role("r", trustService("ec2.amazonaws.com"), allow("s3:GetObject", "*"));
            assertEquals(List.of(), estate.summary("u"));
        }
    }

    @Nested
    class UserCredentials {
        @Test
        void anAccessKeyForAStrongerUser() {
            TestEstate estate = new TestEstate().user("u", allow("iam:CreateAccessKey", arn("user", "admin")))
                    .user("admin", ADMIN);
            List<EscalationPath> paths = estate.paths("u");
            assertEquals(List.of(arn("user", "admin") + " by iam-002"), TestEstate.summary(paths));
        }

        @Test
        void aLoginProfileForAUserWithoutPasswordAndANewPasswordForOneWith() {
            TestEstate estate = new TestEstate()
                    .user("u", allow("iam:CreateLoginProfile", "*"), allow("iam:UpdateLoginProfile", "*"))
                    .user("no-password", false, allow("s3:*", "*")).user("with-password", true, allow("ec2:*", "*"));
            assertEquals(List.of(arn("user", "no-password") + " by iam-004", arn("user", "with-password") + " by iam-006"),
                    estate.summary("u"));
        }

        @Test
        void aResourceConstraintAndAWeakerUserClose() {
            TestEstate estate = new TestEstate().user("u", allow("iam:CreateAccessKey", arn("user", "weak")), allow("s3:*", "*"))
                    .user("admin", ADMIN).user("weak", allow("s3:GetObject", "*"));
            assertEquals(List.of(), estate.summary("u"));
        }
    }

    @Nested
    class PermissionsBoundary {
        @Test
        void removingItsOwnBoundaryLeavesItsPolicies() {
            TestEstate estate = new TestEstate().user("u", ADMIN)
                    .managed("cap", allow("s3:*", "*"), allow("iam:DeleteUserPermissionsBoundary", "*")).boundary("cap", "u");
            assertEquals(List.of("admin by iam-delete-user-permissions-boundary"), estate.summary("u"));
        }

        @Test
        void aRoleReplacesItsBoundaryByAdministratorAccess() {
            TestEstate estate = new TestEstate().role("r", trustService("ec2.amazonaws.com"), allow("s3:*", "*"),
                            allow("ec2:*", "*"), allow("iam:PutRolePermissionsBoundary", arn("role", "r")))
                    .managed("cap", allow("s3:*", "*"), allow("iam:PutRolePermissionsBoundary", "*")).boundary("cap", "r");
            assertEquals(List.of(arn("role", "r") + " by iam-put-role-permissions-boundary"), estate.summary("r"));
        }

        @Test
        void aConditionPinningTheBoundaryCloses() {
            String pinned = "{\"StringEquals\":{\"iam:PermissionsBoundary\":\"" + arn("policy", "cap") + "\"}}";
            TestEstate estate = new TestEstate().user("u", ADMIN)
                    .managed("cap", allow("s3:*", "*"), allowIf("iam:PutUserPermissionsBoundary", "*", pinned)).boundary("cap", "u");
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void anyBoundaryItMayRemoveIsReported() {
            TestEstate estate = new TestEstate().user("u", allow("s3:GetObject", "*"), allow("iam:DeleteUserPermissionsBoundary", "*"))
                    .managed("cap", allow("s3:GetObject", "*"), allow("iam:DeleteUserPermissionsBoundary", "*")).boundary("cap", "u");
            assertEquals(List.of(arn("user", "u") + " by iam-delete-user-permissions-boundary"), estate.summary("u"));
            TestEstate denied = new TestEstate().user("u", ADMIN).managed("cap", allow("s3:*", "*")).boundary("cap", "u");
            assertEquals(List.of(), denied.summary("u"));
        }

        @Test
        void withoutABoundaryThereIsNothingToRemove() {
            assertEquals(List.of(), new TestEstate().user("u", allow("iam:DeleteUserPermissionsBoundary", "*"), allow("s3:*", "*"))
                    .summary("u"));
        }
    }

    @Nested
    class CreateUser {
        @Test
        void createWriteAndKeyOnANameItMayCreate() {
            TestEstate estate = new TestEstate().role("p", trustService("lambda.amazonaws.com"),
                    allow("iam:CreateUser", arn("user", "svc-*")), allow("iam:AttachUserPolicy", arn("user", "svc-*")),
                    allow("iam:CreateLoginProfile", arn("user", "svc-*")));
            List<EscalationPath> paths = estate.paths("p");
            assertEquals(List.of("admin by iam-create-user"), TestEstate.summary(paths));
            assertEquals(List.of("iam:CreateUser", "iam:AttachUserPolicy", "iam:CreateLoginProfile"), actions(paths.get(0)));
            assertEquals(arn("user", "svc-x"), paths.get(0).steps().get(0).target());
        }

        @Test
        void withoutCredentialsForTheNewUserThereIsNoPath() {
            // keys only for the existing user ops, whose name a new user cannot take
            TestEstate estate = new TestEstate().role("p", trustService("lambda.amazonaws.com"),
                    allow("iam:CreateUser", "*"), allow("iam:PutUserPolicy", "*"), allow("iam:CreateAccessKey", arn("user", "ops")))
                    .user("ops", allow("s3:GetObject", "*"));
            // (what it can do to ops itself is another rule's: write it a policy and make it a key)
            assertEquals(List.of("admin by iam-018", arn("user", "ops") + " by iam-002"), estate.summary("p"));
            // a name its key permission names, and that is free, is one it can create
            TestEstate free = new TestEstate().role("p", trustService("lambda.amazonaws.com"),
                    allow("iam:CreateUser", "*"), allow("iam:PutUserPolicy", "*"), allow("iam:CreateAccessKey", arn("user", "ops")));
            List<EscalationPath> paths = free.paths("p");
            assertEquals(List.of("admin by iam-create-user"), TestEstate.summary(paths));
            assertEquals(arn("user", "ops"), paths.get(0).steps().get(0).target());
        }

        @Test
        void aBoundaryThatAllowsEverythingStillGivesAdmin() {
            String adminBoundary = "{\"StringEquals\":{\"iam:PermissionsBoundary\":\"" + arn("policy", "everything") + "\"}}";
            TestEstate estate = new TestEstate().managed("everything", ADMIN)
                    .role("p", trustService("lambda.amazonaws.com"), allowIf("iam:CreateUser", "*", adminBoundary),
                            allowIf("iam:PutUserPolicy", "*", adminBoundary), allow("iam:CreateAccessKey", "*"));
            List<EscalationPath> paths = estate.paths("p");
            assertEquals(List.of("admin by iam-create-user"), TestEstate.summary(paths));
            assertEquals(List.of("iam:PermissionsBoundary = " + arn("policy", "everything")), paths.get(0).conditions());
        }
    }
}
