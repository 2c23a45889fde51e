package dev.iammodeller.model;

import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.PolicyParseException;
import java.util.ArrayList;
import java.util.List;

/** What makes one entity valid in its model: names, paths, references, session length. */
final class EntityRules {
    private EntityRules() {
    }

    static List<String> problems(Entity entity, IamModel model) {
        List<String> out = new ArrayList<>();
        if (!IamNames.isId(entity.id())) {
            out.add("\"" + entity.id() + "\" is not an id: use letters, digits and _ . : @ / + = , -");
        }
        String name = IamNames.nameProblem(entity.kind(), entity.name());
        if (name != null) {
            out.add(name);
        }
        if (name == null && model.namesakes(entity) > 1) {
            out.add("another " + entity.kind().json() + " of " + (entity.account() == null ? "AWS" : "account "
                    + entity.account()) + " is also named \"" + entity.name() + "\" (IAM names ignore case: "
                    + "Alice and alice are one name)");
        }
        String account = entity.account();
        if (account != null && !(entity instanceof Account)) {
            if (!IamNames.isAccountId(account)) {
                out.add("\"" + account + "\" is not a 12-digit account id");
            } else if (model.account(account).isEmpty()) {
                out.add("account " + account + " is not in the model: add it first");
            }
        }
        for (PolicyText document : documents(entity)) {
            try {
                document.document();
            } catch (PolicyParseException e) {
                out.add("a policy document of " + entity.name() + " does not parse: " + e.getMessage());
            }
        }
        switch (entity.kind()) {
            case ACCOUNT:
                Account a = (Account) entity;
                if (!IamNames.isAccountId(a.accountId())) {
                    out.add("\"" + a.accountId() + "\" is not a 12-digit account id");
                }
                parent(a.parent(), model, true, MAX_UNIT_DEPTH, out);
                break;
            case ORGANIZATIONAL_UNIT:
                parent(((OrganizationalUnit) entity).parent(), model, false, MAX_UNIT_DEPTH - 1, out);
                break;
            case USER:
                path(((User) entity).path(), out);
                tags(((User) entity).tags(), out);
                break;
            case GROUP:
                path(((Group) entity).path(), out);
                break;
            case ROLE:
                Role role = (Role) entity;
                path(role.path(), out);
                if (role.maxSessionHours() < 1 || role.maxSessionHours() > 12) {
                    out.add("a role's maximum session duration is 1 to 12 hours, not " + role.maxSessionHours());
                }
                tags(role.tags(), out);
                break;
            case MANAGED_POLICY:
                ManagedPolicy policy = (ManagedPolicy) entity;
                path(policy.path(), out);
                if (policy.versions().isEmpty()) {
                    out.add("a managed policy has at least one version");
                } else if (policy.versions().stream().noneMatch(v -> v.versionId().equals(policy.defaultVersion()))) {
                    out.add("the default version \"" + policy.defaultVersion() + "\" is not one of the policy's versions");
                }
                break;
            case INLINE_POLICY:
                Entity owner = model.entities().get(((InlinePolicy) entity).owner());
                if (owner == null || !(owner.kind().isIamPrincipal() || owner.kind() == EntityKind.GROUP)) {
                    out.add("an inline policy belongs to a user, group or role of the model");
                }
                break;
            case RESOURCE:
                arn(((Resource) entity).arn(), false, out);
                break;
            case COMPUTE:
                arn(((Compute) entity).arn(), true, out);
                break;
            case PERMISSION_SET:
                permissionSet((PermissionSet) entity, out);
                break;
            default:
                break;
        }
        return out;
    }

    /** The policy documents an entity holds. */
    static List<PolicyText> documents(Entity entity) {
        List<PolicyText> out = new ArrayList<>();
        if (entity instanceof Role role) {
            out.add(role.trustPolicy());
        } else if (entity instanceof ManagedPolicy policy) {
            policy.versions().forEach(version -> out.add(version.document()));
        } else if (entity instanceof InlinePolicy policy) {
            out.add(policy.document());
        } else if (entity instanceof Resource resource && resource.policy() != null) {
            out.add(resource.policy());
        } else if (entity instanceof OrganizationPolicy policy) {
            out.add(policy.document());
        } else if (entity instanceof PermissionSet set && set.inlinePolicy() != null) {
            out.add(set.inlinePolicy());
        }
        return out;
    }

