package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.allowIf;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.deny;
import static dev.iammodeller.analysis.escalation.TestEstate.lambdaArn;
import static dev.iammodeller.analysis.escalation.TestEstate.trustAws;
import static dev.iammodeller.analysis.escalation.TestEstate.trustService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Compute;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Possible paths: rights over existing compute the model does not draw (an account export never does),
 * and over a console password it does not show. Each says what must exist; certain paths assume nothing.
 */
class EscalationPossibleTest {
    private static final String LAMBDA = "lambda.amazonaws.com";
    private static final String SOURCE_IP = "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}";
    private static final String MFA = "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}";

    private static List<String> actions(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }

    /** A user with these statements, and a role "runner" allowed everything that trusts the service. */
    private static TestEstate withRole(String service, String... statements) {
        return new TestEstate().user("u", statements).role("runner", trustService(service), ADMIN);
    }

    @Nested
    class ComputeTheModelDoesNotDraw {
        @Test
        void updatingTheCodeOfAnyFunctionGainsEachRoleLambdaMayRunAs() {
            List<EscalationPath> paths = withRole(LAMBDA, allow("lambda:UpdateFunctionCode", "*"),
                    allow("lambda:InvokeFunction", "*")).paths("u");
            assertEquals(List.of(arn("role", "runner") + " by lambda-004"), TestEstate.summary(paths));
            EscalationPath path = paths.get(0);
            assertEquals(List.of("a Lambda function that runs as runner must exist"), path.assumes());
            assertEquals(List.of("lambda:UpdateFunctionCode", "lambda:InvokeFunction"), actions(path));
            assertEquals("arn:aws:lambda:*:111111111111:function:*", path.steps().get(0).target());
            assertTrue(path.steps().get(0).note().contains("runner"), path.steps().get(0).note());
        }

        @Test
        void theTargetIsThePatternThePolicyAllows() {
            String pattern = "arn:aws:lambda:us-east-1:111111111111:function:prod-*";
            List<EscalationPath> paths = withRole(LAMBDA, allow("lambda:UpdateFunctionCode", pattern)).paths("u");
            assertEquals(List.of(arn("role", "runner") + " by lambda-003"), TestEstate.summary(paths));
            assertEquals(pattern, paths.get(0).steps().get(0).target());
        }

        @Test
        void eachKindOfComputeGainsTheRolesThatTrustItsService() {
            record Case(String service, String rule, List<String> actions, String exists) {
            }
            List<Case> cases = List.of(
                    new Case("ec2.amazonaws.com", "ssm-002", List.of("ssm:SendCommand"),
                            "an EC2 instance whose instance profile holds runner, managed by Systems Manager, must exist"),
                    new Case("ec2.amazonaws.com", "ssm-001", List.of("ssm:StartSession"),
                            "an EC2 instance whose instance profile holds runner, managed by Systems Manager, must exist"),
                    new Case("ec2.amazonaws.com", "ec2instanceconnect-003",
                            List.of("ec2-instance-connect:SendSSHPublicKey", "ec2:DescribeInstances"),
                            "an EC2 instance whose instance profile holds runner must exist"),
                    new Case("ec2.amazonaws.com", "ec2-002",
                            List.of("ec2:StopInstances", "ec2:ModifyInstanceAttribute", "ec2:StartInstances"),
                            "an EC2 instance whose instance profile holds runner must exist"),
                    new Case("glue.amazonaws.com", "glue-002", List.of("glue:UpdateDevEndpoint"),
                            "a Glue development endpoint that runs as runner must exist"),
                    new Case("sagemaker.amazonaws.com", "sagemaker-004", List.of("sagemaker:CreatePresignedNotebookInstanceUrl"),
                            "a SageMaker notebook instance that runs as runner must exist"),
                    new Case("cloudformation.amazonaws.com", "cloudformation-002", List.of("cloudformation:UpdateStack"),
                            "a CloudFormation stack whose service role is runner must exist"),
                    new Case("codebuild.amazonaws.com", "codebuild-002", List.of("codebuild:StartBuild"),
                            "a CodeBuild project whose service role is runner must exist"));
            for (Case c : cases) {
                String[] statements = c.actions().stream().map(a -> allow(a, "*")).toArray(String[]::new);
                List<EscalationPath> paths = withRole(c.service(), statements).paths("u");
                assertEquals(List.of(arn("role", "runner") + " by " + c.rule()), TestEstate.summary(paths), c.toString());
                assertEquals(c.actions(), actions(paths.get(0)), c.toString());
                assertEquals(List.of(c.exists()), paths.get(0).assumes(), c.toString());
            }
        }

