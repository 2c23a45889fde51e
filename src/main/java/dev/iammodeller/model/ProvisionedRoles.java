package dev.iammodeller.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The roles IAM Identity Center provisions: when a permission set is assigned in an account, Identity Center
 * makes there a role {@code AWSReservedSSO_<permission set>_<16 hex digits>} under
 * {@code /aws-reserved/sso.amazonaws.com/} with the set's policies (its AWS managed policies attached, its
 * customer managed policies attached by path and name from that account, its inline policy as
 * {@code AwsSSOInlinePolicy}, its boundary), trusting the account's SAML provider
 * {@code AWSSSO_<...>_DO_NOT_DELETE} (IAM Identity Center User Guide, "IAM roles created by IAM Identity
 * Center", "Permission sets"). Nobody but Identity Center changes these roles ({@link AwsManagedChanges}).
 */
public final class ProvisionedRoles {
    /** The path of every provisioned role (a region may follow it). */
    public static final String PATH = "/aws-reserved/sso.amazonaws.com/";
    /** The name Identity Center gives the inline policy it copies onto a provisioned role. */
    public static final String INLINE_POLICY_NAME = "AwsSSOInlinePolicy";

    private ProvisionedRoles() {
    }

    public static boolean isProvisioned(Role role) {
        return role.path().startsWith(PATH);
    }

    /** The permission set that provisions this role, or null. */
    public static PermissionSet permissionSetOf(IamModel model, String roleId) {
        for (Relation relation : model.to(roleId, RelationKind.PROVISIONS)) {
            if (model.entities().get(relation.from()) instanceof PermissionSet set) {
                return set;
            }
        }
        return null;
    }

    /** The role the permission set provisions in the account, or null when it is not provisioned there. */
    public static Role roleIn(IamModel model, String permissionSetId, String accountId) {
        for (Relation relation : model.from(permissionSetId, RelationKind.PROVISIONS)) {
            if (model.entities().get(relation.to()) instanceof Role role && role.account().equals(accountId)) {
                return role;
            }
        }
        return null;
    }

    /**
     * The provisioned roles an Identity Center user or group is assigned: its own assignments and, for a user,
     * those of its Identity Center groups.
     */
    public static List<String> assignedRoles(IamModel model, String principalId) {
        List<String> out = new ArrayList<>();
        List<String> holders = new ArrayList<>(List.of(principalId));
        if (model.entities().get(principalId) instanceof IdentityCenterUser) {
            model.from(principalId, RelationKind.MEMBER_OF).forEach(r -> holders.add(r.to()));
        }
        for (String holder : holders) {
            for (Relation assignment : model.from(holder, RelationKind.ASSIGNED_TO)) {
                if (!out.contains(assignment.to())) {
                    out.add(assignment.to());
                }
            }
        }
        return out;
    }

    /** {@code AWSReservedSSO_<set>_<suffix>}: the suffix is fixed by the set and account, so a model reprovisions the same role. */
    public static String roleName(PermissionSet set, String accountId) {
        return "AWSReservedSSO_" + set.name() + "_" + suffix(set.id() + "@" + accountId);
    }

    /**
     * The model with the permission set provisioned in the account: its role made (or kept, when one is
     * already there) and given exactly the set's policies and session length.
     */
    public static IamModel provision(IamModel model, String permissionSetId, String accountId) {
        PermissionSet set = (PermissionSet) model.entity(permissionSetId).orElseThrow();
        Role existing = roleIn(model, permissionSetId, accountId);
        String id = existing != null ? existing.id() : "role-" + accountId + "-" + roleName(set, accountId);
        String name = existing != null ? existing.name() : roleName(set, accountId);
        String path = existing != null ? existing.path() : PATH;
        Role role = existing != null
                ? new Role(id, accountId, name, path, existing.trustPolicy(), set.sessionHours(), existing.description(),
                        existing.tags())
                : new Role(id, accountId, name, path, new PolicyText(trust(accountId)), set.sessionHours(),
                        "Provisioned by IAM Identity Center for permission set " + set.name(), Map.of());
        Map<String, Entity> entities = new HashMap<>(model.entities());
        entities.values().removeIf(e -> e instanceof InlinePolicy p && p.owner().equals(id));
        entities.put(id, role);
        List<Relation> relations = new ArrayList<>();
        for (Relation relation : model.relations()) {
            boolean policyOfRole = relation.to().equals(id) && (relation.kind() == RelationKind.ATTACHED_TO
                    || relation.kind() == RelationKind.BOUNDARY_OF);
            if (!policyOfRole) {
                relations.add(relation);
            }
        }
        relations.add(new Relation(RelationKind.PROVISIONS, permissionSetId, id));
        for (Relation attached : model.to(permissionSetId, RelationKind.ATTACHED_TO)) {
            relations.add(new Relation(RelationKind.ATTACHED_TO, attached.from(), id));
        }
        for (Relation boundary : model.to(permissionSetId, RelationKind.BOUNDARY_OF)) {
            relations.add(new Relation(RelationKind.BOUNDARY_OF, boundary.from(), id));
        }
        for (String reference : set.customerManagedPolicies()) {
            ManagedPolicy policy = customerPolicy(model, accountId, reference);
            if (policy != null) {
                relations.add(new Relation(RelationKind.ATTACHED_TO, policy.id(), id));
            }
        }
        if (set.customerManagedBoundary() != null) {
            ManagedPolicy policy = customerPolicy(model, accountId, set.customerManagedBoundary());
            if (policy != null) {
                relations.add(new Relation(RelationKind.BOUNDARY_OF, policy.id(), id));
            }
        }
        if (set.inlinePolicy() != null) {
            String inlineId = id + "/" + INLINE_POLICY_NAME;
            entities.put(inlineId, new InlinePolicy(inlineId, id, INLINE_POLICY_NAME, set.inlinePolicy()));
        }
        return new IamModel(model.title(), model.description(), entities, relations, model.layout(),
                model.acceptedFindings());
    }

    /** The model with every role of the permission set made again from it (after the set changed). */
    public static IamModel reprovision(IamModel model, String permissionSetId) {
        IamModel out = model;
        for (Relation relation : model.from(permissionSetId, RelationKind.PROVISIONS)) {
            Entity role = model.entities().get(relation.to());
            if (role != null) {
                out = provision(out, permissionSetId, role.account());
            }
        }
        return out;
    }

    /**
     * The model after an edit of {@code changedId}: when it is a permission set (its fields, or a policy attached
     * to it), its roles are provisioned again, as Identity Center does when a changed set is provisioned.
     */
    public static IamModel afterChangeOf(IamModel model, String changedId) {
        return model.entities().get(changedId) instanceof PermissionSet ? reprovision(model, changedId) : model;
    }

    /** The customer managed policy of the account with this path and name ({@code /team/Deploy}), or null. */
    static ManagedPolicy customerPolicy(IamModel model, String accountId, String reference) {
        int slash = reference.lastIndexOf('/');
        String path = slash <= 0 ? "/" : reference.substring(0, slash + 1);
        String name = reference.substring(slash + 1);
        for (ManagedPolicy policy : model.all(ManagedPolicy.class)) {
            if (accountId.equals(policy.account()) && policy.name().equals(name) && policy.path().equals(path)) {
                return policy;
            }
        }
        return null;
    }

    /** The trust policy Identity Center writes: the account's Identity Center SAML provider, for the sign-in page. */
    static String trust(String accountId) {
        String provider = "arn:aws:iam::" + accountId + ":saml-provider/AWSSSO_" + suffix(accountId) + "_DO_NOT_DELETE";
        return String.join("\n", "{",
                "  \"Version\": \"2012-10-17\",",
                "  \"Statement\": [",
                "    {",
                "      \"Effect\": \"Allow\",",
                "      \"Principal\": {",
                "        \"Federated\": \"" + provider + "\"",
                "      },",
                "      \"Action\": [",
                "        \"sts:AssumeRoleWithSAML\",",
                "        \"sts:TagSession\"",
                "      ],",
                "      \"Condition\": {",
                "        \"StringEquals\": {",
                "          \"SAML:aud\": \"https://signin.aws.amazon.com/saml\"",
                "        }",
                "      }",
                "    }",
                "  ]",
                "}");
    }

    private static String suffix(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
