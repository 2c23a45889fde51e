package dev.iammodeller.model;

/**
 * Compute that acts with a role: a Lambda function (its execution role), an EC2 instance (through an
 * instance profile), an ECS task... The role it runs as is a {@code runsAs} relation.
 */
public record Compute(String id, String account, Type type, String name, String arn, String instanceProfile)
        implements Entity {
    /** The kinds of compute that run as a role. */
    public enum Type {
        LAMBDA_FUNCTION("lambdaFunction", "lambda.amazonaws.com"),
        EC2_INSTANCE("ec2Instance", "ec2.amazonaws.com"),
        /** An instance profile: what an EC2 instance launched with it runs as (its ARN is the profile's). */
        EC2_INSTANCE_PROFILE("ec2InstanceProfile", "ec2.amazonaws.com"),
        ECS_TASK("ecsTask", "ecs-tasks.amazonaws.com"),
        CODEBUILD_PROJECT("codebuildProject", "codebuild.amazonaws.com"),
        GLUE_JOB("glueJob", "glue.amazonaws.com"),
        SAGEMAKER_NOTEBOOK("sagemakerNotebook", "sagemaker.amazonaws.com"),
        CLOUDFORMATION_STACK("cloudformationStack", "cloudformation.amazonaws.com"),
        EC2_LAUNCH_TEMPLATE("ec2LaunchTemplate", "ec2.amazonaws.com"),
        GLUE_DEV_ENDPOINT("glueDevEndpoint", "glue.amazonaws.com"),
        APPRUNNER_SERVICE("apprunnerService", "tasks.apprunner.amazonaws.com"),
        BEDROCK_CODE_INTERPRETER("bedrockCodeInterpreter", "bedrock-agentcore.amazonaws.com");

        private final String json;
        private final String servicePrincipal;

        Type(String json, String servicePrincipal) {
            this.json = json;
            this.servicePrincipal = servicePrincipal;
        }

        public String json() {
            return json;
        }

        /** The service principal the role must trust for this compute to run as it. */
        public String servicePrincipal() {
            return servicePrincipal;
        }

        public static Type byJson(String name) {
            for (Type type : values()) {
                if (type.json.equals(name)) {
                    return type;
                }
            }
            return null;
        }
    }

    @Override
    public EntityKind kind() {
        return EntityKind.COMPUTE;
    }
}
