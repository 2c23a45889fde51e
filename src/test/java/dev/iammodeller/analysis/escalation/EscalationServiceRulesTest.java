package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.allowIf;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.deny;
import static dev.iammodeller.analysis.escalation.TestEstate.instanceArn;
import static dev.iammodeller.analysis.escalation.TestEstate.lambdaArn;
import static dev.iammodeller.analysis.escalation.TestEstate.trustService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Compute;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** iam:PassRole with a service, and existing compute that runs as a role: each family with its near misses. */
class EscalationServiceRulesTest {
    private static final String PASS_TO = "{\"StringEquals\":{\"iam:PassedToService\":\"%s\"}}";
    private static final String SOURCE_IP = "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}";

    private static String passTo(String service) {
        return String.format(PASS_TO, service);
    }

    private static List<String> actions(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }

    /** A user with these statements, and a strong role "target" that trusts the service. */
    private static TestEstate withRole(String service, String... statements) {
        return new TestEstate().user("u", statements).role("target", trustService(service), ADMIN);
    }

    @Nested
    class PassRole {
        @Test
        void eachServiceFamilyGainsTheRoleThatTrustsIt() {
            record Case(String service, String rule, List<String> actions) {
            }
            List<Case> cases = List.of(
                    new Case("lambda.amazonaws.com", "lambda-002", List.of("lambda:CreateFunction", "lambda:CreateEventSourceMapping")),
                    new Case("ec2.amazonaws.com", "ec2-003", List.of("ec2:RequestSpotInstances")),
                    new Case("cloudformation.amazonaws.com", "cloudformation-001", List.of("cloudformation:CreateStack")),
                    new Case("cloudformation.amazonaws.com", "cloudformation-003",
                            List.of("cloudformation:CreateStackSet", "cloudformation:CreateStackInstances")),
                    new Case("glue.amazonaws.com", "glue-001", List.of("glue:CreateDevEndpoint")),
                    new Case("glue.amazonaws.com", "glue-003", List.of("glue:CreateJob", "glue:StartJobRun")),
                    new Case("glue.amazonaws.com", "glue-004", List.of("glue:CreateJob", "glue:CreateTrigger")),
                    new Case("datapipeline.amazonaws.com", "datapipeline-001", List.of("datapipeline:CreatePipeline",
                            "datapipeline:PutPipelineDefinition", "datapipeline:ActivatePipeline")),
                    new Case("sagemaker.amazonaws.com", "sagemaker-001", List.of("sagemaker:CreateNotebookInstance")),
                    new Case("sagemaker.amazonaws.com", "sagemaker-002", List.of("sagemaker:CreateTrainingJob")),
                    new Case("sagemaker.amazonaws.com", "sagemaker-003", List.of("sagemaker:CreateProcessingJob")),
                    new Case("ecs-tasks.amazonaws.com", "ecs-004", List.of("ecs:RegisterTaskDefinition", "ecs:RunTask")),
                    new Case("ecs-tasks.amazonaws.com", "ecs-003", List.of("ecs:RegisterTaskDefinition", "ecs:CreateService")),
                    new Case("ecs-tasks.amazonaws.com", "ecs-005", List.of("ecs:RegisterTaskDefinition", "ecs:StartTask")),
                    new Case("codebuild.amazonaws.com", "codebuild-001", List.of("codebuild:CreateProject", "codebuild:StartBuild")),
                    new Case("codebuild.amazonaws.com", "codebuild-004",
                            List.of("codebuild:CreateProject", "codebuild:StartBuildBatch")),
                    new Case("tasks.apprunner.amazonaws.com", "apprunner-001", List.of("apprunner:CreateService")),
                    new Case("bedrock-agentcore.amazonaws.com", "bedrock-001", List.of("bedrock-agentcore:CreateCodeInterpreter",
                            "bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter")));
            for (Case c : cases) {
                String[] statements = c.actions().stream().map(a -> allow(a, "*")).toArray(String[]::new);
                TestEstate estate = withRole(c.service(), statements).inline("u", allow("iam:PassRole", arn("role", "target")));
                List<EscalationPath> paths = estate.paths("u");
                assertEquals(List.of(arn("role", "target") + " by " + c.rule()), TestEstate.summary(paths), c.toString());
                List<String> expected = new java.util.ArrayList<>(List.of("iam:PassRole"));
                expected.addAll(c.actions());
                assertEquals(expected, actions(paths.get(0)), c.toString());
            }
        }

