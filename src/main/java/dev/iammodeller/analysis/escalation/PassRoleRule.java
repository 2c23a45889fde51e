package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.escalation.StepPlan.Spec;
import dev.iammodeller.analysis.escalation.StepPlan.Variant;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iam:PassRole with a service that runs code as the role it is given (pathfinding's "new-passrole"
 * paths): the attacker creates a Lambda function, an EC2 instance, a stack, a Glue job, a pipeline, a
 * notebook, an ECS task, a build project... with a role of its account that trusts the service, and the
 * code it puts there acts as that role. Every such role the attacker may pass (with
 * {@code iam:PassedToService} set to the service, a key the attacker's request carries) and that can do
 * something the attacker cannot is gained. One path per role and family: the first of the family's
 * variants whose steps are all open.
 */
final class PassRoleRule implements EscalationRule {
    /** A service principal a role trusts, and the service name iam:PassedToService carries when passing it. */
    record Trust(String principal, String passedToService) {
    }

    /** The paths of one service. */
    record Family(String service, List<Trust> trusts, List<Variant> variants) {
    }

    private static final String LAMBDA_FUNCTION = "arn:aws:lambda:{region}:{account}:function:";
    private static final String GLUE_JOB = "arn:aws:glue:{region}:{account}:job/";
    private static final String TASK_DEFINITION = "arn:aws:ecs:{region}:{account}:task-definition/";
    private static final String ECS_CLUSTER = "arn:aws:ecs:{region}:{account}:cluster/";
    private static final String ECS_SERVICE = "arn:aws:ecs:{region}:{account}:service/";
    private static final String CODEBUILD_PROJECT = "arn:aws:codebuild:{region}:{account}:project/";
    private static final String STACK_SET = "arn:aws:cloudformation:{region}:{account}:stackset/";
    private static final String PIPELINE = "arn:aws:datapipeline:{region}:{account}:pipeline/";
    private static final String CODE_INTERPRETER = "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/";

    static final List<Family> FAMILIES = List.of(
            new Family("lambda", List.of(new Trust("lambda.amazonaws.com", "lambda.amazonaws.com")), List.of(
                    new Variant("lambda-001",
                            new Spec("lambda:CreateFunction", LAMBDA_FUNCTION, "create a function that runs as {role}"),
                            new Spec("lambda:InvokeFunction", LAMBDA_FUNCTION, "invoke it")),
                    new Variant("lambda-002",
                            new Spec("lambda:CreateFunction", LAMBDA_FUNCTION, "create a function that runs as {role}"),
                            new Spec("lambda:CreateEventSourceMapping",
                                    "arn:aws:lambda:{region}:{account}:event-source-mapping:",
                                    "map an event source to it, so that the service invokes it",
                                    Map.of("lambda:FunctionArn", LAMBDA_FUNCTION))),
                    new Variant("lambda-006",
                            new Spec("lambda:CreateFunction", LAMBDA_FUNCTION, "create a function that runs as {role}"),
                            new Spec("lambda:AddPermission", LAMBDA_FUNCTION,
                                    "let itself invoke it through the function's resource policy")))),
            new Family("ec2", List.of(new Trust("ec2.amazonaws.com", "ec2.amazonaws.com")), List.of(
                    new Variant("ec2-001", new Spec("ec2:RunInstances", "arn:aws:ec2:{region}:{account}:instance/",
                            "launch an instance whose instance profile holds {role}; its user data reads the role's credentials")),
                    new Variant("ec2-003", new Spec("ec2:RequestSpotInstances",
                            "arn:aws:ec2:{region}:{account}:spot-instances-request/",
                            "request a spot instance whose instance profile holds {role}")))),
            new Family("cloudformation", List.of(new Trust("cloudformation.amazonaws.com", "cloudformation.amazonaws.com")),
                    List.of(new Variant("cloudformation-001", new Spec("cloudformation:CreateStack",
                                    "arn:aws:cloudformation:{region}:{account}:stack/",
                                    "create a stack with {role} as its service role; its template creates what the role may")),
                            new Variant("cloudformation-003",
                                    new Spec("cloudformation:CreateStackSet", STACK_SET, "create a stack set with {role}"),
                                    new Spec("cloudformation:CreateStackInstances", STACK_SET, "deploy its instances")))),
            new Family("glue", List.of(new Trust("glue.amazonaws.com", "glue.amazonaws.com")), List.of(
                    new Variant("glue-001", new Spec("glue:CreateDevEndpoint", "arn:aws:glue:{region}:{account}:devEndpoint/",
                            "create a development endpoint with {role} and an SSH key of its own")),
                    new Variant("glue-003",
                            new Spec("glue:CreateJob", GLUE_JOB, "create a job that runs as {role}"),
                            new Spec("glue:StartJobRun", GLUE_JOB, "run it")),
                    new Variant("glue-004",
                            new Spec("glue:CreateJob", GLUE_JOB, "create a job that runs as {role}"),
                            new Spec("glue:CreateTrigger", "arn:aws:glue:{region}:{account}:trigger/", "trigger it")),
                    new Variant("glue-005",
                            new Spec("glue:UpdateJob", StepPlan.EXISTING + "GLUE_JOB", "change the job to run its script as {role}"),
                            new Spec("glue:StartJobRun", StepPlan.EXISTING + "GLUE_JOB", "run it")),
                    new Variant("glue-006",
                            new Spec("glue:UpdateJob", StepPlan.EXISTING + "GLUE_JOB", "change the job to run its script as {role}"),
                            new Spec("glue:CreateTrigger", "arn:aws:glue:{region}:{account}:trigger/", "trigger it")))),
            new Family("datapipeline", List.of(new Trust("datapipeline.amazonaws.com", "datapipeline.amazonaws.com"),
                    new Trust("elasticmapreduce.amazonaws.com", "elasticmapreduce.amazonaws.com")), List.of(
                    new Variant("datapipeline-001",
                            new Spec("datapipeline:CreatePipeline", PIPELINE, "create a pipeline with {role}"),
                            new Spec("datapipeline:PutPipelineDefinition", PIPELINE, "define a shell command activity"),
                            new Spec("datapipeline:ActivatePipeline", PIPELINE, "activate it")))),
            new Family("sagemaker", List.of(new Trust("sagemaker.amazonaws.com", "sagemaker.amazonaws.com")), List.of(
                    new Variant("sagemaker-001", new Spec("sagemaker:CreateNotebookInstance",
                            "arn:aws:sagemaker:{region}:{account}:notebook-instance/",
                            "create a notebook instance with {role} and open its terminal")),
                    new Variant("sagemaker-002", new Spec("sagemaker:CreateTrainingJob",
                            "arn:aws:sagemaker:{region}:{account}:training-job/", "create a training job with {role}")),
                    new Variant("sagemaker-003", new Spec("sagemaker:CreateProcessingJob",
                            "arn:aws:sagemaker:{region}:{account}:processing-job/", "create a processing job with {role}")))),
            new Family("ecs", List.of(new Trust("ecs-tasks.amazonaws.com", "ecs-tasks.amazonaws.com")), List.of(
                    new Variant("ecs-004",
                            new Spec("ecs:RegisterTaskDefinition", TASK_DEFINITION, "register a task definition with {role} as task role"),
                            new Spec("ecs:RunTask", TASK_DEFINITION, "run it")),
                    new Variant("ecs-003",
                            new Spec("ecs:RegisterTaskDefinition", TASK_DEFINITION, "register a task definition with {role} as task role"),
                            new Spec("ecs:CreateService", ECS_SERVICE, "create a service that runs it")),
                    new Variant("ecs-005",
                            new Spec("ecs:RegisterTaskDefinition", TASK_DEFINITION, "register a task definition with {role} as task role"),
                            new Spec("ecs:StartTask", TASK_DEFINITION, "start it on a container instance")),
                    new Variant("ecs-002",
                            new Spec("ecs:CreateCluster", ECS_CLUSTER, "create a cluster"),
                            new Spec("ecs:RegisterTaskDefinition", TASK_DEFINITION, "register a task definition with {role} as task role"),
                            new Spec("ecs:RunTask", TASK_DEFINITION, "run it")),
                    new Variant("ecs-001",
                            new Spec("ecs:CreateCluster", ECS_CLUSTER, "create a cluster"),
                            new Spec("ecs:RegisterTaskDefinition", TASK_DEFINITION, "register a task definition with {role} as task role"),
                            new Spec("ecs:CreateService", ECS_SERVICE, "create a service that runs it")))),
            new Family("codebuild", List.of(new Trust("codebuild.amazonaws.com", "codebuild.amazonaws.com")), List.of(
                    new Variant("codebuild-001",
                            new Spec("codebuild:CreateProject", CODEBUILD_PROJECT, "create a build project with {role} as service role"),
                            new Spec("codebuild:StartBuild", CODEBUILD_PROJECT, "start a build")),
                    new Variant("codebuild-004",
                            new Spec("codebuild:CreateProject", CODEBUILD_PROJECT, "create a build project with {role} as service role"),
                            new Spec("codebuild:StartBuildBatch", CODEBUILD_PROJECT, "start a batch build")))),
            new Family("apprunner", List.of(new Trust("tasks.apprunner.amazonaws.com", "apprunner.amazonaws.com"),
                    new Trust("apprunner.amazonaws.com", "apprunner.amazonaws.com")), List.of(
                    new Variant("apprunner-001", new Spec("apprunner:CreateService",
                            "arn:aws:apprunner:{region}:{account}:service/", "create a service with {role} as instance role")))),
            new Family("bedrock-agentcore", List.of(new Trust("bedrock-agentcore.amazonaws.com", "bedrock-agentcore.amazonaws.com")),
                    List.of(new Variant("bedrock-001",
                            new Spec("bedrock-agentcore:CreateCodeInterpreter", CODE_INTERPRETER,
                                    "create a code interpreter with {role} as execution role"),
                            new Spec("bedrock-agentcore:StartCodeInterpreterSession", CODE_INTERPRETER, "start a session"),
                            new Spec("bedrock-agentcore:InvokeCodeInterpreter", CODE_INTERPRETER, "run code in it")))));

    @Override
    public void find(Scan scan, PathSink out) {
        Attacker attacker = scan.attacker;
        if (!attacker.mayAllow("iam:PassRole")) {
            return;
        }
        for (Family family : FAMILIES) {
            List<Variant> possible = family.variants().stream().filter(v -> v.mayAllow(attacker)).toList();
            if (!possible.isEmpty()) {
                find(scan, family, possible, out);
            }
        }
    }

    private static void find(Scan scan, Family family, List<Variant> variants, PathSink out) {
        Attacker attacker = scan.attacker;
        Map<Role, Trust> roles = new LinkedHashMap<>();
        for (Trust trust : family.trusts()) {
            for (Role role : scan.estate.rolesTrusting(trust.principal(), attacker.account())) {
                if (!role.id().equals(attacker.id())) {
                    roles.putIfAbsent(role, trust);
                }
            }
        }
        for (Map.Entry<Role, Trust> entry : roles.entrySet()) {
            Role role = entry.getKey();
            String service = entry.getValue().passedToService();
            String roleArn = scan.estate.arn(role);
            if (!attacker.mayAllowOn("iam:PassRole", roleArn)) {
                continue;
            }
            StepCheck pass = attacker.check("iam:PassRole", roleArn, Map.of(), Map.of("iam:PassedToService", service));
            if (!pass.open() || !scan.strength.stronger(attacker, role.id())) {
                continue;
            }
            for (Variant variant : variants) {
                StepPlan.Resolved plan = StepPlan.resolve(scan, variant, null, Map.of("role", role.name(), "service", service));
                if (plan != null) {
                    List<EscalationStep> steps = new ArrayList<>();
                    steps.add(Scan.step("iam:PassRole", roleArn, "pass " + role.name() + " to " + service));
                    steps.addAll(plan.steps());
                    out.add(scan.path(roleArn, variant.id(), Scan.concat(pass.conditions(), plan.conditions()), steps));
                    break;
                }
            }
        }
    }
}
