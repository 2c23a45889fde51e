package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * What a frame holds, counted ("2 units · 3 accounts · 30 users · 2 groups · 8 roles · 12 policies"): what a
 * zoomed-out frame says in place of content too small to read. Counts what the frame holds directly or further
 * down ({@link Containment}), in the order units, accounts, users, groups, roles, compute, policies, resources,
 * identity providers; a kind it holds none of is left out.
 */
public final class FrameSummary {
    private enum Count {
        UNITS("unit", "units"), ACCOUNTS("account", "accounts"), USERS("user", "users"), GROUPS("group", "groups"),
        ROLES("role", "roles"),
        COMPUTE("compute", "compute"), POLICIES("policy", "policies"), RESOURCES("resource", "resources"),
        PROVIDERS("identity provider", "identity providers");

        final String one;
        final String many;

        Count(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    private FrameSummary() {
    }

    /** The counts of what frame {@code id} holds, or "empty". */
    public static String of(IamModel model, Containment containment, String id) {
        int[] counts = new int[Count.values().length];
        for (String member : containment.contentsOf(id)) {
            Entity entity = model.entities().get(member);
            Count count = entity == null ? null : countOf(entity.kind());
            if (count != null) {
                counts[count.ordinal()]++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (Count count : Count.values()) {
            if (counts[count.ordinal()] > 0) {
                parts.add(Words.count(counts[count.ordinal()], count.one, count.many));
            }
        }
        return parts.isEmpty() ? "empty" : String.join(" · ", parts);
    }

    private static Count countOf(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATIONAL_UNIT -> Count.UNITS;
            case ACCOUNT -> Count.ACCOUNTS;
            case USER -> Count.USERS;
            case GROUP -> Count.GROUPS;
            case ROLE -> Count.ROLES;
            case COMPUTE -> Count.COMPUTE;
            case MANAGED_POLICY, INLINE_POLICY, ORGANIZATION_POLICY -> Count.POLICIES;
            case RESOURCE -> Count.RESOURCES;
            case IDENTITY_PROVIDER -> Count.PROVIDERS;
            default -> null;
        };
    }
}