        @Test
        void updatingAnExistingGlueJobToRunAsTheRole() {
            TestEstate estate = withRole("glue.amazonaws.com", allow("iam:PassRole", "*"), allow("glue:UpdateJob", "*"),
                    allow("glue:StartJobRun", "*"))
                    .role("etl-role", trustService("glue.amazonaws.com"), allow("s3:GetObject", "*"))
                    .compute("etl", Compute.Type.GLUE_JOB, "arn:aws:glue:us-east-1:111111111111:job/etl", "etl-role");
            List<EscalationPath> paths = estate.paths("u");
            EscalationPath path = paths.stream().filter(p -> p.gains().equals(arn("role", "target"))).findFirst().orElseThrow();
            assertEquals("glue-005", path.rule());
            assertEquals("arn:aws:glue:us-east-1:111111111111:job/etl", path.steps().get(1).target());
        }

        @Test
        void thePassedToServiceConditionIsTheAttackersAndNamesTheService() {
            TestEstate lambda = withRole("lambda.amazonaws.com", allowIf("iam:PassRole", "*", passTo("lambda.amazonaws.com")),
                    allow("lambda:CreateFunction", "*"), allow("lambda:InvokeFunction", "*"));
            List<EscalationPath> paths = lambda.paths("u");
            assertEquals(List.of(arn("role", "target") + " by lambda-001"), TestEstate.summary(paths));
            assertEquals(List.of("iam:PassedToService = lambda.amazonaws.com"), paths.get(0).conditions());
            TestEstate wrongService = withRole("lambda.amazonaws.com", allowIf("iam:PassRole", "*", passTo("ec2.amazonaws.com")),
                    allow("lambda:CreateFunction", "*"), allow("lambda:InvokeFunction", "*"));
            assertEquals(List.of(), wrongService.summary("u"));
        }

        @Test
        void aRoleThatDoesNotTrustTheServiceIsNotGained() {
            TestEstate estate = withRole("ec2.amazonaws.com", allow("iam:PassRole", "*"), allow("lambda:CreateFunction", "*"),
                    allow("lambda:InvokeFunction", "*"));
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void theServiceStepMustBeOpenToo() {
            TestEstate noInvoke = withRole("lambda.amazonaws.com", allow("iam:PassRole", "*"), allow("lambda:CreateFunction", "*"));
            assertEquals(List.of(), noInvoke.summary("u"));
            TestEstate ipBound = withRole("ec2.amazonaws.com", allow("iam:PassRole", "*"), allowIf("ec2:RunInstances", "*", SOURCE_IP));
            assertEquals(List.of(), ipBound.summary("u"));
            TestEstate regionBound = withRole("ec2.amazonaws.com", allow("iam:PassRole", "*"),
                    allowIf("ec2:RunInstances", "*", "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}"));
            List<EscalationPath> paths = regionBound.paths("u");
            assertEquals(List.of(arn("role", "target") + " by ec2-001"), TestEstate.summary(paths));
            assertTrue(paths.get(0).conditions().contains("aws:RequestedRegion"), paths.toString());
        }

        @Test
        void aDenyOnTheRoleAResourceThatExcludesItOrAnScpCloses() {
            String[] open = {allow("iam:PassRole", "*"), allow("ec2:RunInstances", "*")};
            assertEquals(List.of(arn("role", "target") + " by ec2-001"), withRole("ec2.amazonaws.com", open).summary("u"));
            assertEquals(List.of(), withRole("ec2.amazonaws.com", open).inline("u", deny("iam:PassRole", arn("role", "target")))
                    .summary("u"));
            assertEquals(List.of(), withRole("ec2.amazonaws.com", allow("iam:PassRole", arn("role", "web-*")),
                    allow("ec2:RunInstances", "*")).summary("u"));
            assertEquals(List.of(), withRole("ec2.amazonaws.com", open).scp(deny("ec2:RunInstances", "*")).summary("u"));
            assertEquals(List.of(), withRole("ec2.amazonaws.com", open).managed("cap", allow("ec2:RunInstances", "*"))
                    .boundary("cap", "u").summary("u"));
        }

        @Test
        void aRoleNoStrongerThanTheAttackerIsNoGain() {
            TestEstate estate = new TestEstate().user("u", allow("iam:PassRole", "*"), allow("ec2:RunInstances", "*"),
                    allow("s3:*", "*")).role("weak", trustService("ec2.amazonaws.com"), allow("s3:GetObject", "*"));
            assertEquals(List.of(), estate.summary("u"));
        }

        @Test
        void anIdentityCenterRoleCannotBePassed() {
            TestEstate estate = new TestEstate().user("u", allow("iam:PassRole", "*"), allow("ec2:RunInstances", "*"))
                    .role("sso", "/aws-reserved/sso.amazonaws.com/", trustService("ec2.amazonaws.com"), ADMIN);
            assertEquals(List.of(), estate.summary("u"));
        }
    }

