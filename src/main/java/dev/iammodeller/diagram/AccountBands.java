package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inside of an account, in bands from top to bottom so that edges flow down: organization policies
 * attached to the account; groups; users, in the order of their first group; identity providers; roles,
 * each with the compute that runs as it on its left and its inline policies on its right; managed
 * policies, in the order of the principals they are attached to; resources. Anything else (and the shared
 * area, and the policies of a unit) goes in bands of its kind.
 */
final class AccountBands {
    private static final List<EntityKind> BAND_ORDER = List.of(EntityKind.ORGANIZATION_POLICY, EntityKind.GROUP,
            EntityKind.USER, EntityKind.IDENTITY_PROVIDER, EntityKind.ROLE, EntityKind.COMPUTE,
            EntityKind.MANAGED_POLICY, EntityKind.INLINE_POLICY, EntityKind.IDENTITY_CENTER_GROUP,
            EntityKind.IDENTITY_CENTER_USER, EntityKind.PERMISSION_SET, EntityKind.SERVICE, EntityKind.RESOURCE,
            EntityKind.ORGANIZATION_ROOT, EntityKind.ORGANIZATIONAL_UNIT, EntityKind.ACCOUNT);

    /** The kinds an account's own bands hold; anything else goes in bands of its kind below them. */
    private static final Set<EntityKind> ACCOUNT_BANDS = EnumSet.of(EntityKind.ORGANIZATION_POLICY, EntityKind.GROUP,
            EntityKind.USER, EntityKind.IDENTITY_PROVIDER, EntityKind.ROLE, EntityKind.COMPUTE,
            EntityKind.MANAGED_POLICY, EntityKind.INLINE_POLICY, EntityKind.RESOURCE);

    /** SCPs before RCPs, then by name and id. */
    private static final Comparator<Entity> WITHIN_BAND = Comparator
            .comparing((Entity e) -> e instanceof OrganizationPolicy p ? p.type().ordinal() : 0)
            .thenComparing(e -> e instanceof Resource r && r.type() != null ? r.type() : "")
            .thenComparing(LayoutContainers.BY_NAME);

    private final LayoutRelations relations;
    private final Set<String> here = new HashSet<>();
    private final Set<String> clustered = new HashSet<>();
    private final Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);

    private AccountBands(LayoutRelations relations, List<Entity> members) {
        this.relations = relations;
        for (Entity member : members) {
            here.add(member.id());
            byKind.computeIfAbsent(member.kind(), k -> new ArrayList<>()).add(member);
        }
        byKind.values().forEach(list -> list.sort(WITHIN_BAND));
    }

    /** The band a kind of node goes in, top to bottom. */
    static int bandOf(EntityKind kind) {
        return BAND_ORDER.indexOf(kind);
    }

    /** The content of an account holding these members. */
    static LayoutBlock account(LayoutRelations relations, List<Entity> members) {
        return new AccountBands(relations, members).account(LayoutBands.columnsFor(members.size()));
    }

    /** Nodes in bands of their kind, by name: the shared area, the policies of a unit or root. */
    static LayoutBlock byKind(List<Entity> members, int columns) {
        List<Entity> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt((Entity e) -> bandOf(e.kind())).thenComparing(WITHIN_BAND));
        LayoutBands bands = new LayoutBands(columns);
        List<List<String>> band = new ArrayList<>();
        EntityKind kind = null;
        for (Entity entity : sorted) {
            if (entity.kind() != kind && !band.isEmpty()) {
                bands.band(band);
                band = new ArrayList<>();
            }
            kind = entity.kind();
            band.add(List.of(entity.id()));
        }
        bands.band(band);
        return bands.block();
    }

    private LayoutBlock account(int columns) {
        LayoutBands bands = new LayoutBands(columns);
        bands.band(singles(EntityKind.ORGANIZATION_POLICY));
        List<Entity> groups = of(EntityKind.GROUP);
        Map<String, Integer> groupRank = new HashMap<>();
        List<List<String>> groupBand = new ArrayList<>();
        for (Entity group : groups) {
            groupRank.put(group.id(), groupRank.size());
            groupBand.add(withInline(new ArrayList<>(List.of(group.id())), group.id()));
        }
        bands.band(groupBand);
        List<Entity> users = new ArrayList<>(of(EntityKind.USER));
        users.sort(Comparator.comparingInt((Entity u) -> firstGroup(u, groupRank)).thenComparing(LayoutContainers.BY_NAME));
        bands.band(users.stream().map(u -> withInline(new ArrayList<>(List.of(u.id())), u.id())).toList());
        bands.band(singles(EntityKind.IDENTITY_PROVIDER));
        List<List<String>> roleBand = new ArrayList<>();
        for (Entity role : of(EntityKind.ROLE)) {
            List<String> cluster = new ArrayList<>();
            for (String compute : relations.computeOf(role.id())) {
                if (here.contains(compute) && clustered.add(compute)) {
                    cluster.add(compute);
                }
            }
            cluster.add(role.id());
            roleBand.add(withInline(cluster, role.id()));
        }
        for (Entity compute : of(EntityKind.COMPUTE)) {
            if (!clustered.contains(compute.id())) {
                roleBand.add(List.of(compute.id()));
            }
        }
        bands.band(roleBand);
        bands.band(policies(bands));
        bands.band(singles(EntityKind.RESOURCE));
        List<Entity> rest = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            if (!ACCOUNT_BANDS.contains(kind)) {
                rest.addAll(list);
            }
        });
        LayoutBlock block = bands.block();
        if (!rest.isEmpty()) {
            block = FramePacking.stack(block, byKind(rest, columns), AutoLayout.BAND_GAP);
        }
        return block;
    }

    /** Managed policies, and inline policies whose owner is not here, under the principals they apply to. */
    private List<List<String>> policies(LayoutBands bands) {
        List<Entity> policies = new ArrayList<>(of(EntityKind.MANAGED_POLICY));
        for (Entity inline : of(EntityKind.INLINE_POLICY)) {
            if (!clustered.contains(inline.id())) {
                policies.add(inline);
            }
        }
        Map<String, Double> centre = new HashMap<>();
        for (Entity policy : policies) {
            double sum = 0;
            int n = 0;
            for (String principal : relations.principalsOf(policy.id())) {
                double x = bands.x(principal);
                if (!Double.isNaN(x)) {
                    sum += x;
                    n++;
                }
            }
            centre.put(policy.id(), n == 0 ? Double.MAX_VALUE : sum / n);
        }
        policies.sort(Comparator.comparingDouble((Entity p) -> centre.get(p.id())).thenComparing(LayoutContainers.BY_NAME));
        return policies.stream().map(p -> List.of(p.id())).toList();
    }

    private List<String> withInline(List<String> cluster, String owner) {
        for (String inline : relations.inlineOf(owner)) {
            if (here.contains(inline) && clustered.add(inline)) {
                cluster.add(inline);
            }
        }
        return cluster;
    }

    private int firstGroup(Entity user, Map<String, Integer> groupRank) {
        int best = Integer.MAX_VALUE;
        for (String group : relations.groupsOf(user.id())) {
            best = Math.min(best, groupRank.getOrDefault(group, Integer.MAX_VALUE));
        }
        return best;
    }

    private List<Entity> of(EntityKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    private List<List<String>> singles(EntityKind kind) {
        return of(kind).stream().map(e -> List.of(e.id())).toList();
    }
}
