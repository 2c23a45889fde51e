package dev.iammodeller.app.inspector;

import static dev.iammodeller.app.inspector.EntityFields.GENERAL;

import dev.iammodeller.app.inspector.FieldSpec.Choice;
import dev.iammodeller.app.inspector.FieldSpec.Kind;
import dev.iammodeller.diagram.ResourceTypes;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The inspector's fields of policies, resources, compute and services. */
final class ResourceFields {
    private ResourceFields() {
    }

    static List<FieldSpec> of(Entity entity) {
        if (entity instanceof ManagedPolicy policy) {
            return policy.awsManaged() ? awsManaged() : customerManaged();
        } else if (entity instanceof InlinePolicy) {
            return List.of(EntityFields.name(InlinePolicy.class, "The policy's name within its owner",
                    (p, v) -> new InlinePolicy(p.id(), p.owner(), v, p.document())),
                    FieldSpec.readOnly(InlinePolicy.class, "owner", "Owner", GENERAL, "The user, group or role that "
                            + "embeds it; it goes when its owner goes", InlinePolicy::owner));
        } else if (entity instanceof OrganizationPolicy) {
            return List.of(EntityFields.name(OrganizationPolicy.class, "The policy's name in AWS Organizations",
                    (p, v) -> new OrganizationPolicy(p.id(), p.type(), v, p.document())),
                    EntityFields.choice(OrganizationPolicy.class, "policy-type", "Type", "An SCP limits the principals "
                            + "of member accounts; an RCP limits access to their resources", p -> p.type().name(),
                            (p, v) -> new OrganizationPolicy(p.id(), OrganizationPolicy.Type.valueOf(v), p.name(),
                                    p.document()), any -> EntityFields.choicesOf(OrganizationPolicy.Type.values())));
        } else if (entity instanceof Resource) {
            return resource();
        } else if (entity instanceof Compute) {
            return compute();
        } else if (entity instanceof AwsService) {
            return List.of(EntityFields.name(AwsService.class, "The service's name",
                    (s, v) -> new AwsService(s.id(), s.prefix(), v, s.principal())),
                    FieldSpec.readOnly(AwsService.class, "prefix", "Service prefix", GENERAL, "The prefix of its "
                            + "actions, as in s3:GetObject", AwsService::prefix),
                    FieldSpec.readOnly(AwsService.class, "principal", "Service principal", GENERAL, "The principal a "
                            + "role trusts to let the service assume it", AwsService::principal));
        }
        return List.of();
    }

    private static List<Choice> versions(ManagedPolicy policy) {
        List<Choice> versions = new ArrayList<>();
        for (ManagedPolicyVersion version : policy.versions()) {
            versions.add(new Choice(version.versionId(), version.versionId()));
        }
        return versions;
    }

    private static List<FieldSpec> customerManaged() {
        return List.of(
                EntityFields.name(ManagedPolicy.class, "The policy's name: letters, digits and + = , . @ _ - (at most 128)",
                        (p, v) -> new ManagedPolicy(p.id(), p.account(), v, p.path(), p.description(), p.versions(),
                                p.defaultVersion())),
                EntityFields.path(ManagedPolicy.class, ManagedPolicy::path, (p, v) -> new ManagedPolicy(p.id(),
                        p.account(), p.name(), v, p.description(), p.versions(), p.defaultVersion())),
                EntityFields.account(ManagedPolicy.class, (p, v) -> new ManagedPolicy(p.id(), v, p.name(), p.path(),
                        p.description(), p.versions(), p.defaultVersion())),
                FieldSpec.of(ManagedPolicy.class, "description", "Description", GENERAL, "What the policy is for",
                        Kind.TEXT, ManagedPolicy::description, (p, v) -> new ManagedPolicy(p.id(), p.account(),
                                p.name(), p.path(), v, p.versions(), p.defaultVersion())),
                EntityFields.choice(ManagedPolicy.class, "default-version", "Default version", "The version in force; "
                        + "IAM keeps at most five", ManagedPolicy::defaultVersion, (p, v) -> new ManagedPolicy(p.id(),
                                p.account(), p.name(), p.path(), p.description(), p.versions(), v), ResourceFields::versions));
    }

