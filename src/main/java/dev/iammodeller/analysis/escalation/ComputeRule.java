package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.escalation.StepPlan.Spec;
import dev.iammodeller.analysis.escalation.StepPlan.Variant;
import dev.iammodeller.model.Compute;
import java.util.List;
import java.util.Map;

/**
 * Existing compute that runs as a role (pathfinding's "existing-passrole" paths the model can draw): the
 * attacker changes what a Lambda function, an EC2 instance, a build project or a notebook runs, or opens
 * a shell on it, and so acts as its role (a {@code runsAs} relation). One path per compute and family:
 * the first variant whose steps are all open on that compute. An instance profile drawn as compute
 * (an {@code instance-profile} ARN) is not an instance: {@link PossibleComputeRule} reports what may run with it.
 */
final class ComputeRule implements EscalationRule {
    /** The paths of one kind of compute. */
    record Family(Compute.Type type, List<Variant> variants) {
    }

    private static final String TARGET = StepPlan.TARGET;

    static final List<Family> FAMILIES = List.of(
            new Family(Compute.Type.LAMBDA_FUNCTION, List.of(
                    new Variant("lambda-004",
                            new Spec("lambda:UpdateFunctionCode", TARGET, "replace the code of {compute}, which runs as {role}"),
                            new Spec("lambda:InvokeFunction", TARGET, "invoke it")),
                    new Variant("lambda-005",
                            new Spec("lambda:UpdateFunctionCode", TARGET, "replace the code of {compute}, which runs as {role}"),
                            new Spec("lambda:AddPermission", TARGET, "let itself invoke it through the function's resource policy")),
                    new Variant("lambda-003",
                            new Spec("lambda:UpdateFunctionCode", TARGET,
                                    "replace the code of {compute}, which runs as {role}; it runs at its next invocation")))),
            new Family(Compute.Type.EC2_INSTANCE, List.of(
                    new Variant("ssm-002", new Spec("ssm:SendCommand", TARGET,
                            "run a command on {compute}, whose instance profile holds {role}")),
                    new Variant("ssm-001", new Spec("ssm:StartSession", TARGET,
                            "open a shell on {compute}, whose instance profile holds {role}")))),
            new Family(Compute.Type.EC2_INSTANCE, List.of(
                    new Variant("ec2instanceconnect-003",
                            new Spec("ec2-instance-connect:SendSSHPublicKey", TARGET,
                                    "push an SSH key to {compute}, whose instance profile holds {role}, and log in"),
                            new Spec("ec2:DescribeInstances", "*", "find its address")))),
            new Family(Compute.Type.EC2_INSTANCE, List.of(
                    new Variant("ec2-002",
                            new Spec("ec2:StopInstances", TARGET, "stop {compute}, whose instance profile holds {role}"),
                            new Spec("ec2:ModifyInstanceAttribute", TARGET, "replace its user data by a script of its own"),
                            new Spec("ec2:StartInstances", TARGET, "start it: the script runs as {role}")))),
            new Family(Compute.Type.CODEBUILD_PROJECT, List.of(
                    new Variant("codebuild-002", new Spec("codebuild:StartBuild", TARGET,
                            "start a build of {compute}, which runs as {role}, with a buildspec of its own")),
                    new Variant("codebuild-003", new Spec("codebuild:StartBuildBatch", TARGET,
                            "start a batch build of {compute}, which runs as {role}, with a buildspec of its own")))),
            new Family(Compute.Type.SAGEMAKER_NOTEBOOK, List.of(
                    new Variant("sagemaker-004", new Spec("sagemaker:CreatePresignedNotebookInstanceUrl", TARGET,
                            "open {compute}, which runs as {role}, through a presigned URL")),
                    new Variant("sagemaker-005",
                            new Spec("sagemaker:CreateNotebookInstanceLifecycleConfig",
                                    "arn:aws:sagemaker:{region}:{account}:notebook-instance-lifecycle-config/",
                                    "create a lifecycle configuration with a script of its own"),
                            new Spec("sagemaker:StopNotebookInstance", TARGET, "stop {compute}, which runs as {role}"),
                            new Spec("sagemaker:UpdateNotebookInstance", TARGET, "give it that configuration"),
                            new Spec("sagemaker:StartNotebookInstance", TARGET, "start it: the script runs as {role}")))),
            new Family(Compute.Type.CLOUDFORMATION_STACK, List.of(
                    new Variant("cloudformation-002", new Spec("cloudformation:UpdateStack", TARGET,
                            "update {compute}, whose service role is {role}, with a template of its own")),
                    new Variant("cloudformation-005",
                            new Spec("cloudformation:CreateChangeSet", TARGET,
                                    "create a change set of {compute}, whose service role is {role}, with a template of its own"),
                            new Spec("cloudformation:ExecuteChangeSet", TARGET,
                                    "execute it: CloudFormation makes the new resources as {role}")))),
            new Family(Compute.Type.EC2_LAUNCH_TEMPLATE, List.of(
                    new Variant("ec2-004",
                            new Spec("ec2:CreateLaunchTemplateVersion", TARGET,
                                    "add a version of {compute}, whose instance profile holds {role}, with user data of its own"),
                            new Spec("ec2:ModifyLaunchTemplate", TARGET,
                                    "make it the default: instances launched from it run the script as {role}")))),
            new Family(Compute.Type.GLUE_DEV_ENDPOINT, List.of(
                    new Variant("glue-002", new Spec("glue:UpdateDevEndpoint", TARGET,
                            "put an SSH key of its own on {compute}, which runs as {role}, and log in")))),
            new Family(Compute.Type.APPRUNNER_SERVICE, List.of(
                    new Variant("apprunner-002", new Spec("apprunner:UpdateService", TARGET,
                            "point {compute}, which runs as {role}, at an image or start command of its own")))),
            new Family(Compute.Type.BEDROCK_CODE_INTERPRETER, List.of(
                    new Variant("bedrock-002",
                            new Spec("bedrock-agentcore:StartCodeInterpreterSession", TARGET,
                                    "start a session of code interpreter {compute}, which runs as {role}"),
                            new Spec("bedrock-agentcore:InvokeCodeInterpreter", TARGET,
                                    "run code of its own there: it runs as {role}")))));

    @Override
    public void find(Scan scan, PathSink out) {
        for (Family family : FAMILIES) {
            List<Variant> possible = family.variants().stream().filter(v -> v.mayAllow(scan.attacker)).toList();
            if (possible.isEmpty()) {
                continue;
            }
            for (Estate.RunsAs runs : scan.estate.compute(family.type())) {
                Compute compute = runs.compute();
                if (compute.arn() == null || runs.role().id().equals(scan.attacker.id())
                        || PossibleComputeRule.instanceProfile(compute)) {
                    // an instance profile is no instance: what may run with it is PossibleComputeRule's
                    continue;
                }
                for (Variant variant : possible) {
                    StepPlan.Resolved plan = StepPlan.resolve(scan, variant, compute.arn(),
                            Map.of("compute", compute.name(), "role", runs.role().name()));
                    if (plan != null) {
                        if (scan.strength.stronger(scan.attacker, runs.role().id())) {
                            out.add(scan.path(scan.estate.arn(runs.role()), variant.id(), plan.conditions(), plan.steps()));
                        }
                        break;
                    }
                }
            }
        }
    }
}
