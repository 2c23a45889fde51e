package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.lang.ref.Reference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Privilege escalation: the ways a user or role of a model can give itself more permissions than it has
 * (the ESCALATION section of the scenarios; pathfinding.cloud's paths where the model can express them).
 * Each rule ({@link EscalationRule}) finds one family of paths; a path is reported only when each of its
 * steps is allowed, or allowed only on condition keys the attacker sets itself ({@link AttackerKeys}),
 * and when what it gains is more than the principal has. A principal that can already do everything
 * has no path; nor has a service-linked role, which only its service uses.
 *
 * <p>Paths chain: a principal that gains a role or user (or can assume a role) also has the paths of that
 * principal, written as one path with every step ({@code lambda-003 > iam-create-user}), up to
 * {@value #MAX_HOPS} hops, each gain reported once (the shortest chain).
 *
 * <p>Answers are kept per {@link AccessCheck} (one per model value), so that {@link #all} and repeated
 * questions about one model reuse every decision.
 */
public final class EscalationAnalysis {
    static final int MAX_HOPS = 3;
    static final List<EscalationRule> RULES = List.of(new PolicyVersionRule(), new SetDefaultPolicyVersionRule(),
            new AttachPolicyRule(), new PutPolicyRule(), new AddUserToGroupRule(), new UpdateAssumeRolePolicyRule(),
            new UserCredentialsRule(), new PassRoleRule(), new ComputeRule(), new PermissionsBoundaryRule(),
            new CreateUserRule(), new PossibleComputeRule(), new PossibleLoginProfileRule());

    private static final Map<AccessCheck, Session> SESSIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private EscalationAnalysis() {
    }

    /** The escalation paths of one user or role; none for other entities. */
    public static List<EscalationPath> forPrincipal(AccessCheck check, String principalId) {
        Entity principal = check.model().entity(principalId)
                .orElseThrow(() -> new IllegalArgumentException("the model holds nothing with the id " + principalId));
        if (!principal.kind().isIamPrincipal()) {
            return List.of();
        }
        try {
            return session(check).paths(principalId);
        } finally {
            Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        }
    }

    /** The escalation paths of every user and role of the model, principal by principal in id order. */
    public static List<EscalationPath> all(AccessCheck check) {
        Session session = session(check);
        List<String> principals = new ArrayList<>();
        for (Entity entity : check.model().entities().values()) {
            if (entity instanceof User || entity instanceof Role) {
                principals.add(entity.id());
            }
        }
        principals.parallelStream().forEach(session::direct);
        principals.parallelStream().forEach(session::paths);
        List<EscalationPath> out = new ArrayList<>();
        for (String id : principals) {
            out.addAll(session.paths(id));
        }
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        return out;
    }

    private static Session session(AccessCheck check) {
        synchronized (SESSIONS) {
            return SESSIONS.computeIfAbsent(check, Session::new);
        }
    }

    /** Everything learned about one model: attackers, their direct paths and their chained paths. */
    static final class Session {
        final Estate estate;
        final Strength strength;
        private final PathParts parts = new PathParts();
        private final Map<String, Attacker> attackers = new ConcurrentHashMap<>();
        private final Map<String, Scan> scans = new ConcurrentHashMap<>();
        private final Map<String, List<EscalationPath>> direct = new ConcurrentHashMap<>();
        private final Map<String, List<EscalationPath>> paths = new ConcurrentHashMap<>();
        private final Map<String, Gains> gains = new ConcurrentHashMap<>();
        private final List<Entity> principals = new ArrayList<>();
        private final Map<String, Integer> indexByArn = new HashMap<>();
        private final Map<String, Integer> indexById = new HashMap<>();
        /** The bit that stands for "admin" in a set of gains; principals are 0 to this - 1. */
        private final int adminBit;

        Session(AccessCheck check) {
            this.estate = new Estate(check);
            this.strength = new Strength(estate);
            for (Entity entity : check.model().entities().values()) {
                if (entity instanceof User || entity instanceof Role) {
                    indexByArn.put(entity.arn(), principals.size());
                    indexById.put(entity.id(), principals.size());
                    principals.add(entity);
                }
            }
            adminBit = principals.size();
        }

        Scan scan(String principalId) {
            Scan known = scans.get(principalId);
            if (known == null) {
                Entity principal = estate.model.entities().get(principalId);
                Attacker attacker = attackers.computeIfAbsent(principalId, id -> new Attacker(estate, principal));
                known = new Scan(estate, attacker, strength, parts);
                Scan raced = scans.putIfAbsent(principalId, known);
                known = raced == null ? known : raced;
            }
            return known;
        }

        /** The paths the rules find for the principal itself, without chains. */
        List<EscalationPath> direct(String principalId) {
            List<EscalationPath> known = direct.get(principalId);
            if (known != null) {
                return known;
            }
            List<EscalationPath> found = new ArrayList<>();
            Entity principal = estate.model.entities().get(principalId);
            boolean serviceLinked = principal instanceof Role role && role.serviceLinked();
            if (!serviceLinked && !strength.isAdmin(principalId)) {
                Scan scan = scan(principalId);
                for (EscalationRule rule : RULES) {
                    rule.find(scan, found);
                }
                scan.assumable();
                scan.settle();
            }
            List<EscalationPath> result = List.copyOf(found);
            direct.put(principalId, result);
            return result;
        }

        /**
         * What one principal gains directly, as bits (a principal's index, or {@link #adminBit}) with the first
         * path to each, and the principals it moves on to: those it gains and the roles it can assume.
         */
        private record Gains(BitSet gained, Map<Integer, EscalationPath> first, BitSet next, Map<Integer, Route> assumed) {
        }

        /**
         * A principal the attacker acts as after some steps: the hop before it ({@code from}, null for the
         * attacker itself) and the steps, rule and conditions of this hop. Whole step lists are built only
         * for the paths reported.
         */
        private record Hop(int via, Hop from, List<EscalationStep> steps, String rule, List<String> conditions, int depth) {
            List<EscalationStep> allSteps(List<EscalationStep> last) {
                List<EscalationStep> out = new ArrayList<>(last);
                for (Hop hop = this; hop != null; hop = hop.from()) {
                    out.addAll(0, hop.steps());
                }
                return out;
            }

            List<String> allRules(String last) {
                List<String> out = new ArrayList<>(List.of(last));
                for (Hop hop = this; hop.from() != null; hop = hop.from()) {
                    out.add(0, hop.rule());
                }
                return out;
            }

            List<String> allConditions(List<String> last) {
                List<String> out = new ArrayList<>(last);
                for (Hop hop = this; hop != null; hop = hop.from()) {
                    out.addAll(0, hop.conditions());
                }
                return out;
            }
        }

        /** The direct paths, then the paths of every principal gained or assumable, chained. */
        List<EscalationPath> paths(String principalId) {
            List<EscalationPath> known = paths.get(principalId);
            if (known != null) {
                return known;
            }
            List<EscalationPath> out = new ArrayList<>(direct(principalId));
            if (!strength.isAdmin(principalId)) {
                chain(principalId, out);
            }
            List<EscalationPath> result = List.copyOf(out);
            paths.put(principalId, result);
            return result;
        }

        /**
         * Breadth first over the principals the attacker moves on to, each once, at most {@value #MAX_HOPS}
         * hops: every gain of theirs the attacker has not yet (and that is more than it has) becomes a path.
         * Sets of gains are bitsets, so that a dense estate (a help desk that can make keys for every user)
         * costs a few word operations per hop, not one per gain.
         */
        private void chain(String principalId, List<EscalationPath> out) {
            Scan scan = scan(principalId);
            int self = indexById.get(principalId);
            BitSet settled = (BitSet) gains(self).gained().clone();
            settled.set(self);
            BitSet discovered = new BitSet();
            discovered.set(self);
            Deque<Hop> queue = new ArrayDeque<>();
            hops(new Hop(self, null, List.of(), null, List.of(), 0), discovered, queue);
            while (!queue.isEmpty()) {
                Hop hop = queue.poll();
                Gains via = gains(hop.via());
                BitSet fresh = (BitSet) via.gained().clone();
                fresh.andNot(settled);
                for (int bit = fresh.nextSetBit(0); bit >= 0; bit = fresh.nextSetBit(bit + 1)) {
                    settled.set(bit);
                    if (bit == adminBit || strength.stronger(scan.attacker, principals.get(bit).id())) {
                        EscalationPath next = via.first().get(bit);
                        out.add(scan.path(next.gains(), String.join(" > ", hop.allRules(next.rule())),
                                hop.allConditions(next.conditions()), hop.allSteps(next.steps())));
                    }
                }
                if (hop.depth() < MAX_HOPS) {
                    hops(hop, discovered, queue);
                }
            }
        }

        /** Queues, once each, the principals the attacker moves on to from {@code from}. */
        private void hops(Hop from, BitSet discovered, Deque<Hop> queue) {
            Gains via = gains(from.via());
            BitSet next = (BitSet) via.next().clone();
            next.andNot(discovered);
            discovered.or(next);
            for (int bit = next.nextSetBit(0); bit >= 0; bit = next.nextSetBit(bit + 1)) {
                EscalationPath path = via.first().get(bit);
                if (path != null) {
                    queue.add(new Hop(bit, from, path.steps(), path.rule(), path.conditions(), from.depth() + 1));
                } else {
                    Route route = via.assumed().get(bit);
                    queue.add(new Hop(bit, from, route.steps(), route.rule(), route.conditions(), from.depth() + 1));
                }
            }
        }

        private Gains gains(int index) {
            String id = principals.get(index).id();
            Gains known = gains.get(id);
            if (known != null) {
                return known;
            }
            BitSet gained = new BitSet();
            BitSet next = new BitSet();
            Map<Integer, EscalationPath> first = new HashMap<>();
            for (EscalationPath path : direct(id)) {
                Integer bit = path.gainsAdmin() ? Integer.valueOf(adminBit) : indexByArn.get(path.gains());
                if (bit == null || first.containsKey(bit)) {
                    continue;
                }
                first.put(bit, path);
                gained.set(bit);
                if (bit != adminBit) {
                    next.set(bit);
                }
            }
            Map<Integer, Route> assumed = new HashMap<>();
            for (Route route : scan(id).assumable()) {
                Integer bit = indexById.get(route.target().id());
                if (bit != null && !next.get(bit)) {
                    assumed.put(bit, route);
                    next.set(bit);
                }
            }
            Gains made = new Gains(gained, first, next, assumed);
            gains.put(id, made);
            return made;
        }
    }
}
