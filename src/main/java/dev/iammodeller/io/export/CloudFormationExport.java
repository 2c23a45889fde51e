package dev.iammodeller.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One CloudFormation template (JSON, or YAML by {@link YamlText}) that creates the model's IAM:
 * {@code AWS::IAM::User}, {@code Group}, {@code Role} (trust policy, inline policies, managed policy ARNs,
 * boundary, path, session duration), {@code ManagedPolicy}, {@code UserToGroupAddition} (one per group),
 * {@code InstanceProfile} (for each instance profile of the model, with the role it runs as) and
 * {@code AWS::Organizations::Policy} with the ids of its targets. AWS managed policies are referenced by ARN,
 * never created; service-linked roles are AWS's to create and are left out (a note says so). The model's
 * own policies, groups, users and roles are referenced with {@code Ref}; a trust policy naming a user of the
 * template gets its ARN through {@code Fn::GetAtt} (so the user exists before the role that trusts it).
 * Logical ids are the kind and the name in letters and digits ({@code RoleDeployRole}), unique.
 * A template is deployed in one account: a model of several accounts gives a template holding all of them.
 */
public final class CloudFormationExport {
    private CloudFormationExport() {
    }

    public static Exported.Single export(IamModel model, ExportOptions options) {
        ObjectNode template = AwsJson.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "IAM of the model \"" + model.title() + "\", exported by IAM Modeller");
        ObjectNode resources = template.putObject("Resources");
        UniqueNames ids = UniqueNames.logicalIds();
        Map<String, String> logical = new HashMap<>();
        List<String> notes = new ArrayList<>();