    /** IAM Identity Center's rules for a permission set: session of 1 to 12 hours, references by path and name. */
    private static void permissionSet(PermissionSet set, List<String> out) {
        long seconds = set.sessionSeconds();
        if (seconds < 0) {
            out.add("a permission set's session duration is an ISO-8601 duration such as PT1H or PT8H30M, not \""
                    + set.sessionDuration() + "\"");
        } else if (seconds < 3600 || seconds > 12 * 3600) {
            out.add("a permission set's session lasts 1 to 12 hours, not " + set.sessionDuration());
        }
        List<String> references = new ArrayList<>(set.customerManagedPolicies());
        if (set.customerManagedBoundary() != null) {
            references.add(set.customerManagedBoundary());
        }
        for (String reference : references) {
            int slash = reference.lastIndexOf('/');
            String problem = slash < 0 ? "a customer managed policy is named by path and name, such as /Deploy or"
                    + " /team/Deploy, not \"" + reference + "\""
                    : IamNames.pathProblem(reference.substring(0, slash + 1));
            if (problem == null) {
                problem = IamNames.nameProblem(EntityKind.MANAGED_POLICY, reference.substring(slash + 1));
            }
            if (problem != null) {
                out.add(problem);
            }
        }
        if (set.arn() != null) {
            arn(set.arn(), true, out);
        }
    }

    private static void path(String path, List<String> out) {
        String problem = IamNames.pathProblem(path);
        if (problem != null) {
            out.add(problem);
        }
    }

    private static void tags(java.util.Map<String, String> tags, List<String> out) {
        String problem = IamNames.tagsProblem(tags);
        if (problem != null) {
            out.add(problem);
        }
    }

    /** How many levels of organizational units AWS Organizations allows below the root. */
    static final int MAX_UNIT_DEPTH = 5;

    private static void arn(String arn, boolean optional, List<String> out) {
        if (arn == null ? !optional : Arn.parseOrNull(arn) == null) {
            out.add("\"" + arn + "\" is not an ARN: it reads arn:partition:service:region:account:resource");
        }
    }

    private static void parent(String parent, IamModel model, boolean optional, int unitsAbove, List<String> out) {
        parentChain(parent, model, unitsAbove, out);
        if (parent == null) {
            if (!optional) {
                out.add("an organizational unit has a parent: the root or another unit");
            }
            return;
        }
        Entity found = model.entities().get(parent);
        if (found == null || (found.kind() != EntityKind.ORGANIZATION_ROOT
                && found.kind() != EntityKind.ORGANIZATIONAL_UNIT)) {
            out.add("the parent \"" + parent + "\" is not the organization root or an organizational unit of the model");
        }
    }

    /**
     * A chain of parents that comes back on itself (the organization is a tree under its root), or that holds more
     * than {@code unitsAbove} units (AWS Organizations nests units at most {@value #MAX_UNIT_DEPTH} levels below the
     * root). At most that many steps are taken, so checking every entity of a model stays linear in its size.
     */
    private static void parentChain(String parent, IamModel model, int unitsAbove, List<String> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int units = 0;
        for (String at = parent; at != null; ) {
            if (!seen.add(at)) {
                out.add("the organizational unit \"" + at + "\" is its own ancestor: the units of an organization"
                        + " form a tree under its root");
                return;
            }
            if (!(model.entities().get(at) instanceof OrganizationalUnit unit)) {
                return;
            }
            if (++units > unitsAbove) {
                out.add("the organizational unit \"" + parent + "\" is too deep to hold this: AWS Organizations nests"
                        + " units at most " + MAX_UNIT_DEPTH + " levels below the root");
                return;
            }
            at = unit.parent();
        }
    }
}
