package dev.iammodeller.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.model.AcceptedFinding;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityCenterUser;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a model as the text of an {@code iam-modeller/1} file, or {@code iam-modeller/2} when it has comments
 * (docs/file-format.md): a model without comments keeps the bytes, and the readers, of the first format.
 */
final class ModelFileWriter {
    static final ObjectMapper JSON = new ObjectMapper();

    private ModelFileWriter() {
    }

    static String write(IamModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", model.comments().isEmpty() ? ModelFile.FORMAT_1 : ModelFile.FORMAT);
        root.put("title", model.title());
        root.put("description", model.description());
        ArrayNode entities = root.putArray("entities");
        List<Entity> sorted = new ArrayList<>(model.entities().values());
        sorted.sort(Comparator.comparing((Entity e) -> e.kind().ordinal()).thenComparing(Entity::id));
        for (Entity entity : sorted) {
            entities.add(entity(entity));
        }
        ArrayNode relations = root.putArray("relations");
        for (Relation relation : model.relations()) {
            relations.addObject().put("kind", relation.kind().json()).put("from", relation.from()).put("to", relation.to());
        }
        ObjectNode layout = root.putObject("layout");
        ObjectNode nodes = layout.putObject("nodes");
        model.layout().nodes().forEach((id, point) -> {
            ObjectNode at = nodes.putObject(id);
            number(at, "x", point.x());
            number(at, "y", point.y());
        });
        ObjectNode frames = layout.putObject("frames");
        model.layout().frames().forEach((id, bounds) -> frame(frames.putObject(id), bounds));
        if (!model.acceptedFindings().isEmpty()) {
            // Written only when there are some, so that files without any keep their bytes.
            ArrayNode accepted = root.putArray("acceptedFindings");
            for (AcceptedFinding finding : model.acceptedFindings()) {
                ObjectNode node = accepted.addObject().put("code", finding.code()).put("subject", finding.subject())
                        .put("reason", finding.reason());
                if (finding.acceptedBy() != null) {
                    node.put("acceptedBy", finding.acceptedBy());
                }
                if (finding.at() != null) {
                    node.put("at", finding.at());
                }
            }
        }
        if (!model.comments().isEmpty()) {
            comments(root.putArray("comments"), model.comments());
        }
        return print(root) + "\n";
    }

    /** The comments by number, each {@code {"number", "pin", "text", "author"?, "at"?, "resolved", "replies"}}. */
    private static void comments(ArrayNode out, List<Comment> comments) {
        for (Comment comment : comments) {
            ObjectNode node = out.addObject().put("number", comment.number());
            ObjectNode pin = node.putObject("pin");
            CommentPin at = comment.pin();
            if (at.nodeId() != null) {
                pin.put("node", at.nodeId());
            } else if (at.edge() != null) {
                pin.putObject("edge").put("kind", at.edge().kind().json()).put("from", at.edge().from())
                        .put("to", at.edge().to());
            } else {
                number(pin, "x", at.spot().x());
                number(pin, "y", at.spot().y());
            }
            written(node, comment.text(), comment.author(), comment.at());
            node.put("resolved", comment.resolved());
            ArrayNode replies = node.putArray("replies");
            for (CommentReply reply : comment.replies()) {
                written(replies.addObject(), reply.text(), reply.author(), reply.at());
            }
        }
    }

    private static void written(ObjectNode node, String text, String author, String at) {
        node.put("text", text);
        if (author != null) {
            node.put("author", author);
        }
        if (at != null) {
            node.put("at", at);
        }
    }

    static String print(JsonNode node) {
        try {
            return JSON.writer(JsonLayout.twoSpaces()).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode out = JSON.createObjectNode();
        out.put("kind", entity.kind().json());
        out.put("id", entity.id());
        out.put("name", entity.name());
        if (entity instanceof OrganizationRoot root && root.organizationId() != null) {
            out.put("organizationId", root.organizationId());
        } else if (entity instanceof OrganizationalUnit unit) {
            out.put("parent", unit.parent());
        } else if (entity instanceof Account account) {
            out.put("accountId", account.accountId());
            if (account.parent() != null) {
                out.put("parent", account.parent());
            }
            out.put("management", account.management());
        } else if (entity instanceof User user) {
            out.put("account", user.account()).put("path", user.path()).put("accessKeys", user.accessKeys())
                    .put("consolePassword", user.consolePassword());
            tags(out, user.tags());
        } else if (entity instanceof Group group) {
            out.put("account", group.account()).put("path", group.path());
        } else if (entity instanceof Role role) {
            out.put("account", role.account()).put("path", role.path()).put("maxSessionHours", role.maxSessionHours())
                    .put("description", role.description());
            tags(out, role.tags());
            out.set("trustPolicy", document(role.trustPolicy()));
        } else if (entity instanceof ManagedPolicy policy) {
            if (policy.account() != null) {
                out.put("account", policy.account());
            }
            out.put("path", policy.path()).put("description", policy.description())
                    .put("defaultVersion", policy.defaultVersion());
            ArrayNode versions = out.putArray("versions");
            for (ManagedPolicyVersion version : policy.versions()) {
                versions.addObject().put("versionId", version.versionId()).set("document", document(version.document()));
            }
        } else if (entity instanceof InlinePolicy policy) {
            out.put("owner", policy.owner());
            out.set("document", document(policy.document()));
        } else if (entity instanceof IdentityProvider provider) {
            out.put("account", provider.account()).put("type", provider.type().name());
        } else if (entity instanceof AwsService service) {
            out.put("prefix", service.prefix()).put("principal", service.principal());
        } else if (entity instanceof Resource resource) {
            out.put("account", resource.account()).put("type", resource.type()).put("arn", resource.arn());
            if (resource.policy() != null) {
                out.set("policy", document(resource.policy()));
            }
        } else if (entity instanceof Compute compute) {
            out.put("account", compute.account()).put("type", compute.type().json());
            if (compute.arn() != null) {
                out.put("arn", compute.arn());
            }
            if (compute.instanceProfile() != null) {
                out.put("instanceProfile", compute.instanceProfile());
            }
        } else if (entity instanceof OrganizationPolicy policy) {
            out.put("type", policy.type().name());
            out.set("document", document(policy.document()));
        } else if (entity instanceof PermissionSet set) {
            if (set.arn() != null) {
                out.put("arn", set.arn());
            }
            out.put("description", set.description()).put("sessionDuration", set.sessionDuration());
            ArrayNode references = out.putArray("customerManagedPolicies");
            set.customerManagedPolicies().forEach(references::add);
            if (set.customerManagedBoundary() != null) {
                out.put("customerManagedBoundary", set.customerManagedBoundary());
            }
            if (set.inlinePolicy() != null) {
                out.set("inlinePolicy", document(set.inlinePolicy()));
            }
        } else if (entity instanceof IdentityCenterUser user) {
            out.put("displayName", user.displayName());
        }
        return out;
    }

    private static void tags(ObjectNode out, Map<String, String> tags) {
        ObjectNode node = out.putObject("tags");
        new TreeMap<>(tags).forEach(node::put);
    }

    static JsonNode document(PolicyText text) {
        try {
            return JSON.readTree(text.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy of the model is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void frame(ObjectNode out, Layout.Bounds bounds) {
        number(out, "x", bounds.x());
        number(out, "y", bounds.y());
        number(out, "width", bounds.width());
        number(out, "height", bounds.height());
    }

    /** Whole numbers as integers (120, not 120.0), so hand-written and generated files agree. */
    private static void number(ObjectNode out, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.put(name, (long) value);
        } else {
            out.put(name, value);
        }
    }
}