    private static List<FieldSpec> awsManaged() {
        return List.of(
                FieldSpec.readOnly(ManagedPolicy.class, "name", "Name", GENERAL, "AWS managed policies cannot be "
                        + "changed", ManagedPolicy::name),
                FieldSpec.readOnly(ManagedPolicy.class, "path", "Path", GENERAL, "Where AWS keeps it", ManagedPolicy::path),
                FieldSpec.readOnly(ManagedPolicy.class, "versions", "Versions", GENERAL, "The versions the model keeps",
                        p -> p.versions().stream().map(ManagedPolicyVersion::versionId).collect(Collectors.joining(", "))));
    }

    private static List<FieldSpec> resource() {
        return List.of(
                EntityFields.name(Resource.class, "The resource's name, such as the bucket's",
                        (r, v) -> ResourceTypes.followingName(r, new Resource(r.id(), r.account(), v, r.type(), r.arn(),
                                r.policy()))),
                EntityFields.account(Resource.class, (r, v) -> ResourceTypes.followingName(r, new Resource(r.id(), v,
                        r.name(), r.type(), r.arn(), r.policy()))),
                FieldSpec.of(Resource.class, "resource-type", "Resource type", GENERAL, "service:type, as s3:bucket "
                        + "or kms:key", Kind.TEXT, Resource::type, (r, v) -> ResourceTypes.followingName(r, new Resource(r.id(),
                                r.account(), r.name(), v.strip(), r.arn(), r.policy()))),
                FieldSpec.of(Resource.class, "arn", "ARN", GENERAL, "arn:partition:service:region:account:resource",
                        Kind.TEXT, Resource::arn, (r, v) -> new Resource(r.id(), r.account(), r.name(), r.type(),
                                v.strip(), r.policy())));
    }

    private static String computeWords(Compute.Type type) {
        switch (type) {
            case LAMBDA_FUNCTION:
                return "Lambda function";
            case EC2_INSTANCE:
                return "EC2 instance";
            case EC2_INSTANCE_PROFILE:
                return "EC2 instance profile";
            case ECS_TASK:
                return "ECS task";
            case CODEBUILD_PROJECT:
                return "CodeBuild project";
            case GLUE_JOB:
                return "Glue job";
            case SAGEMAKER_NOTEBOOK:
                return "SageMaker notebook";
            case CLOUDFORMATION_STACK:
                return "CloudFormation stack";
            case EC2_LAUNCH_TEMPLATE:
                return "EC2 launch template";
            case GLUE_DEV_ENDPOINT:
                return "Glue development endpoint";
            case APPRUNNER_SERVICE:
                return "App Runner service";
            default:
                return "Bedrock code interpreter";
        }
    }

    private static List<FieldSpec> compute() {
        return List.of(
                EntityFields.name(Compute.class, "The function's, instance's or task's name",
                        (c, v) -> new Compute(c.id(), c.account(), c.type(), v, c.arn(), c.instanceProfile())),
                EntityFields.account(Compute.class, (c, v) -> new Compute(c.id(), v, c.type(), c.name(), c.arn(),
                        c.instanceProfile())),
                EntityFields.choice(Compute.class, "compute-type", "Compute type", "What runs: its service principal "
                        + "is the one the role must trust", c -> c.type().name(), (c, v) -> new Compute(c.id(),
                                c.account(), Compute.Type.valueOf(v), c.name(), c.arn(), c.instanceProfile()),
                        any -> EntityFields.choicesOf(Compute.Type.values(), ResourceFields::computeWords)),
                FieldSpec.of(Compute.class, "arn", "ARN", GENERAL, "arn:partition:service:region:account:resource; "
                        + "may stay empty", Kind.TEXT, c -> c.arn() == null ? "" : c.arn(), (c, v) -> new Compute(c.id(),
                                c.account(), c.type(), c.name(), v.isBlank() ? null : v.strip(), c.instanceProfile())),
                FieldSpec.of(Compute.class, "instance-profile", "Instance profile", GENERAL, "For an EC2 instance: "
                        + "the instance profile that hands it the role", Kind.TEXT,
                        c -> c.instanceProfile() == null ? "" : c.instanceProfile(), (c, v) -> new Compute(c.id(),
                                c.account(), c.type(), c.name(), c.arn(), v.isBlank() ? null : v.strip())));
    }
}