        @Test
        void aResourceOfAnotherAccountOrServiceCloses() {
            assertEquals(List.of(), withRole(LAMBDA, allow("lambda:UpdateFunctionCode",
                    "arn:aws:lambda:us-east-1:222222222222:function:*")).summary("u"));
            assertEquals(List.of(), withRole(LAMBDA, allow("lambda:UpdateFunctionCode",
                    "arn:aws:s3:::deployments/*")).summary("u"));
        }

        @Test
        void aConditionTheAttackerCannotMeetCloses() {
            assertEquals(List.of(), withRole("ec2.amazonaws.com", allowIf("ssm:SendCommand", "*", SOURCE_IP)).summary("u"));
            assertEquals(List.of(), withRole(LAMBDA, allowIf("lambda:UpdateFunctionCode", "*", MFA)).summary("u"));
        }

        @Test
        void aDenyCloses() {
            assertEquals(List.of(), withRole(LAMBDA, allow("lambda:*", "*"), deny("lambda:UpdateFunctionCode", "*"))
                    .summary("u"));
        }

        @Test
        void aRoleThatTrustsAnotherServiceOrIsNoStrongerIsNotGained() {
            assertEquals(List.of(), withRole("glue.amazonaws.com", allow("lambda:UpdateFunctionCode", "*")).summary("u"));
            assertEquals(List.of(), new TestEstate().user("u", allow("lambda:UpdateFunctionCode", "*"), allow("s3:*", "*"))
                    .role("runner", trustService(LAMBDA), allow("s3:GetObject", "*")).summary("u"));
        }

        @Test
        void computeTheModelDrawsIsCertainAndLeavesNoRoomForGuesses() {
            TestEstate estate = withRole(LAMBDA, allow("lambda:UpdateFunctionCode", "*"))
                    .role("other", trustService(LAMBDA), ADMIN)
                    .compute("fn", Compute.Type.LAMBDA_FUNCTION, lambdaArn("fn"), "runner");
            List<EscalationPath> paths = estate.paths("u");
            assertEquals(List.of(arn("role", "runner") + " by lambda-003"), TestEstate.summary(paths));
            assertEquals(List.of(), paths.get(0).assumes());
            assertEquals(lambdaArn("fn"), paths.get(0).steps().get(0).target());
        }

        @Test
        void aRoleGainedForCertainIsNotReportedAgainAsPossible() {
            List<EscalationPath> paths = withRole(LAMBDA, allow("iam:PassRole", "*"), allow("lambda:CreateFunction", "*"),
                    allow("lambda:InvokeFunction", "*"), allow("lambda:UpdateFunctionCode", "*")).paths("u");
            assertEquals(List.of(arn("role", "runner") + " by lambda-001"), TestEstate.summary(paths));
            assertEquals(List.of(), paths.get(0).assumes());
        }

        @Test
        void anInstanceProfileIsNamedInWhatMustExistAndIsNoInstance() {
            TestEstate estate = withRole("ec2.amazonaws.com", allow("ssm:SendCommand", "*"))
                    .compute("web-profile", Compute.Type.EC2_INSTANCE,
                            "arn:aws:iam::111111111111:instance-profile/web-profile", "runner");
            List<EscalationPath> possible = estate.paths("u").stream().filter(p -> !p.assumes().isEmpty()).toList();
            assertEquals(List.of(arn("role", "runner") + " by ssm-002"), TestEstate.summary(possible));
            assertEquals(List.of("an EC2 instance with instance profile web-profile (which holds runner), managed by "
                    + "Systems Manager, must exist"), possible.get(0).assumes());
        }

