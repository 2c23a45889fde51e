package dev.iammodeller.io;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IdentityCenterGroup;
import dev.iammodeller.model.IdentityCenterUser;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.Json;
import java.util.ArrayList;
import java.util.List;

/** Reads one entity object of a model file; returns null (with problems recorded) when it cannot. */
final class EntityReader {
    private EntityReader() {
    }

    /** Reads the entity, then refuses the fields it did not read. */
    static Entity read(Fields f) {
        Entity entity = readKnown(f);
        if (entity != null) {
            f.refuseUnknown();
        }
        return entity;
    }

    private static Entity readKnown(Fields f) {
        String kindName = f.string("kind");
        String id = f.string("id");
        String name = f.string("name");
        EntityKind kind = kindName == null ? null : EntityKind.byJson(kindName);
        if (kindName != null && kind == null) {
            f.problem(f.value("kind"), "\"" + kindName + "\" is not a kind of entity");
        }
        if (kind == null || id == null || name == null) {
            return null;
        }
        switch (kind) {
            case ORGANIZATION_ROOT:
                return organizationRoot(f, id, name);
            case ORGANIZATIONAL_UNIT:
                return new OrganizationalUnit(id, name, f.string("parent"));
            case ACCOUNT:
                return new Account(id, f.string("accountId"), name, f.optionalString("parent", null),
                        f.bool("management", false));
            case USER:
                return new User(id, f.string("account"), name, f.optionalString("path", "/"), f.bool("accessKeys", false),
                        f.bool("consolePassword", false), f.tags("tags"));
            case GROUP:
                return new Group(id, f.string("account"), name, f.optionalString("path", "/"));
            case ROLE: {
                PolicyText trust = f.policy("trustPolicy", true);
                return trust == null ? null : new Role(id, f.string("account"), name, f.optionalString("path", "/"), trust,
                        f.integer("maxSessionHours", 1), f.optionalString("description", ""), f.tags("tags"));
            }
            case MANAGED_POLICY:
                return managedPolicy(f, id, name);
            case INLINE_POLICY: {
                PolicyText document = f.policy("document", true);
                return document == null ? null : new InlinePolicy(id, f.string("owner"), name, document);
            }
            case IDENTITY_PROVIDER: {
                String type = f.string("type");
                if (!"SAML".equals(type) && !"OIDC".equals(type)) {
                    f.problem(f.value("type"), "an identity provider's type is SAML or OIDC");
                    return null;
                }
                return new IdentityProvider(id, f.string("account"), IdentityProvider.Type.valueOf(type), name);
            }
            case SERVICE:
                return new AwsService(id, f.string("prefix"), name, f.string("principal"));
            case RESOURCE:
                return new Resource(id, f.string("account"), name, f.string("type"), f.string("arn"),
                        f.policy("policy", false));
            case COMPUTE: {
                String type = f.string("type");
                Compute.Type computeType = type == null ? null : Compute.Type.byJson(type);
                if (computeType == null) {
                    f.problem(f.value("type"), "\"" + type + "\" is not a kind of compute");
                    return null;
                }
                return new Compute(id, f.string("account"), computeType, name, f.optionalString("arn", null),
                        f.optionalString("instanceProfile", null));
            }
            case ORGANIZATION_POLICY: {
                String type = f.string("type");
                PolicyText document = f.policy("document", true);
                if (!"SCP".equals(type) && !"RCP".equals(type)) {
                    f.problem(f.value("type"), "an organization policy's type is SCP or RCP");
                    return null;
                }
                return document == null ? null : new OrganizationPolicy(id, OrganizationPolicy.Type.valueOf(type), name, document);
            }
            case PERMISSION_SET:
                return new PermissionSet(id, name, f.optionalString("arn", null), f.optionalString("description", ""),
                        f.optionalString("sessionDuration", "PT1H"), f.strings("customerManagedPolicies"),
                        f.policy("inlinePolicy", false), f.optionalString("customerManagedBoundary", null));
            case IDENTITY_CENTER_USER:
                return new IdentityCenterUser(id, name, f.optionalString("displayName", ""));
            case IDENTITY_CENTER_GROUP:
                return new IdentityCenterGroup(id, name);
            default:
                return null;
        }
    }

    private static OrganizationRoot organizationRoot(Fields f, String id, String name) {
        String organizationId = f.optionalString("organizationId", null);
        if (organizationId != null && !OrganizationRoot.ORGANIZATION_ID.matcher(organizationId).matches()) {
            f.problem(f.value("organizationId"), "\"" + organizationId + "\" is not an organization id (o- and 10 to 32"
                    + " lower-case letters or digits, as o-a1b2c3d4e5)");
            organizationId = null;
        }
        return new OrganizationRoot(id, name, organizationId);
    }

    private static ManagedPolicy managedPolicy(Fields f, String id, String name) {
        List<ManagedPolicyVersion> versions = new ArrayList<>();
        Json list = f.value("versions");
        if (!(list instanceof Json.JsonArray array)) {
            f.problem(list, "\"versions\" must be a list of {\"versionId\", \"document\"}");
            return null;
        }
        for (Json item : array.items()) {
            if (!(item instanceof Json.JsonObject object)) {
                f.problem(item, "a version must be an object {\"versionId\", \"document\"}");
                continue;
            }
            Fields version = new Fields(object, f.problems());
            String versionId = version.string("versionId");
            PolicyText document = version.policy("document", true);
            version.refuseUnknown();
            if (versionId != null && document != null) {
                versions.add(new ManagedPolicyVersion(versionId, document));
            }
        }
        return new ManagedPolicy(id, f.optionalString("account", null), name, f.optionalString("path", "/"),
                f.optionalString("description", ""), versions, f.string("defaultVersion"));
    }
}
