package dev.iammodeller.diagram;

import dev.iammodeller.model.Compute;

/** The ARN of new compute of each type. */
final class ComputeArns {
    private ComputeArns() {
    }

    static String arn(Compute.Type type, String account, String name) {
        String prefix = "arn:aws:";
        String region = ResourceTypes.REGION;
        switch (type) {
            case LAMBDA_FUNCTION:
                return prefix + "lambda:" + region + ":" + account + ":function:" + name;
            case EC2_INSTANCE:
                return prefix + "ec2:" + region + ":" + account + ":instance/" + name;
            case EC2_INSTANCE_PROFILE:
                return prefix + "iam::" + account + ":instance-profile/" + name;
            case ECS_TASK:
                return prefix + "ecs:" + region + ":" + account + ":task/" + name;
            case CODEBUILD_PROJECT:
                return prefix + "codebuild:" + region + ":" + account + ":project/" + name;
            case GLUE_JOB:
                return prefix + "glue:" + region + ":" + account + ":job/" + name;
            default:
                return prefix + "sagemaker:" + region + ":" + account + ":notebook-instance/" + name;
        }
    }
}