    @Nested
    class ExistingCompute {
        private TestEstate estate(Compute.Type type, String computeArn, String... statements) {
            return new TestEstate().user("u", statements).role("runner", trustService(type.servicePrincipal()), ADMIN)
                    .compute("c", type, computeArn, "runner");
        }

        @Test
        void eachFamilyGainsTheRoleTheComputeRunsAs() {
            record Case(Compute.Type type, String arn, String rule, List<String> actions) {
            }
            String project = "arn:aws:codebuild:us-east-1:111111111111:project/build";
            String notebook = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb";
            List<Case> cases = List.of(
                    new Case(Compute.Type.LAMBDA_FUNCTION, lambdaArn("fn"), "lambda-003", List.of("lambda:UpdateFunctionCode")),
                    new Case(Compute.Type.LAMBDA_FUNCTION, lambdaArn("fn"), "lambda-004",
                            List.of("lambda:UpdateFunctionCode", "lambda:InvokeFunction")),
                    new Case(Compute.Type.LAMBDA_FUNCTION, lambdaArn("fn"), "lambda-005",
                            List.of("lambda:UpdateFunctionCode", "lambda:AddPermission")),
                    new Case(Compute.Type.EC2_INSTANCE, instanceArn("i-1"), "ssm-002", List.of("ssm:SendCommand")),
                    new Case(Compute.Type.EC2_INSTANCE, instanceArn("i-1"), "ssm-001", List.of("ssm:StartSession")),
                    new Case(Compute.Type.EC2_INSTANCE, instanceArn("i-1"), "ec2instanceconnect-003",
                            List.of("ec2-instance-connect:SendSSHPublicKey", "ec2:DescribeInstances")),
                    new Case(Compute.Type.EC2_INSTANCE, instanceArn("i-1"), "ec2-002",
                            List.of("ec2:StopInstances", "ec2:ModifyInstanceAttribute", "ec2:StartInstances")),
                    new Case(Compute.Type.CODEBUILD_PROJECT, project, "codebuild-002", List.of("codebuild:StartBuild")),
                    new Case(Compute.Type.CODEBUILD_PROJECT, project, "codebuild-003", List.of("codebuild:StartBuildBatch")),
                    new Case(Compute.Type.SAGEMAKER_NOTEBOOK, notebook, "sagemaker-004",
                            List.of("sagemaker:CreatePresignedNotebookInstanceUrl")),
                    new Case(Compute.Type.SAGEMAKER_NOTEBOOK, notebook, "sagemaker-005",
                            List.of("sagemaker:CreateNotebookInstanceLifecycleConfig", "sagemaker:StopNotebookInstance",
                                    "sagemaker:UpdateNotebookInstance", "sagemaker:StartNotebookInstance")),
                    new Case(Compute.Type.CLOUDFORMATION_STACK,
                            "arn:aws:cloudformation:us-east-1:111111111111:stack/network/1a2b3c4d", "cloudformation-002",
                            List.of("cloudformation:UpdateStack")),
                    new Case(Compute.Type.CLOUDFORMATION_STACK,
                            "arn:aws:cloudformation:us-east-1:111111111111:stack/network/1a2b3c4d", "cloudformation-005",
                            List.of("cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet")),
                    new Case(Compute.Type.EC2_LAUNCH_TEMPLATE,
                            "arn:aws:ec2:us-east-1:111111111111:launch-template/lt-0abc", "ec2-004",
                            List.of("ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate")),
                    new Case(Compute.Type.GLUE_DEV_ENDPOINT,
                            "arn:aws:glue:us-east-1:111111111111:devEndpoint/dev", "glue-002",
                            List.of("glue:UpdateDevEndpoint")),
                    new Case(Compute.Type.APPRUNNER_SERVICE,
                            "arn:aws:apprunner:us-east-1:111111111111:service/web/0123", "apprunner-002",
                            List.of("apprunner:UpdateService")),
                    new Case(Compute.Type.BEDROCK_CODE_INTERPRETER,
                            "arn:aws:bedrock-agentcore:us-east-1:111111111111:code-interpreter/ci-1", "bedrock-002",
                            List.of("bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter")));
            for (Case c : cases) {
                String[] statements = c.actions().stream().map(a -> allow(a, "*")).toArray(String[]::new);
                List<EscalationPath> paths = estate(c.type(), c.arn(), statements).paths("u");
                assertEquals(List.of(arn("role", "runner") + " by " + c.rule()), TestEstate.summary(paths), c.toString());
                assertEquals(c.actions(), actions(paths.get(0)), c.toString());
                assertEquals(c.arn(), paths.get(0).steps().stream().filter(s -> s.action().equals(c.actions().get(
                        c.rule().equals("sagemaker-005") ? 1 : 0))).findFirst().orElseThrow().target(), c.toString());
            }
        }