        @Test
        void aChainThroughAPossibleStepStaysPossible() {
            // u may assume dev; dev may update any function; a function may run as runner, which is admin
            TestEstate estate = new TestEstate().user("u", allow("sts:AssumeRole", arn("role", "dev")))
                    .role("dev", trustAws("arn:aws:iam::111111111111:root"), allow("lambda:UpdateFunctionCode", "*"))
                    .role("runner", trustService(LAMBDA), ADMIN);
            List<EscalationPath> paths = estate.paths("u");
            EscalationPath chained = paths.stream().filter(p -> p.gains().equals(arn("role", "runner"))).findFirst().orElseThrow();
            assertEquals("sts-001 > lambda-003", chained.rule());
            assertEquals(List.of("sts:AssumeRole", "lambda:UpdateFunctionCode"), actions(chained));
            assertEquals(List.of("a Lambda function that runs as runner must exist"), chained.assumes());
        }

        @Test
        void aCertainStepAfterAPossibleOneKeepsTheAssumption() {
            // u may update any function; runner (which a function may run as) may make keys for admin-user
            TestEstate estate = new TestEstate().user("u", allow("lambda:UpdateFunctionCode", "*"))
                    .role("runner", trustService(LAMBDA), allow("iam:CreateAccessKey", arn("user", "boss")))
                    .user("boss", ADMIN);
            EscalationPath chained = estate.paths("u").stream().filter(p -> p.gains().equals(arn("user", "boss")))
                    .findFirst().orElseThrow();
            assertEquals(List.of("lambda:UpdateFunctionCode", "iam:CreateAccessKey"), actions(chained));
            assertEquals(List.of("a Lambda function that runs as runner must exist"), chained.assumes());
        }
    }

    @Nested
    class ConsolePasswords {
        @Test
        void settingThePasswordOfAUserNotShownWithOneIsPossible() {
            List<EscalationPath> paths = new TestEstate().user("u", allow("iam:UpdateLoginProfile", "*"))
                    .user("boss", ADMIN).paths("u");
            assertEquals(List.of(arn("user", "boss") + " by iam-006"), TestEstate.summary(paths));
            assertEquals(List.of("user boss must have a console password (a login profile)"), paths.get(0).assumes());
        }

        @Test
        void settingThePasswordOfAUserShownWithOneIsCertain() {
            List<EscalationPath> paths = new TestEstate().user("u", allow("iam:UpdateLoginProfile", "*"))
                    .user("boss", true, ADMIN).paths("u");
            assertEquals(List.of(arn("user", "boss") + " by iam-006"), TestEstate.summary(paths));
            assertEquals(List.of(), paths.get(0).assumes());
        }

        @Test
        void creatingAPasswordForAUserWithoutOneIsCertain() {
            List<EscalationPath> paths = new TestEstate().user("u", allow("iam:CreateLoginProfile", arn("user", "boss")))
                    .user("boss", ADMIN).paths("u");
            assertEquals(List.of(arn("user", "boss") + " by iam-004"), TestEstate.summary(paths));
            assertEquals(List.of(), paths.get(0).assumes());
        }

        @Test
        void aUserGainedForCertainIsNotReportedAgainAndAnMfaConditionCloses() {
            List<EscalationPath> paths = new TestEstate().user("u", allow("iam:UpdateLoginProfile", "*"),
                    allow("iam:CreateAccessKey", "*")).user("boss", ADMIN).paths("u");
            assertEquals(List.of(arn("user", "boss") + " by iam-002"), TestEstate.summary(paths));
            assertEquals(List.of(), new TestEstate().user("u", allowIf("iam:UpdateLoginProfile", "*", MFA))
                    .user("boss", ADMIN).summary("u"));
        }
    }
}
