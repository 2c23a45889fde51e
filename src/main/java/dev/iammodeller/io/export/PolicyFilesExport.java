package dev.iammodeller.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every policy of the model as a JSON file laid out as AWS prints policies ({@link AwsJson}: four spaces),
 * in folders by type and account:
 * <pre>
 * managed/ACCOUNT/NAME.json           a managed policy's default version (AWS managed ones under aws/);
 *                                     with every version, NAME.VERSION.json for the others
 * inline/ACCOUNT/users|groups|roles/HOLDER/NAME.json
 * trust/ACCOUNT/ROLE.json             a role's trust policy
 * resource/ACCOUNT/RESOURCE.json      a resource's resource-based policy
 * scp/NAME.json, rcp/NAME.json        the organization's policies
 * index.json                          what each file is and what it is attached to
 * </pre>
 * ACCOUNT is the account's name (its 12-digit id when the model has no account entity for it); every name
 * passes through {@link SafeFileNames}. Permissions boundaries are managed policies: their entry in the index
 * says {@code boundaryOf}. The same model gives the same files, byte for byte.
 */
public final class PolicyFilesExport {
    private PolicyFilesExport() {
    }

    public static Exported.Folder export(IamModel model, ExportOptions options) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        SafeFileNames names = new SafeFileNames();
        Map<String, String> accountFolders = new HashMap<>();
        ArrayNode index = AwsJson.MAPPER.createArrayNode();

        for (ManagedPolicy policy : model.all(ManagedPolicy.class)) {
            String folder = accountFolder(model, names, accountFolders, "managed", policy.account());
            String file = names.path(folder, policy.name(), ".json");
            ObjectNode entry = entry(index, file, "managed", policy);
            entry.put("version", policy.defaultVersion());
            entry.put("default", true);
            holders(model, entry, "attachedTo", model.from(policy.id(), RelationKind.ATTACHED_TO));
            holders(model, entry, "boundaryOf", model.from(policy.id(), RelationKind.BOUNDARY_OF));
            files.put(file, print(policy.document()));
            if (options.allVersions()) {
                for (ManagedPolicyVersion version : policy.versions()) {
                    if (!version.versionId().equals(policy.defaultVersion())) {
                        String other = names.path(folder, policy.name() + "." + version.versionId(), ".json");
                        ObjectNode versionEntry = entry(index, other, "managed", policy);
                        versionEntry.put("version", version.versionId());
                        versionEntry.put("default", false);
                        files.put(other, print(version.document()));
                    }
                }
            }
        }
        Map<String, String> holderFolders = new HashMap<>();
        for (InlinePolicy policy : model.all(InlinePolicy.class)) {
            Entity holder = model.entities().get(policy.owner());
            if (holder == null) {
                continue;
            }
            String kindFolder = accountFolder(model, names, accountFolders, "inline", holder.account()) + "/"
                    + holder.kind().json() + "s";
            String folder = holderFolders.computeIfAbsent(holder.id(), id -> names.path(kindFolder, holder.name(), ""));
            String file = names.path(folder, policy.name(), ".json");
            ObjectNode entry = entry(index, file, "inline", policy);
            entry.put("holder", holder.arn());
            entry.put("holderKind", holder.kind().json());
            files.put(file, print(policy.document()));
        }
        for (Role role : model.all(Role.class)) {
            String folder = accountFolder(model, names, accountFolders, "trust", role.account());
            String file = names.path(folder, role.name(), ".json");
            ObjectNode entry = entry(index, file, "trust", role);
            entry.put("role", role.arn());
            files.put(file, print(role.trustPolicy()));
        }
        for (Resource resource : model.all(Resource.class)) {
            if (resource.policy() == null) {
                continue;
            }
            String folder = accountFolder(model, names, accountFolders, "resource", resource.account());
            String file = names.path(folder, resource.name(), ".json");
            ObjectNode entry = entry(index, file, "resource", resource);
            entry.put("resourceType", resource.type());
            files.put(file, print(resource.policy()));
        }
        for (OrganizationPolicy policy : model.all(OrganizationPolicy.class)) {
            String type = policy.type() == OrganizationPolicy.Type.SCP ? "scp" : "rcp";
            String file = names.path(type, policy.name(), ".json");
            ObjectNode entry = entry(index, file, type, policy);
            ArrayNode targets = entry.putArray("appliesTo");
            for (Relation relation : model.from(policy.id(), RelationKind.APPLIES_TO)) {
                Entity target = model.entities().get(relation.to());
                if (target != null) {
                    ObjectNode t = targets.addObject();
                    t.put("kind", target.kind().json());
                    t.put("id", organizationId(target));
                    t.put("name", target.name());
                }
            }
            files.put(file, print(policy.document()));
        }
        ObjectNode top = AwsJson.object();
        top.put("format", "iam-modeller-policies/1");
        top.put("model", model.title());
        top.set("files", index);
        String indexName = names.path("", "index", ".json");
        Map<String, byte[]> withIndex = new LinkedHashMap<>();
        withIndex.put(indexName, AwsJson.print(top).getBytes(StandardCharsets.UTF_8));
        withIndex.putAll(files);
        return new Exported.Folder(withIndex, List.of());
    }

    /** The id AWS Organizations knows a target by: the account's 12 digits, the root's or unit's model id. */
    static String organizationId(Entity target) {
        if (target instanceof Account account) {
            return account.accountId();
        }
        if (target instanceof OrganizationRoot || target instanceof OrganizationalUnit) {
            return target.id();
        }
        return target.id();
    }

    private static String accountFolder(IamModel model, SafeFileNames names, Map<String, String> made, String type,
                                        String accountId) {
        String key = type + "\u0000" + accountId;
        return made.computeIfAbsent(key, k -> {
            if (type.equals("managed") && accountId == null) {
                return names.path(type, "aws", "");
            }
            String wanted = accountId == null ? "no account"
                    : model.account(accountId).map(Account::name).orElse(accountId);
            return names.path(type, wanted, "");
        });
    }

    private static ObjectNode entry(ArrayNode index, String file, String type, Entity entity) {
        ObjectNode entry = index.addObject();
        entry.put("file", file);
        entry.put("type", type);
        entry.put("name", entity.name());
        entry.put("modelId", entity.id());
        if (entity.arn() != null && !(entity instanceof Role && type.equals("trust"))) {
            entry.put("arn", entity.arn());
        }
        if (entity.account() != null) {
            entry.put("account", entity.account());
        }
        return entry;
    }

    private static void holders(IamModel model, ObjectNode entry, String field, List<Relation> relations) {
        ArrayNode list = entry.putArray(field);
        for (Relation relation : relations) {
            model.entity(relation.to()).map(Entity::arn).ifPresent(list::add);
        }
    }

    private static byte[] print(PolicyText text) {
        return AwsJson.print(AwsJson.tree(text)).getBytes(StandardCharsets.UTF_8);
    }
}
