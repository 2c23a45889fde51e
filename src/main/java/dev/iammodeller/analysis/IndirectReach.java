package dev.iammodeller.analysis;

import dev.iammodeller.model.Compute;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compute a principal can make act for it: it cannot call a service itself, but it can change what a
 * function, instance or job does (new code, a command, a build), and that compute runs as a role. The
 * principal then reaches what the role reaches, "indirect via" the compute.
 */
public final class IndirectReach {
    /** The actions that let a caller make each kind of compute act for it. */
    static final Map<Compute.Type, List<String>> DRIVING_ACTIONS = Map.ofEntries(
            Map.entry(Compute.Type.LAMBDA_FUNCTION, List.of("lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration")),
            Map.entry(Compute.Type.EC2_INSTANCE, List.of("ssm:SendCommand", "ssm:StartSession")),
            Map.entry(Compute.Type.ECS_TASK, List.of("ecs:ExecuteCommand")),
            Map.entry(Compute.Type.CODEBUILD_PROJECT, List.of("codebuild:StartBuild", "codebuild:UpdateProject")),
            Map.entry(Compute.Type.GLUE_JOB, List.of("glue:UpdateJob")),
            Map.entry(Compute.Type.SAGEMAKER_NOTEBOOK, List.of("sagemaker:CreatePresignedNotebookInstanceUrl")),
            Map.entry(Compute.Type.CLOUDFORMATION_STACK, List.of("cloudformation:UpdateStack",
                    "cloudformation:ExecuteChangeSet")),
            Map.entry(Compute.Type.EC2_LAUNCH_TEMPLATE, List.of("ec2:CreateLaunchTemplateVersion")),
            Map.entry(Compute.Type.GLUE_DEV_ENDPOINT, List.of("glue:UpdateDevEndpoint")),
            Map.entry(Compute.Type.APPRUNNER_SERVICE, List.of("apprunner:UpdateService")),
            Map.entry(Compute.Type.BEDROCK_CODE_INTERPRETER, List.of("bedrock-agentcore:InvokeCodeInterpreter")));

    /** Compute the principal drives: which, as which role, with which action, allowed or conditionally. */
    public record Driven(String computeId, String roleId, String action, Outcome outcome) {
    }

    private IndirectReach() {
    }

    public static List<Driven> of(AccessCheck check, String principalId) {
        IamModel model = check.model();
        List<Driven> out = new ArrayList<>();
        for (Compute compute : model.all(Compute.class)) {
            List<Relation> runsAs = model.from(compute.id(), RelationKind.RUNS_AS);
            if (runsAs.isEmpty() || compute.arn() == null || runsAs.get(0).to().equals(principalId)) {
                continue;
            }
            for (String action : DRIVING_ACTIONS.getOrDefault(compute.type(), List.of())) {
                Outcome outcome = check.outcome(principalId, action, compute.arn());
                if (outcome.reaches()) {
                    out.add(new Driven(compute.id(), runsAs.get(0).to(), action, outcome));
                    break;
                }
            }
        }
        return out;
    }
}
