package dev.iammodeller.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform (HCL2, one {@code .tf} file) for the AWS provider: {@code aws_iam_user}, {@code aws_iam_group},
 * {@code aws_iam_user_group_membership}, {@code aws_iam_role} (trust as {@code jsonencode(...)}),
 * {@code aws_iam_policy}, {@code aws_iam_user|group|role_policy_attachment}, inline
 * {@code aws_iam_user|group|role_policy}, {@code aws_iam_instance_profile}, {@code aws_organizations_policy}
 * and {@code aws_organizations_policy_attachment}. Policy documents are HCL expressions inside
 * {@code jsonencode}, so Terraform compares them as JSON; a trust policy naming a user of the file refers to
 * {@code aws_iam_user.NAME.arn}. Resource names are valid, unique HCL identifiers made from the names; every
 * string is escaped, {@code ${} and {@code %{} included (IAM policy variables such as {@code ${aws:username}}
 * stay literal). AWS managed policies are attached by ARN; service-linked roles are left out.
 */
public final class TerraformExport {
    private TerraformExport() {
    }

    public static Exported.Single export(IamModel model, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("# IAM of the model ").append(model.title().replaceAll("[\\r\\n]+", " "))
                .append(", exported by IAM Modeller\n");
        UniqueNames ids = UniqueNames.hclIdentifiers();
        Map<String, String> refs = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> userArns = new HashMap<>();

        for (ManagedPolicy policy : model.all(ManagedPolicy.class)) {
            if (policy.awsManaged()) {
                continue;
            }
            String id = ids.next("", policy.name());
            refs.put(policy.id(), "aws_iam_policy." + id);
            out.append("\nresource \"aws_iam_policy\" ").append(quote(id)).append(" {\n");
            attr(out, "name", quote(policy.name()));
            attr(out, "path", quote(policy.path()));
            if (policy.description() != null && !policy.description().isEmpty()) {
                attr(out, "description", quote(policy.description()));
            }
            attr(out, "policy", jsonencode(policy.document(), Map.of()));
            out.append("}\n");
        }
        for (Group group : model.all(Group.class)) {
            String id = ids.next("", group.name());
            refs.put(group.id(), "aws_iam_group." + id);
            out.append("\nresource \"aws_iam_group\" ").append(quote(id)).append(" {\n");
            attr(out, "name", quote(group.name()));
            attr(out, "path", quote(group.path()));
            out.append("}\n");
        }
        for (User user : model.all(User.class)) {
            String id = ids.next("", user.name());
            refs.put(user.id(), "aws_iam_user." + id);
            userArns.put(user.arn(), "aws_iam_user." + id + ".arn");
            out.append("\nresource \"aws_iam_user\" ").append(quote(id)).append(" {\n");
            attr(out, "name", quote(user.name()));
            attr(out, "path", quote(user.path()));
            boundary(out, model, refs, user);
            tags(out, user.tags());
            out.append("}\n");
        }
        for (Role role : model.all(Role.class)) {
            if (role.serviceLinked()) {
                notes.add("terraform: the service-linked role " + role.name() + " is AWS's to create; left out");
                continue;
            }
            String id = ids.next("", role.name());
            refs.put(role.id(), "aws_iam_role." + id);
            out.append("\nresource \"aws_iam_role\" ").append(quote(id)).append(" {\n");
            attr(out, "name", quote(role.name()));
            attr(out, "path", quote(role.path()));
            if (role.description() != null && !role.description().isEmpty()) {
                attr(out, "description", quote(role.description()));
            }
            attr(out, "max_session_duration", Integer.toString(role.maxSessionHours() * 3600));
            attr(out, "assume_role_policy", jsonencode(role.trustPolicy(), userArns));
            boundary(out, model, refs, role);
            tags(out, role.tags());
            out.append("}\n");
        }
        for (User user : model.all(User.class)) {
            List<String> groups = new ArrayList<>();
            for (Relation member : model.from(user.id(), RelationKind.MEMBER_OF)) {
                if (refs.containsKey(member.to())) {
                    groups.add(refs.get(member.to()) + ".name");
                }
            }
            if (!groups.isEmpty()) {
                String id = ids.next("", user.name() + " groups");
                out.append("\nresource \"aws_iam_user_group_membership\" ").append(quote(id)).append(" {\n");
                attr(out, "user", refs.get(user.id()) + ".name");
                attr(out, "groups", "[" + String.join(", ", groups) + "]");
                out.append("}\n");
            }
        }
        for (Entity holder : model.entities().values()) {
            String kind = holder instanceof User ? "user" : holder instanceof Group ? "group"
                    : holder instanceof Role ? "role" : null;
            String holderRef = refs.get(holder.id());
            if (kind == null || holderRef == null) {
                continue;
            }
            for (Relation attached : model.to(holder.id(), RelationKind.ATTACHED_TO)) {
                Entity policy = model.entities().get(attached.from());
                if (policy == null) {
                    continue;
                }
                String id = ids.next("", holder.name() + " " + policy.name());
                out.append("\nresource \"aws_iam_").append(kind).append("_policy_attachment\" ").append(quote(id))
                        .append(" {\n");
                attr(out, kind, holderRef + ".name");
                attr(out, "policy_arn", policyArn(refs, policy));
                out.append("}\n");
            }
            for (InlinePolicy policy : model.inlinePolicies(holder.id())) {
                String id = ids.next("", holder.name() + " " + policy.name());
                out.append("\nresource \"aws_iam_").append(kind).append("_policy\" ").append(quote(id)).append(" {\n");
                attr(out, "name", quote(policy.name()));
                attr(out, kind, holderRef + ".name");
                attr(out, "policy", jsonencode(policy.document(), Map.of()));
                out.append("}\n");
            }
        }
        for (Compute compute : model.all(Compute.class)) {
            if (compute.type() != Compute.Type.EC2_INSTANCE_PROFILE) {
                continue;
            }
            List<Relation> runsAs = model.from(compute.id(), RelationKind.RUNS_AS);
            String role = runsAs.isEmpty() ? null : refs.get(runsAs.get(0).to());
            if (role == null) {
                notes.add("terraform: instance profile " + compute.name() + " runs as no role of the file; left out");
                continue;
            }
            String id = ids.next("", compute.name());
            out.append("\nresource \"aws_iam_instance_profile\" ").append(quote(id)).append(" {\n");
            attr(out, "name", quote(compute.name()));
            attr(out, "role", role + ".name");
            out.append("}\n");
        }
        for (OrganizationPolicy policy : model.all(OrganizationPolicy.class)) {
            String id = ids.next("", policy.name());
            out.append("\nresource \"aws_organizations_policy\" ").append(quote(id)).append(" {\n");
            attr(out, "name", quote(policy.name()));
            attr(out, "type", quote(policy.type() == OrganizationPolicy.Type.SCP ? "SERVICE_CONTROL_POLICY"
                    : "RESOURCE_CONTROL_POLICY"));
            attr(out, "content", jsonencode(policy.document(), Map.of()));
            out.append("}\n");
            for (Relation relation : model.from(policy.id(), RelationKind.APPLIES_TO)) {
                Entity target = model.entities().get(relation.to());
                if (target == null) {
                    continue;
                }
                String attachment = ids.next("", policy.name() + " " + target.name());
                out.append("\nresource \"aws_organizations_policy_attachment\" ").append(quote(attachment))
                        .append(" {\n");
                attr(out, "policy_id", "aws_organizations_policy." + id + ".id");
                attr(out, "target_id", quote(PolicyFilesExport.organizationId(target)));
                out.append("}\n");
            }
        }
        return new Exported.Single(out.toString().getBytes(StandardCharsets.UTF_8), notes);
    }

    private static void attr(StringBuilder out, String name, String expression) {
        out.append("  ").append(name).append(" = ").append(expression).append('\n');
    }

    private static String policyArn(Map<String, String> refs, Entity policy) {
        String ref = refs.get(policy.id());
        return ref != null ? ref + ".arn" : quote(policy.arn());
    }

    private static void boundary(StringBuilder out, IamModel model, Map<String, String> refs, Entity holder) {
        List<Relation> boundary = model.to(holder.id(), RelationKind.BOUNDARY_OF);
        if (!boundary.isEmpty()) {
            model.entity(boundary.get(0).from()).ifPresent(p -> attr(out, "permissions_boundary", policyArn(refs, p)));
        }
    }

    private static void tags(StringBuilder out, Map<String, String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        out.append("  tags = {\n");
        new TreeMap<>(tags).forEach((k, v) -> out.append("    ").append(quote(k)).append(" = ").append(quote(v))
                .append('\n'));
        out.append("  }\n");
    }

    /** {@code jsonencode(...)} of a policy as an HCL expression; strings in {@code raw} become those expressions. */
    private static String jsonencode(PolicyText text, Map<String, String> principals) {
        StringBuilder out = new StringBuilder("jsonencode(");
        value(out, AwsJson.tree(text), "  ", principals, false);
        return out.append(')').toString();
    }

    private static void value(StringBuilder out, JsonNode node, String indent, Map<String, String> principals,
                              boolean awsPrincipal) {
        if (node.isObject()) {
            if (node.size() == 0) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(indent).append("  ").append(quote(field.getKey())).append(" = ");
                value(out, field.getValue(), indent + "  ", principals, field.getKey().equals("AWS"));
                out.append('\n');
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            if (node.size() == 0) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(indent).append("  ");
                value(out, node.get(i), indent + "  ", principals, awsPrincipal);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isTextual()) {
            String raw = awsPrincipal ? principals.get(node.textValue()) : null;
            out.append(raw != null ? raw : quote(node.textValue()));
        } else if (node.isNull()) {
            out.append("null");
        } else {
            out.append(node.asText());
        }
    }

    /** An HCL quoted string: {@code \ " } escaped, line breaks as escapes, {@code ${} as {@code $${}, {@code %{} as {@code %%{}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> out.append(c).append(next == '{' ? String.valueOf(c) : "");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