        for (ManagedPolicy policy : model.all(ManagedPolicy.class)) {
            if (policy.awsManaged()) {
                continue;
            }
            String id = ids.next("Policy", policy.name());
            logical.put(policy.id(), id);
            ObjectNode props = resource(resources, id, "AWS::IAM::ManagedPolicy");
            props.put("ManagedPolicyName", policy.name());
            props.put("Path", policy.path());
            if (policy.description() != null && !policy.description().isEmpty()) {
                props.put("Description", policy.description());
            }
            props.set("PolicyDocument", AwsJson.tree(policy.document()));
        }
        for (Group group : model.all(Group.class)) {
            String id = ids.next("Group", group.name());
            logical.put(group.id(), id);
            ObjectNode props = resource(resources, id, "AWS::IAM::Group");
            props.put("GroupName", group.name());
            props.put("Path", group.path());
        }
        for (User user : model.all(User.class)) {
            String id = ids.next("User", user.name());
            logical.put(user.id(), id);
            ObjectNode props = resource(resources, id, "AWS::IAM::User");
            props.put("UserName", user.name());
            props.put("Path", user.path());
            tags(props, user.tags());
        }
        for (Role role : model.all(Role.class)) {
            if (role.serviceLinked()) {
                notes.add("cloudformation: the service-linked role " + role.name() + " is AWS's to create; left out");
                continue;
            }
            String id = ids.next("Role", role.name());
            logical.put(role.id(), id);
            ObjectNode props = resource(resources, id, "AWS::IAM::Role");
            props.put("RoleName", role.name());
            props.put("Path", role.path());
            if (role.description() != null && !role.description().isEmpty()) {
                props.put("Description", role.description());
            }
            props.put("MaxSessionDuration", role.maxSessionHours() * 3600);
            tags(props, role.tags());
        }
        // trust policies last: they may name users of the template
        Map<String, String> userArns = new HashMap<>();
        for (User user : model.all(User.class)) {
            userArns.put(user.arn(), logical.get(user.id()));
        }
        for (Role role : model.all(Role.class)) {
            String id = logical.get(role.id());
            if (id != null) {
                JsonNode trust = withUserArns(AwsJson.tree(role.trustPolicy()), userArns);
                ObjectNode props = (ObjectNode) resources.get(id).get("Properties");
                props.set("AssumeRolePolicyDocument", trust);
            }
        }
        for (Entity holder : model.entities().values()) {
            String id = logical.get(holder.id());
            if (id == null || !(holder instanceof User || holder instanceof Group || holder instanceof Role)) {
                continue;
            }
            ObjectNode props = (ObjectNode) resources.get(id).get("Properties");
            List<InlinePolicy> inline = model.inlinePolicies(holder.id());
            if (!inline.isEmpty()) {
                ArrayNode list = props.putArray("Policies");
                for (InlinePolicy policy : inline) {
                    ObjectNode p = list.addObject();
                    p.put("PolicyName", policy.name());
                    p.set("PolicyDocument", AwsJson.tree(policy.document()));
                }
            }
            List<Relation> attached = model.to(holder.id(), RelationKind.ATTACHED_TO);
            if (!attached.isEmpty()) {
                ArrayNode arns = props.putArray("ManagedPolicyArns");
                attached.forEach(r -> arns.add(policyArn(model, logical, r.from())));
            }
            List<Relation> boundary = model.to(holder.id(), RelationKind.BOUNDARY_OF);
            if (!boundary.isEmpty() && !(holder instanceof Group)) {
                props.set("PermissionsBoundary", policyArn(model, logical, boundary.get(0).from()));
            }
        }
        for (Group group : model.all(Group.class)) {
            List<Relation> members = model.to(group.id(), RelationKind.MEMBER_OF);
            if (members.isEmpty()) {
                continue;
            }
            String id = ids.next("Members", group.name());
            ObjectNode props = resource(resources, id, "AWS::IAM::UserToGroupAddition");
            props.set("GroupName", ref(logical.get(group.id())));
            ArrayNode users = props.putArray("Users");
            for (Relation member : members) {
                if (logical.containsKey(member.from())) {
                    users.add(ref(logical.get(member.from())));
                }
            }
        }
        for (Compute compute : model.all(Compute.class)) {
            if (compute.type() != Compute.Type.EC2_INSTANCE_PROFILE) {
                continue;
            }
            List<Relation> runsAs = model.from(compute.id(), RelationKind.RUNS_AS);
            String role = runsAs.isEmpty() ? null : logical.get(runsAs.get(0).to());
            if (role == null) {
                notes.add("cloudformation: instance profile " + compute.name() + " runs as no role of the template; left out");
                continue;
            }
            String id = ids.next("InstanceProfile", compute.name());
            ObjectNode props = resource(resources, id, "AWS::IAM::InstanceProfile");
            props.put("InstanceProfileName", compute.name());
            props.putArray("Roles").add(ref(role));
        }
        for (OrganizationPolicy policy : model.all(OrganizationPolicy.class)) {
            String id = ids.next(policy.type() == OrganizationPolicy.Type.SCP ? "Scp" : "Rcp", policy.name());
            ObjectNode props = resource(resources, id, "AWS::Organizations::Policy");
            props.put("Name", policy.name());
            props.put("Type", policy.type() == OrganizationPolicy.Type.SCP ? "SERVICE_CONTROL_POLICY"
                    : "RESOURCE_CONTROL_POLICY");
            props.set("Content", AwsJson.tree(policy.document()));
            ArrayNode targets = props.putArray("TargetIds");
            for (Relation relation : model.from(policy.id(), RelationKind.APPLIES_TO)) {
                model.entity(relation.to()).ifPresent(t -> targets.add(PolicyFilesExport.organizationId(t)));
            }
        }
        String text = options.yaml() ? YamlText.of(template) : AwsJson.print(template);
        return new Exported.Single(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), notes);
    }

    private static ObjectNode resource(ObjectNode resources, String id, String type) {
        ObjectNode resource = resources.putObject(id);
        resource.put("Type", type);
        return resource.putObject("Properties");
    }

    static ObjectNode ref(String logicalId) {
        ObjectNode ref = AwsJson.object();
        ref.put("Ref", logicalId);
        return ref;
    }

    /** A managed policy's ARN: a {@code Ref} to the template's policy, or the ARN of an AWS managed one. */
    private static JsonNode policyArn(IamModel model, Map<String, String> logical, String policyId) {
        String id = logical.get(policyId);
        if (id != null) {
            return ref(id);
        }
        return AwsJson.MAPPER.getNodeFactory().textNode(model.entity(policyId).map(Entity::arn).orElse(policyId));
    }

    private static void tags(ObjectNode props, Map<String, String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        ArrayNode list = props.putArray("Tags");
        new TreeMap<>(tags).forEach((k, v) -> list.addObject().put("Key", k).put("Value", v));
    }

    /** The trust policy with each principal ARN of a user of the template as {@code Fn::GetAtt [User, Arn]}. */
    private static JsonNode withUserArns(JsonNode trust, Map<String, String> userArns) {
        JsonNode statements = trust.get("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements != null && statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements != null) {
            list.add(statements);
        }
        for (JsonNode statement : list) {
            JsonNode principal = statement.get("Principal");
            if (principal == null || !principal.isObject() || !principal.has("AWS")) {
                continue;
            }
            JsonNode aws = principal.get("AWS");
            if (aws.isTextual() && userArns.containsKey(aws.textValue())) {
                ((ObjectNode) principal).set("AWS", getAttArn(userArns.get(aws.textValue())));
            } else if (aws.isArray()) {
                ArrayNode array = (ArrayNode) aws;
                for (int i = 0; i < array.size(); i++) {
                    String arn = array.get(i).asText();
                    if (array.get(i).isTextual() && userArns.containsKey(arn)) {
                        array.set(i, getAttArn(userArns.get(arn)));
                    }
                }
            }
        }
        return trust;
    }

    private static ObjectNode getAttArn(String logicalId) {
        ObjectNode getAtt = AwsJson.object();
        getAtt.putArray("Fn::GetAtt").add(logicalId).add("Arn");
        return getAtt;
    }
}
