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
 * attached to the account; each group over the users whose first group it is, side by side; the users in no group;
 * identity providers; roles,
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
    private final Map<String, Integer> groupRank = new HashMap<>();
    /** Where {@link #bands} puts the policies. */
    private static final int POLICY_BAND = 5;

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

    /**
     * The content of an account holding these members, at the number of columns (of those tried, see
     * {@link #columnsToTry}) that a viewport of {@link AutoLayout#VIEW_ASPECT} shows largest; the fewer on a tie.
     */
    static LayoutBlock account(LayoutRelations relations, List<Entity> members) {
        AccountBands account = new AccountBands(relations, members);
        List<LayoutBands.Band> bands = account.bands();
        int best = 0;
        double bestNeed = Double.POSITIVE_INFINITY;
        for (int columns : columnsToTry(members.size())) {
            double[] size = LayoutBands.size(bands, columns);
            double need = Math.max(size[0], size[1] * AutoLayout.VIEW_ASPECT);
            if (need < bestNeed - 0.5) {
                best = columns;
                bestNeed = need;
            }
        }
        return account.layout(bands, best);
    }

    /** Every count from 3 to 12 for a small account; for a large one about a dozen around {@link LayoutBands#columnsFor}. */
    static List<Integer> columnsToTry(int nodes) {
        int around = LayoutBands.columnsFor(nodes);
        if (around <= 8) {
            return java.util.stream.IntStream.rangeClosed(3, 12).boxed().toList();
        }
        java.util.TreeSet<Integer> tries = new java.util.TreeSet<>();
        for (int step = -6; step <= 6; step++) {
            tries.add(Math.max(3, (int) Math.round(around * Math.pow(1.1, step))));
        }
        return List.copyOf(tries);
    }

    /** Nodes in bands of their kind, by name: the shared area, the policies of a unit or root. */
    static LayoutBlock byKind(List<Entity> members, int columns) {
        return byKind(members, columns, (a, b) -> 0);
    }

    /** As {@link #byKind(List, int)}, ordered within each band by {@code first}, then as there. */
    static LayoutBlock byKind(List<Entity> members, int columns, Comparator<Entity> first) {
        List<Entity> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt((Entity e) -> bandOf(e.kind())).thenComparing(first).thenComparing(WITHIN_BAND));
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

    /**
     * The account's bands, top to bottom: organization policies; each group (with its inline policies) over the users
     * whose first group it is (each with its inline policies), side by side; the users in no group; identity providers;
     * roles (each with its compute and inline policies); the policies not beside their owner (at {@link #POLICY_BAND},
     * put in order when laid out); resources; then anything else in bands of its kind.
     */
    private List<LayoutBands.Band> bands() {
        List<LayoutBands.Band> bands = new ArrayList<>();
        bands.add(LayoutBands.Band.of(singles(EntityKind.ORGANIZATION_POLICY)));
        List<List<List<String>>> members = new ArrayList<>();
        List<LayoutBands.Stack> stacks = new ArrayList<>();
        for (Entity group : of(EntityKind.GROUP)) {
            groupRank.put(group.id(), groupRank.size());
            members.add(new ArrayList<>());
            stacks.add(new LayoutBands.Stack(List.of(withInline(new ArrayList<>(List.of(group.id())), group.id())),
                    members.get(members.size() - 1)));
        }
        List<Entity> users = new ArrayList<>(of(EntityKind.USER));
        users.sort(LayoutContainers.BY_NAME);
        List<List<String>> inNoGroup = new ArrayList<>();
        for (Entity user : users) {
            int first = firstGroup(user, groupRank);
            List<String> cluster = withInline(new ArrayList<>(List.of(user.id())), user.id());
            (first == Integer.MAX_VALUE ? inNoGroup : members.get(first)).add(cluster);
        }
        bands.add(LayoutBands.Band.stacked(stacks));
        bands.add(LayoutBands.Band.of(inNoGroup));
        bands.add(LayoutBands.Band.of(singles(EntityKind.IDENTITY_PROVIDER)));
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
        bands.add(LayoutBands.Band.of(roleBand));
        List<List<String>> policyBand = new ArrayList<>();
        for (Entity policy : policies()) {
            policyBand.add(List.of(policy.id()));
        }
        bands.add(LayoutBands.Band.of(policyBand));
        bands.add(LayoutBands.Band.of(singles(EntityKind.RESOURCE)));
        for (EntityKind kind : BAND_ORDER) {
            if (!ACCOUNT_BANDS.contains(kind)) {
                bands.add(LayoutBands.Band.of(singles(kind)));
            }
        }
        return bands;
    }

    /** The bands laid out at this many columns, the policies under the principals they apply to. */
    private LayoutBlock layout(List<LayoutBands.Band> bands, int columns) {
        LayoutBands laid = new LayoutBands(columns);
        for (int i = 0; i < bands.size(); i++) {
            laid.band(i == POLICY_BAND ? LayoutBands.Band.of(underTheirPrincipals(bands.get(i).clusters(), laid))
                    : bands.get(i));
        }
        return laid.block();
    }

    /** Managed policies, and inline policies whose owner is not here (call after the owners' clusters are made). */
    private List<Entity> policies() {
        List<Entity> policies = new ArrayList<>(of(EntityKind.MANAGED_POLICY));
        for (Entity inline : of(EntityKind.INLINE_POLICY)) {
            if (!clustered.contains(inline.id())) {
                policies.add(inline);
            }
        }
        return policies;
    }

    /** The policy band in the order of the mean x of the principals each applies to (none: last), then by name. */
    private List<List<String>> underTheirPrincipals(List<List<String>> band, LayoutBands laid) {
        Map<String, Double> centre = new HashMap<>();
        for (List<String> single : band) {
            String policy = single.get(0);
            double sum = 0;
            int n = 0;
            for (String principal : relations.principalsOf(policy)) {
                double x = laid.x(principal);
                if (!Double.isNaN(x)) {
                    sum += x;
                    n++;
                }
            }
            centre.put(policy, n == 0 ? Double.MAX_VALUE : sum / n);
        }
        Map<String, Entity> entities = new HashMap<>();
        byKind.values().forEach(list -> list.forEach(e -> entities.put(e.id(), e)));
        List<List<String>> sorted = new ArrayList<>(band);
        sorted.sort(Comparator.comparingDouble((List<String> p) -> centre.get(p.get(0)))
                .thenComparing(p -> entities.get(p.get(0)), LayoutContainers.BY_NAME));
        return sorted;
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