        @Test
        void aResourceThatExcludesTheComputeCloses() {
            assertEquals(List.of(), estate(Compute.Type.LAMBDA_FUNCTION, lambdaArn("billing"),
                    allow("lambda:UpdateFunctionCode", lambdaArn("freelance-*"))).summary("u"));
        }

        @Test
        void aConditionTheAttackerCannotMeetCloses() {
            assertEquals(List.of(), estate(Compute.Type.EC2_INSTANCE, instanceArn("i-1"),
                    allowIf("ssm:StartSession", "*", SOURCE_IP)).summary("u"));
        }

        @Test
        void aDenyOrAnScpCloses() {
            assertEquals(List.of(), estate(Compute.Type.EC2_INSTANCE, instanceArn("i-1"), allow("ssm:*", "*"),
                    deny("ssm:*", instanceArn("*"))).summary("u"));
            assertEquals(List.of(), estate(Compute.Type.EC2_INSTANCE, instanceArn("i-1"), allow("ssm:StartSession", "*"))
                    .scp(deny("ssm:StartSession", "*")).summary("u"));
        }

        @Test
        void aRoleTheAttackerAlreadyMatchesIsNoGain() {
            TestEstate estate = new TestEstate().user("u", allow("lambda:UpdateFunctionCode", "*"), allow("s3:*", "*"))
                    .role("runner", trustService("lambda.amazonaws.com"), allow("s3:GetObject", "*"))
                    .compute("c", Compute.Type.LAMBDA_FUNCTION, lambdaArn("fn"), "runner");
            assertEquals(List.of(), estate.summary("u"));
        }
    }
}
