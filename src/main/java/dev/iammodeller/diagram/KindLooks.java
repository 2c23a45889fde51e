package dev.iammodeller.diagram;

import dev.iammodeller.model.EntityKind;
import java.util.EnumMap;
import java.util.Map;

/** The look of every kind: one place for the canvas, the palette, the legend and an SVG export. */
public final class KindLooks {
    private static final Map<EntityKind, KindLook> LOOKS = new EnumMap<>(EntityKind.class);

    static {
        put(EntityKind.ORGANIZATION_ROOT, "organization root", Family.ORGANIZATION,
                "M12 2 L21 7 L21 17 L12 22 L3 17 L3 7 Z M12 7 L12 17 M7 10 L17 10",
                "The root of an AWS organization: the top of the tree of organizational units and accounts that "
                        + "service control policies flow down.");
        put(EntityKind.ORGANIZATIONAL_UNIT, "organizational unit", Family.ORGANIZATION,
                "M2 6 L9 6 L11 8 L22 8 L22 20 L2 20 Z",
                "An organizational unit groups accounts so that one SCP or RCP attached to it limits them all.");
        put(EntityKind.ACCOUNT, "account", Family.ORGANIZATION,
                "M3 4 L21 4 L21 20 L3 20 Z M3 9 L21 9 M7 13 L11 13 M7 16 L14 16",
                "An AWS account is a boundary: its users, roles and resources live in it, and access from another "
                        + "account needs both sides to allow it.");
        put(EntityKind.USER, "user", Family.IDENTITIES,
                "M12 3 A4 4 0 1 1 12 11 A4 4 0 1 1 12 3 Z M4 21 C4 15 8 13 12 13 C16 13 20 15 20 21 Z",
                "A user is a long-lived identity for one person or program; it gets permissions from its own "
                        + "policies and those of its groups.");
        put(EntityKind.GROUP, "group", Family.IDENTITIES,
                "M8 4 A3 3 0 1 1 8 10 A3 3 0 1 1 8 4 Z M16 4 A3 3 0 1 1 16 10 A3 3 0 1 1 16 4 Z "
                        + "M2 20 C2 15 5 12 8 12 C11 12 14 15 14 20 Z M14 12.5 C17 12 22 14 22 20 L15.5 20",
                "A group collects users so they share policies; it cannot be assumed or trusted, and it is never a "
                        + "principal.");
        put(EntityKind.ROLE, "role", Family.IDENTITIES,
                "M12 2 L20 5 L20 11 C20 16 16.5 20 12 22 C7.5 20 4 16 4 11 L4 5 Z M9 12 L11 14 L15 9",
                "A role is an identity with no credentials of its own: principals its trust policy names assume it "
                        + "for a short session.");
        put(EntityKind.MANAGED_POLICY, "managed policy", Family.POLICIES,
                "M5 2 L15 2 L20 7 L20 22 L5 22 Z M15 2 L15 7 L20 7 M8 12 L17 12 M8 15 L17 15 M8 18 L14 18",
                "A managed policy is a standalone permissions document that can be attached to many users, groups "
                        + "and roles, or set as a permissions boundary.");
        put(EntityKind.INLINE_POLICY, "inline policy", Family.POLICIES,
                "M5 2 L19 2 L19 22 L5 22 Z M8 7 L16 7 M8 11 L16 11 M8 15 L13 15 M14 15 L17 19",
                "An inline policy is embedded in exactly one user, group or role and is deleted with it.");
        put(EntityKind.IDENTITY_PROVIDER, "identity provider", Family.IDENTITIES,
                "M12 2 A10 10 0 1 1 12 22 A10 10 0 1 1 12 2 Z M2 12 L22 12 M12 2 C8 6 8 18 12 22 C16 18 16 6 12 2",
                "An identity provider (SAML or OpenID Connect) lets people signed in elsewhere assume a role that "
                        + "trusts it.");
        put(EntityKind.SERVICE, "service", Family.RESOURCES,
                "M12 2 L21 7 L21 17 L12 22 L3 17 L3 7 Z M12 8 A4 4 0 1 1 12 16 A4 4 0 1 1 12 8 Z",
                "An AWS service: as a target it stands for the service's actions, as a principal "
                        + "(lambda.amazonaws.com) a role can trust it.");
        put(EntityKind.RESOURCE, "resource", Family.RESOURCES,
                "M4 6 C4 3 20 3 20 6 L20 18 C20 21 4 21 4 18 Z M4 6 C4 9 20 9 20 6 M4 12 C4 15 20 15 20 12",
                "A resource (a bucket, a key, a queue) is what actions act on; some carry a resource policy that "
                        + "grants access by itself.");
        put(EntityKind.COMPUTE, "compute", Family.RESOURCES,
                "M5 5 L19 5 L19 19 L5 19 Z M9 9 L15 9 L15 15 L9 15 Z M9 2 L9 5 M15 2 L15 5 M9 19 L9 22 M15 19 "
                        + "L15 22 M2 9 L5 9 M2 15 L5 15 M19 9 L22 9 M19 15 L22 15",
                "Compute (a function, an instance, a task) runs as a role: whoever can change it can act with that "
                        + "role's permissions.");
        put(EntityKind.ORGANIZATION_POLICY, "organization policy", Family.POLICIES,
                "M12 2 L20 5 L20 11 C20 16 16.5 20 12 22 C7.5 20 4 16 4 11 L4 5 Z M8 12 L16 12",
                "An SCP or RCP sets the most that principals or resources of the accounts below it may do; it never "
                        + "grants anything.");
        put(EntityKind.PERMISSION_SET, "permission set", Family.POLICIES,
                "M5 2 L19 2 L19 22 L5 22 Z M8 7 L16 7 M8 11 L16 11 M12 14 A2.5 2.5 0 1 1 12 19 A2.5 2.5 0 1 1 12 14 Z",
                "An IAM Identity Center permission set: its policies become a role AWSReservedSSO_... in each account "
                        + "where it is assigned, and nobody but Identity Center can change that role.");
        put(EntityKind.IDENTITY_CENTER_USER, "Identity Center user", Family.IDENTITIES,
                "M12 3 A4 4 0 1 1 12 11 A4 4 0 1 1 12 3 Z M4 21 C4 15 8 13 12 13 C16 13 20 15 20 21 Z M17 3 L21 3 L21 7",
                "A person of IAM Identity Center: it signs in to each account it is assigned and acts there as the "
                        + "permission set's role.");
        put(EntityKind.IDENTITY_CENTER_GROUP, "Identity Center group", Family.IDENTITIES,
                "M8 4 A3 3 0 1 1 8 10 A3 3 0 1 1 8 4 Z M16 4 A3 3 0 1 1 16 10 A3 3 0 1 1 16 4 Z "
                        + "M2 20 C2 15 5 12 8 12 C11 12 14 15 14 20 Z M14 12.5 C17 12 22 14 22 20 L15.5 20 M19 2 L22 2 L22 5",
                "A group of IAM Identity Center: its members get the permission sets assigned to it, in the accounts "
                        + "they are assigned in.");
    }

    private KindLooks() {
    }

    private static void put(EntityKind kind, String word, Family family, String icon, String explanation) {
        LOOKS.put(kind, new KindLook(kind, word, family, icon, explanation));
    }

    public static KindLook of(EntityKind kind) {
        return LOOKS.get(kind);
    }

    /** Accounts, organizational units and the root are drawn as frames that hold other things. */
    public static boolean isFrame(EntityKind kind) {
        return kind == EntityKind.ACCOUNT || kind == EntityKind.ORGANIZATIONAL_UNIT
                || kind == EntityKind.ORGANIZATION_ROOT;
    }
}
