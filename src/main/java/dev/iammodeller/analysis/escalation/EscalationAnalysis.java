package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Role;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

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
 * {@value #MAX_HOPS} hops, each gain reported once (the chain of fewest hops).
 *
 * <p>Two ways to read the answer. {@link #grouped} gives, per principal and per thing it can gain, the
 * shortest path and how many other paths lead there; a principal that can gain admin gets its admin
 * entry only (with how many other gains admin includes). It keeps one path per gain and counts the
 * others, so its memory grows with principals and gains, not with paths: a large account can have
 * hundreds of thousands of paths (two rules and twenty roles to each of a thousand targets).
 * {@link #eachPath} hands over every path as it is found and keeps none; {@link #forPrincipal} and
 * {@link #all} collect them into lists, for small models and tests.
 *
 * <p>Answers are kept with the {@link AccessCheck} (one per model value, owned by its analysis), so that repeated
 * questions about one model reuse every decision: what each principal gains directly, and its grouped answer.
 */
public final class EscalationAnalysis {
    static final int MAX_HOPS = 3;
    static final List<EscalationRule> RULES = List.of(new PolicyVersionRule(), new SetDefaultPolicyVersionRule(),
            new AttachPolicyRule(), new PutPolicyRule(), new AddUserToGroupRule(), new UpdateAssumeRolePolicyRule(),
            new UserCredentialsRule(), new PassRoleRule(), new ComputeRule(), new PermissionsBoundaryRule(),
            new CreateUserRule(), new PossibleComputeRule(), new PossibleLoginProfileRule(), new PermissionSetRule());

    /** How many paths a model has in all, and how many of them lead to admin (what {@link #eachPath} will hand over). */
    public record Count(long paths, long toAdmin) {
    }

    private EscalationAnalysis() {
    }

    /**
     * Whose escalations a model has, as progress and refusals say it: "3,000 users and roles" (groups hold policies but
     * are no principals, so they have none of their own), "1 user or role".
     */
    public static String whose(dev.iammodeller.model.IamModel model) {
        long users = model.entities().values().stream().filter(e -> e instanceof dev.iammodeller.model.User
                || e instanceof Role).count();
        return whose(users);
    }

    private static String whose(long usersAndRoles) {
        return usersAndRoles == 1 ? "1 user or role" : dev.iammodeller.model.Words.number(usersAndRoles) + " users and roles";
    }

    /** Every escalation path of one user or role, the direct ones first; none for other entities. */
    public static List<EscalationPath> forPrincipal(AccessCheck check, String principalId) {
        if (!isPrincipal(check, principalId)) {
            return List.of();
        }
        PathParts parts = new PathParts();
        List<EscalationPath> out = new ArrayList<>();
        session(check).paths(principalId, path -> out.add(parts.share(path)));
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        return List.copyOf(out);
    }

    /**
     * Every escalation path of every user and role of the model, principal by principal in id order (as
     * {@link #eachPath}, but each principal's rules run once and on every core, since all is kept anyway).
     */
    public static List<EscalationPath> all(AccessCheck check) {
        Session session = session(check);
        session.keepPaths();
        PathParts parts = new PathParts();
        List<String> ids = session.ids();
        Map<String, List<EscalationPath>> byPrincipal = new ConcurrentHashMap<>();
        Session.farApart(ids, id -> {
            List<EscalationPath> direct = new ArrayList<>();
            session.direct(id, path -> direct.add(parts.share(path)), true);
            byPrincipal.put(id, direct);
        });
        Session.farApart(ids, id -> session.chained(id, path -> byPrincipal.get(id).add(parts.share(path)), session.kept()));
        List<EscalationPath> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(byPrincipal.get(id));
        }
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        return out;
    }

    /**
     * Hands every path of {@link #all}, in the same order, to {@code out} as it is found, keeping none: what is
     * kept meanwhile grows with principals and gains, not with paths.
     */
    public static void eachPath(AccessCheck check, Consumer<EscalationPath> out) {
        Session session = session(check);
        session.keepPaths();
        for (String id : session.prepare(false)) {
            session.direct(id, out::accept, true);
            session.chained(id, out::accept, session.kept());
        }
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
    }

    /** How many paths {@link #eachPath} hands over, and how many of them lead to admin. */
    public static Count count(AccessCheck check) {
        Session session = session(check);
        long paths = 0;
        long admin = 0;
        for (String id : session.prepare(true)) {
            PrincipalEscalations result = session.result(id);
            paths += result.paths();
            admin += result.toAdmin();
        }
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        return new Count(paths, admin);
    }

    /**
     * What every user and role of the model can gain, principal by principal in id order: per principal, its
     * admin entry only when it can gain admin, else one entry per gain (in ARN order), each with its
     * shortest path and how many other paths lead there.
     */
    public static List<EscalationGain> grouped(AccessCheck check) {
        return grouped(check, done -> { });
    }

    /**
     * As {@link #grouped(AccessCheck)}, telling {@code progress} how much of the work is done (0 to 1) as each principal's
     * part is: from the threads doing it, so it must be quick and safe from any thread.
     */
    public static List<EscalationGain> grouped(AccessCheck check, java.util.function.DoubleConsumer progress) {
        return grouped(check, progress, id -> { }, List.of());
    }

    /**
     * As {@link #grouped(AccessCheck, java.util.function.DoubleConsumer)}, telling {@code escalates} each principal as
     * soon as one of its own paths is found, before the whole answer (from the threads doing the work, each principal
     * once; every principal's first path is looked for before any principal's rules run whole, so nearly all are told in
     * the first quarter of the work): every principal told is in the answer. A principal whose only paths go through another principal it gains
     * or assumes is not told; it is in the answer. The principals {@code first} (ids: those on screen) are worked out
     * before the others, so that they are told first; the answer is the same.
     */
    public static List<EscalationGain> grouped(AccessCheck check, java.util.function.DoubleConsumer progress,
                                               Consumer<String> escalates, java.util.Collection<String> first) {
        Session session = session(check);
        List<EscalationGain> out = new ArrayList<>();
        for (String id : session.prepare(true, progress, escalates, first)) {
            out.addAll(session.result(id).gains());
        }
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        return out;
    }

    /**
     * Works out what the principals {@code first} (ids: those on screen) gain directly, one after the other, until one
     * of them is found to escalate, and tells {@code escalates} that one at its first path, where its rules stop; the
     * gains of those before it are kept for the rest of the analysis of this check ({@link #grouped} goes on from there,
     * works the one told out whole and tells it again). So a window can show the first escalation badge before it works
     * out anything else, and have both cores for what it shows next.
     */
    public static void untilOneEscalates(AccessCheck check, java.util.Collection<String> first, Consumer<String> escalates) {
        Session session = session(check);
        session.untilOneEscalates(first, escalates);
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
    }

    /** What one user or role can gain, as {@link #grouped(AccessCheck)} reports it; nothing for other entities. */
    public static List<EscalationGain> grouped(AccessCheck check, String principalId) {
        if (!isPrincipal(check, principalId)) {
            return List.of();
        }
        List<EscalationGain> gains = session(check).result(principalId).gains();
        Reference.reachabilityFence(check); // the session holds it weakly: keep it while the rules run
        return gains;
    }

    /** The path of each entry of {@link #grouped(AccessCheck)}: for callers that show one path per gain. */
    public static List<EscalationPath> shortestPaths(AccessCheck check) {
        return shortestPaths(check, done -> { }, id -> { }, List.of());
    }

    /** As {@link #shortestPaths(AccessCheck)}, telling and ordering as {@link #grouped(AccessCheck, java.util.function.DoubleConsumer, Consumer, java.util.Collection)} does. */
    public static List<EscalationPath> shortestPaths(AccessCheck check, java.util.function.DoubleConsumer progress,
                                                     Consumer<String> escalates, java.util.Collection<String> first) {
        return grouped(check, progress, escalates, first).stream().map(EscalationGain::path).toList();
    }

    private static boolean isPrincipal(AccessCheck check, String principalId) {
        Entity principal = check.model().entity(principalId)
                .orElseThrow(() -> new IllegalArgumentException("the model holds nothing with the id " + principalId));
        return principal.kind().isIamPrincipal();
    }

    /**
     * The sink of one principal's rules, remembering what they gained for certain, so that a later rule
     * (the possible ones, which run last) does not report the same gain again as only possible.
     */
    private static final class CertainGains implements PathSink {
        private final PathSink out;
        private final java.util.Set<String> certain = new java.util.HashSet<>();

        CertainGains(PathSink out) {
            this.out = out;
        }

        @Override
        public void add(EscalationPath path) {
            if (path.assumes().isEmpty()) {
                certain.add(path.gains());
            }
            out.add(path);
        }

        @Override
        public boolean gainedForCertain(String arn) {
            return certain.contains(arn);
        }
    }

    /** The model value's session, kept with its {@link AccessCheck} (and so with its analysis), made on first use. */
    private static Session session(AccessCheck check) {
        return check.derived(Session.class, Session::new);
    }

    /**
     * The whole grouped answer of a model, by principal id, once every user and role has one (after {@link #grouped},
     * {@link #count} or {@link #shortestPaths}); empty while some are still to be worked out. What {@link #adopt}
     * takes back.
     */
    public static java.util.Optional<Map<String, PrincipalEscalations>> settled(AccessCheck check) {
        Session session = session(check);
        Map<String, PrincipalEscalations> out = new java.util.TreeMap<>();
        for (String id : session.ids()) {
            PrincipalEscalations known = session.results.get(id);
            if (known == null) {
                return java.util.Optional.empty();
            }
            out.put(id, known);
        }
        Reference.reachabilityFence(check); // the session holds it weakly
        return java.util.Optional.of(out);
    }

    /**
     * Takes {@code answer} ({@link #settled}, for a model with the same entities and relations: the caller vouches for
     * that) as this model's grouped answer, so that {@link #grouped}, {@link #count} and {@link #shortestPaths} answer
     * at once. Refused (false, nothing taken) unless it names exactly the model's users and roles, each gain its own.
     */
    public static boolean adopt(AccessCheck check, Map<String, PrincipalEscalations> answer) {
        Session session = session(check);
        List<String> ids = session.ids();
        if (answer.size() != ids.size()) {
            return false;
        }
        for (String id : ids) {
            PrincipalEscalations given = answer.get(id);
            if (given == null || given.gains().stream().anyMatch(gain -> !gain.principalId().equals(id)
                    || !gain.path().principalId().equals(id))) {
                return false;
            }
        }
        answer.forEach(session.results::putIfAbsent);
        Reference.reachabilityFence(check); // the session holds it weakly
        return true;
    }

    /** Everything learned about one model: attackers, what each gains directly, each grouped answer. */
    static final class Session {
        /** The share of a principal's work that its direct gains take (measured on the 3,000-principal account: 5.5 s of 6.5 s). */
        static final double DIRECT_SHARE = 0.85;
        /** Of {@link #DIRECT_SHARE}, the share that finding each principal's first path takes (measured there: 1 s of 4). */
        static final double FIRST_PATH_SHARE = 0.25;
        final Estate estate;
        final Strength strength;
        private final Map<String, Attacker> attackers = new ConcurrentHashMap<>();
        private final Map<String, Scan> scans = new ConcurrentHashMap<>();
        /** What each principal gains directly, at its index; null until found. */
        private final AtomicReferenceArray<Gains> gainsByIndex;
        private final Map<String, PrincipalEscalations> results = new ConcurrentHashMap<>();
        /** The users and roles, each at its number in {@link Strength}: the bit that stands for it. */
        private final List<Entity> principals;
        private final Map<String, Integer> indexByArn = new HashMap<>();
        private final Map<String, Integer> indexById = new HashMap<>();
        /** The bit that stands for "admin" in a set of gains; principals are 0 to this - 1. */
        private final int adminBit;
        /** What a chain could find at most, once every principal's direct gains are found ({@link #prepare}); null before. */
        private volatile ChainBounds bounds;
        /** Whether every principal's {@link DirectPaths} are kept once found ({@link #keepPaths}), and those kept. */
        private volatile boolean keepsPaths;
        private final Map<Integer, DirectPaths> keptPaths = new ConcurrentHashMap<>();

        Session(AccessCheck check) {
            this.estate = new Estate(check);
            this.strength = new Strength(estate);
            this.principals = strength.principals();
            for (int index = 0; index < principals.size(); index++) {
                indexByArn.put(principals.get(index).arn(), index);
                indexById.put(principals.get(index).id(), index);
            }
            adminBit = principals.size();
            gainsByIndex = new AtomicReferenceArray<>(adminBit);
        }

        /**
         * The ids of the users and roles in id order, each one's direct gains found, and with {@code grouped} its
         * grouped answer too (on every core: principals are independent, and the chains only read direct gains).
         */
        List<String> prepare(boolean grouped) {
            return prepare(grouped, done -> { }, id -> { }, List.of());
        }

        /**
         * As {@link #prepare(boolean)}, telling {@code progress} the share done after each step of each principal (a
         * principal's direct gains count for {@value #DIRECT_SHARE} of its part, of which its first path
         * {@value #FIRST_PATH_SHARE}: they are most of the work; its grouped answer the rest) and {@code escalates}, once,
         * each principal with a direct path at the first one found, every principal's first path looked for before any
         * principal's rules run whole; the principals {@code first} come first in each pass.
         */
        List<String> prepare(boolean grouped, java.util.function.DoubleConsumer progress, Consumer<String> escalates,
                             java.util.Collection<String> first) {
            List<String> ids = ids();
            if (grouped && results.size() == ids.size()) {
                progress.accept(1); // every grouped answer is known (worked out, or adopted)
                return ids;
            }
            try {
                return prepare(ids, grouped, progress, escalates, first);
            } catch (dev.iammodeller.analysis.HeapRoom.NotEnoughMemory e) {
                forget(); // what was found so far goes: the window that asked goes on without it
                throw e;
            }
        }

        private List<String> prepare(List<String> ids, boolean grouped, java.util.function.DoubleConsumer progress,
                                     Consumer<String> escalates, java.util.Collection<String> first) {
            double parts = ids.isEmpty() ? 1 : ids.size() * (grouped ? 1 : DIRECT_SHARE);
            dev.iammodeller.analysis.HeapRoom heap = dev.iammodeller.analysis.HeapRoom.current();
            String what = "work out the escalations of " + whose(ids.size());
            java.util.Set<String> toldOnce = ConcurrentHashMap.newKeySet();
            Consumer<String> once = id -> {
                if (toldOnce.add(id)) {
                    escalates.accept(id);
                }
            };
            List<String> firstOnes = among(first, ids);
            java.util.Set<String> done = new java.util.HashSet<>(firstOnes);
            List<String> others = ids.stream().filter(id -> !done.contains(id)).toList();
            // first every principal up to its first path: the rules of one that escalates stop there (they run whole
            // next), those of one that does not run whole once; so nearly every badge comes in the first quarter of the
            // work (the 3,000-principal account: all but those found through another principal in 1 s of 4), for about
            // what the stopped rules cost again (none measurable there: the rules of the principals without a path,
            // most of them, are not run twice)
            java.util.concurrent.atomic.AtomicInteger firstPaths = new java.util.concurrent.atomic.AtomicInteger();
            Consumer<String> toItsFirstPath = id -> {
                heap.check(what);
                toldAtItsFirstPath(id, once);
                progress.accept(firstPaths.incrementAndGet() * FIRST_PATH_SHARE / parts);
            };
            inOrder(firstOnes, toItsFirstPath);
            farApart(others, toItsFirstPath);
            java.util.concurrent.atomic.AtomicInteger direct = new java.util.concurrent.atomic.AtomicInteger();
            Consumer<String> directly = id -> {
                heap.check(what);
                told(id, once);
                progress.accept((ids.size() * FIRST_PATH_SHARE + direct.incrementAndGet() * (DIRECT_SHARE - FIRST_PATH_SHARE))
                        / parts);
            };
            inOrder(firstOnes, directly);
            farApart(others, directly);
            if (bounds == null) {
                bounds = new ChainBounds(adminBit, index -> gains(index).gainedBits, index -> gains(index).nextBits);
            }
            if (grouped) {
                java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
                farApart(ids, id -> {
                    heap.check(what);
                    result(id);
                    progress.accept((ids.size() * DIRECT_SHARE + answered.incrementAndGet() * (1 - DIRECT_SHARE)) / parts);
                });
            }
            return ids;
        }

        /** Lets go of everything found so far (but the model's own answers, kept by {@link Strength} and the check). */
        private void forget() {
            for (int index = 0; index < gainsByIndex.length(); index++) {
                gainsByIndex.set(index, null);
            }
            bounds = null;
            results.clear();
            keptPaths.clear();
            scans.clear();
            attackers.clear();
        }

        /** The ids of {@code first} that are among {@code ids} (the users and roles), in their order, each once. */
        static List<String> among(java.util.Collection<String> first, List<String> ids) {
            if (first.isEmpty()) {
                return List.of();
            }
            java.util.Set<String> known = new java.util.HashSet<>(ids);
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
            for (String id : first) {
                if (known.contains(id)) {
                    out.add(id);
                }
            }
            return List.copyOf(out);
        }

        /**
         * Runs {@code each} for every id on every core, the cores working far apart in the list (so that they share less
         * work in progress: principals next to each other are mostly of one account, asking about the same targets),
         * and sharing the work to the last few ids: each core starts at the front of a part of its own, and once that
         * is done takes the last ids of the part with the most left. A parallel stream leaves the list in as many parts
         * as four times the common pool's parallelism, a quarter each on two cores: a core that had finished its parts
         * waited for the other's last one (2 s of the 3,000-principal account's direct gains on one core).
         */
        static void farApart(List<String> ids, Consumer<String> each) {
            int cores = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
            Part[] parts = Part.split(ids.size(), Math.max(1, Math.min(cores, ids.size() / Part.GRAIN)));
            java.util.stream.IntStream.range(0, parts.length).parallel().forEach(worker -> work(parts, worker, ids, each));
        }

        /** One core's share of {@link #farApart}: its own part from the front, then the others' from their backs. */
        static void work(Part[] parts, int worker, List<String> ids, Consumer<String> each) {
            for (int[] run = parts[worker].takeFront(); run != null; run = parts[worker].takeFront()) {
                for (int at = run[0]; at < run[1]; at++) {
                    each.accept(ids.get(at));
                }
            }
            for (Part most = Part.most(parts); most != null; most = Part.most(parts)) {
                int[] run = most.takeBack(); // null when another core took the last of it meanwhile
                if (run != null) {
                    for (int at = run[0]; at < run[1]; at++) {
                        each.accept(ids.get(at));
                    }
                }
            }
        }

        /** The ids of one part of the list not yet taken: {@code front} to {@code back}, taken from either end. */
        static final class Part {
            /** Ids taken at once: few enough that the cores finish together. */
            static final int GRAIN = 8;
            /** The front in the high 32 bits, the back in the low ones. */
            private final java.util.concurrent.atomic.AtomicLong ends;

            Part(int front, int back) {
                ends = new java.util.concurrent.atomic.AtomicLong(pack(front, back));
            }

            /** {@code size} ids in {@code count} parts as even as can be, in order. */
            static Part[] split(int size, int count) {
                Part[] parts = new Part[count];
                for (int part = 0; part < count; part++) {
                    parts[part] = new Part(size * part / count, size * (part + 1) / count);
                }
                return parts;
            }

            private static long pack(int front, int back) {
                return (long) front << 32 | back & 0xffffffffL;
            }

            int left() {
                long now = ends.get();
                return Math.max(0, (int) now - (int) (now >>> 32));
            }

            /** The next ids at the front, {@code [from, to)}, or null when none are left. */
            int[] takeFront() {
                return take(true);
            }

            /** The last ids, {@code [from, to)}, or null when none are left. */
            int[] takeBack() {
                return take(false);
            }

            private int[] take(boolean atFront) {
                while (true) {
                    long now = ends.get();
                    int front = (int) (now >>> 32);
                    int back = (int) now;
                    if (front >= back) {
                        return null;
                    }
                    int[] run = atFront ? new int[] {front, Math.min(back, front + GRAIN)}
                            : new int[] {Math.max(front, back - GRAIN), back};
                    if (ends.compareAndSet(now, atFront ? pack(run[1], back) : pack(front, run[0]))) {
                        return run;
                    }
                }
            }

            /** The part with the most ids left, or null when none has any. */
            static Part most(Part[] parts) {
                Part most = null;
                for (Part part : parts) {
                    if (part.left() > 0 && (most == null || part.left() > most.left())) {
                        most = part;
                    }
                }
                return most;
            }
        }

        /**
         * Runs {@code each} for every id on every core, taking them in their order (a parallel stream would start each
         * core at another part of the list): what comes first is done first. For the few asked first: the rest are
         * shared by {@link #farApart}.
         */
        private static void inOrder(List<String> ids, Consumer<String> each) {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            int workers = Math.min(ids.size(), java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
            java.util.stream.IntStream.range(0, workers).parallel().forEach(worker -> {
                for (int at = next.getAndIncrement(); at < ids.size(); at = next.getAndIncrement()) {
                    each.accept(ids.get(at));
                }
            });
        }

        /** {@link EscalationAnalysis#untilOneEscalates}: the direct gains of {@code first} in order, to the first found. */
        void untilOneEscalates(java.util.Collection<String> first, Consumer<String> escalates) {
            for (String id : among(first, ids())) {
                if (toldAtItsFirstPath(id, escalates)) {
                    return;
                }
            }
        }

        /**
         * As {@link #told}, but the rules of a principal not worked out yet stop at its first path: the rest of them
         * (a principal that gains admin directly walks every role and user of its account) run with the whole analysis,
         * which tells it again, and meanwhile leave the core to what the window shows next. Its gains are then not kept;
         * those of a principal without a path are.
         */
        private boolean toldAtItsFirstPath(String id, Consumer<String> escalates) {
            if (gainsByIndex.get(indexById.get(id)) != null) {
                return told(id, escalates);
            }
            try {
                learn(id, path -> {
                    escalates.accept(id);
                    throw Enough.INSTANCE;
                });
                return false;
            } catch (Enough enough) {
                return true;
            }
        }

        /**
         * The principal's direct gains found (or known), telling {@code escalates} at its first path (or at once, when
         * they were known and hold one); whether it was told.
         */
        private boolean told(String id, Consumer<String> escalates) {
            boolean[] told = {false};
            Gains gains = gains(indexById.get(id), path -> {
                if (!told[0]) {
                    told[0] = true;
                    escalates.accept(id);
                }
            });
            if (!told[0] && gains.paths > 0) {
                told[0] = true;
                escalates.accept(id); // its gains were found by another question before
            }
            return told[0];
        }

        /** The ids of the users and roles, in id order. */
        List<String> ids() {
            return principals.stream().map(Entity::id).sorted().toList();
        }

        Scan scan(String principalId) {
            Scan known = scans.get(principalId);
            if (known == null) {
                Entity principal = estate.model.entities().get(principalId);
                Attacker attacker = attackers.computeIfAbsent(principalId, id -> new Attacker(estate, principal));
                known = new Scan(estate, attacker, strength);
                Scan raced = scans.putIfAbsent(principalId, known);
                known = raced == null ? known : raced;
            }
            return known;
        }

        /** Runs the rules for the principal itself (no chains), each path found to {@code out}. */
        private void direct(String principalId, PathSink out) {
            Entity principal = estate.model.entities().get(principalId);
            boolean serviceLinked = principal instanceof Role role && role.serviceLinked();
            if (!serviceLinked && !strength.isAdmin(principalId)) {
                Scan scan = scan(principalId);
                CertainGains recorded = new CertainGains(out);
                try {
                    for (EscalationRule rule : RULES) {
                        rule.find(scan, recorded);
                    }
                    scan.assumable();
                } finally {
                    scan.settle(); // also when the sink had enough (FirstPath)
                }
            }
        }

        /** Every path of the principal to {@code out}: the direct ones as the rules find them, then the chained ones. */
        void paths(String principalId, PathSink out) {
            direct(principalId, out, true);
            chained(principalId, out, foundAgain());
        }

        /**
         * The principal's direct paths to {@code out}; with {@code learn}, what it gains directly is kept on the
         * way if it is not known yet (else the rules run again: nothing but the gains is kept of them).
         */
        void direct(String principalId, PathSink out, boolean learn) {
            if (learn && gainsByIndex.get(indexById.get(principalId)) == null) {
                learn(principalId, out);
            } else {
                direct(principalId, out);
            }
        }

        /** The principal's chained paths to {@code out}, each gain once, their hops' paths from {@code paths}. */
        void chained(String principalId, PathSink out, PathsOf paths) {
            if (!strength.isAdmin(principalId)) {
                Scan scan = scan(principalId);
                chain(principalId, paths, (bit, found) -> out.add(chained(scan, found.hop(), found.next())));
            }
        }

        /**
         * What one principal gains directly, kept for the whole analysis: as bits (a principal's index, or
         * {@link #adminBit}), the principals it moves on to (those it gains and the roles it can assume), how many
         * paths and gains its rules found, and the paths to admin (the first found and the shortest). No other path
         * is kept: a principal of a large account gains hundreds of roles, and keeping a path to each of every
         * principal's took more memory than the model (about 300 MB for 3,000 principals). The few a report needs
         * are found again by {@link DirectPaths}.
         */
        private final class Gains implements PathSink {
            /** What it gains and moves on to while the rules run; {@link #gainedBits} and {@link #nextBits} once done. */
            private BitSet gained = new BitSet();
            private BitSet next = new BitSet();
            final Map<Integer, Route> assumed = new HashMap<>();
            SparseBits gainedBits;
            SparseBits nextBits;
            long paths;
            /** The gains (ARNs, or admin) found while the rules run; only their number is kept ({@link #distinct}). */
            private java.util.Set<String> seen = new java.util.HashSet<>();
            int distinct;
            /** The first path to admin the rules found, and the shortest with their count; null when none leads there. */
            EscalationPath firstToAdmin;
            Shortest toAdmin;

            @Override
            public void add(EscalationPath path) {
                paths++;
                seen.add(path.gains());
                if (path.gainsAdmin()) {
                    if (toAdmin == null) {
                        toAdmin = new Shortest();
                        firstToAdmin = path;
                    }
                    toAdmin.offer(path);
                }
                Integer bit = bitOf(path);
                if (bit == null || gained.get(bit)) {
                    return;
                }
                gained.set(bit);
                if (bit != adminBit) {
                    next.set(bit);
                }
            }

            /** Adds a role it can assume to those it moves on to, unless it is one already. */
            void assume(int bit, Route route) {
                if (!next.get(bit)) {
                    assumed.put(bit, route);
                    next.set(bit);
                }
            }

            /** Keeps the number of gains, not the gains, and the bits as words. */
            void settle() {
                distinct = seen.size();
                seen = null;
                gainedBits = SparseBits.of(gained);
                nextBits = SparseBits.of(next);
                gained = null;
                next = null;
            }
        }

        /**
         * A principal's direct paths as its rules find them again (they find them in the same order every time):
         * the first to each bit and, per gain, the shortest and how many; for the paths a report shows.
         */
        private final class DirectPaths implements PathSink {
            final Map<Integer, EscalationPath> first = new HashMap<>();
            final Map<String, Shortest> shortest = new HashMap<>();

            @Override
            public void add(EscalationPath path) {
                shortest.computeIfAbsent(path.gains(), gain -> new Shortest()).offer(path);
                Integer bit = bitOf(path);
                if (bit != null) {
                    first.putIfAbsent(bit, path);
                }
            }
        }

        /** Where the paths of a chain come from: each principal's {@link DirectPaths}, by its number. */
        private interface PathsOf {
            DirectPaths of(int index);

            /** The first path the principal with this number finds to {@code bit} (one it gains directly). */
            default EscalationPath first(int index, int bit) {
                return of(index).first.get(bit);
            }

            /** What the principal with this number gains directly ({@link Session#gains(int)}). */
            Gains gains(int index);
        }

        /**
         * Every principal's direct paths, kept for the rest of the session ({@link #keepPaths}); those not kept yet
         * found again.
         */
        private PathsOf kept() {
            return new PathsOf() {
                @Override
                public DirectPaths of(int index) {
                    DirectPaths known = keptPaths.get(index);
                    if (known == null) {
                        known = directPaths(index);
                        DirectPaths raced = keptPaths.putIfAbsent(index, known);
                        known = raced == null ? known : raced;
                    }
                    return known;
                }

                @Override
                public Gains gains(int index) {
                    return Session.this.gains(index);
                }
            };
        }

        /**
         * From now on every principal's direct paths are kept as its rules find them: for the questions that ask
         * for every path of every principal ({@link #all}, {@link #eachPath}), whose chains ask every principal's.
         */
        void keepPaths() {
            keepsPaths = true;
        }

        /**
         * The direct paths of principals found again for one question, each principal's once. The first path of one to
         * one gain is found by running its rules only until they find it (a chain to admin asks one per hop); asked for
         * a second gain of the same principal, its rules run whole once, so that a chain through a principal that
         * gains hundreds does not run its rules hundreds of times.
         */
        private PathsOf foundAgain() {
            Map<Integer, DirectPaths> known = new HashMap<>();
            java.util.Set<Integer> askedOnce = new java.util.HashSet<>();
            return new PathsOf() {
                @Override
                public DirectPaths of(int index) {
                    return known.computeIfAbsent(index, Session.this::directPaths);
                }

                @Override
                public EscalationPath first(int index, int bit) {
                    DirectPaths all = known.get(index);
                    return all != null || !askedOnce.add(index) ? of(index).first.get(bit) : firstPath(index, bit);
                }

                /** A principal whose gains are not known yet (a question about one principal) keeps its paths here too. */
                @Override
                public Gains gains(int index) {
                    Gains learned = gainsByIndex.get(index);
                    if (learned != null) {
                        return learned;
                    }
                    DirectPaths found = new DirectPaths();
                    learned = learn(principals.get(index).id(), found);
                    known.putIfAbsent(index, found);
                    return learned;
                }
            };
        }

        /** The bit of what a path gains: {@link #adminBit}, a principal's number, or null (a group). */
        private Integer bitOf(EscalationPath path) {
            return path.gainsAdmin() ? Integer.valueOf(adminBit) : indexByArn.get(path.gains());
        }

        /** The first path the principal with this number finds to {@code bit}: its rules run until they find it. */
        private EscalationPath firstPath(int index, int bit) {
            EscalationPath[] found = new EscalationPath[1];
            try {
                direct(principals.get(index).id(), path -> {
                    Integer gained = bitOf(path);
                    if (gained != null && gained == bit) {
                        found[0] = path;
                        throw Enough.INSTANCE;
                    }
                });
            } catch (Enough enough) {
                return found[0];
            }
            throw new IllegalStateException("the rules of " + principals.get(index).id() + " no longer find its gain " + bit);
        }

        /**
         * Stops a principal's rules once the path looked for is found. An error, not an exception: the rules pass over
         * the runtime exceptions of what they cannot read, and must not pass over this. Made once, without a stack.
         */
        private static final class Enough extends Error {
            static final Enough INSTANCE = new Enough();

            private Enough() {
                super("enough", null, false, false);
            }
        }

        /** The principal's direct paths, its rules run again. */
        private DirectPaths directPaths(int index) {
            DirectPaths made = new DirectPaths();
            direct(principals.get(index).id(), made);
            return made;
        }

        /** The shortest of the paths to one gain so far, and how many there are. */
        private static final class Shortest {
            EscalationPath path;
            int count;

            void offer(EscalationPath candidate) {
                count++;
                if (path == null || shorter(candidate, path)) {
                    path = candidate;
                }
            }
        }

        /** Fewer steps; of as many, the first rule id in text order (the first found stays on a tie). */
        static boolean shorter(EscalationPath a, EscalationPath b) {
            int steps = Integer.compare(a.steps().size(), b.steps().size());
            return steps < 0 || steps == 0 && a.rule().compareTo(b.rule()) < 0;
        }

        private Gains gains(int index) {
            return gains(index, path -> { });
        }

        /** As {@link #gains(int)}, each path found to {@code out} when they are found now (none when they were known). */
        private Gains gains(int index, PathSink out) {
            Gains known = gainsByIndex.get(index);
            if (known != null) {
                return known;
            }
            return learn(principals.get(index).id(), out);
        }

        /** Runs the principal's rules, each path to {@code out} too, and keeps what it gains directly. */
        private Gains learn(String id, PathSink out) {
            Gains made = new Gains();
            DirectPaths kept = keepsPaths ? new DirectPaths() : null;
            direct(id, path -> {
                made.add(path);
                if (kept != null) {
                    kept.add(path);
                }
                out.add(path);
            });
            if (kept != null) {
                keptPaths.putIfAbsent(indexById.get(id), kept);
            }
            return finish(id, made);
        }

        /** Adds the roles the principal can assume to what it moves on to, and keeps the answer. */
        private Gains finish(String id, Gains made) {
            for (Route route : scan(id).assumable()) {
                Integer bit = indexById.get(route.target().id());
                if (bit != null) {
                    made.assume(bit, route);
                }
            }
            made.settle();
            int index = indexById.get(id);
            return gainsByIndex.compareAndSet(index, null, made) ? made : gainsByIndex.get(index);
        }

        /**
         * The grouped answer of one principal: its direct gains (shortest path and count each) and its chained
         * ones (one path each, built only when reported); admin alone when it is among them.
         */
        PrincipalEscalations result(String principalId) {
            PrincipalEscalations known = results.get(principalId);
            if (known != null) {
                return known;
            }
            int self = indexById.get(principalId);
            Gains own = gains(self);
            PathsOf paths = foundAgain();
            List<Found> chained = new ArrayList<>();
            if (!strength.isAdmin(principalId)) {
                chain(principalId, paths, (bit, found) -> chained.add(found));
            }
            Scan scan = scan(principalId);
            Entity principal = principals.get(indexById.get(principalId));
            String arn = estate.arn(principal);
            int count = own.distinct + chained.size();
            Shortest directAdmin = own.toAdmin;
            long toAdmin = directAdmin != null ? directAdmin.count : 0;
            List<EscalationGain> out = new ArrayList<>();
            if (directAdmin != null) {
                out.add(new EscalationGain(principalId, arn, EscalationPath.ADMIN, directAdmin.path, directAdmin.count - 1,
                        count - 1));
            } else {
                Found viaAdmin = chained.stream().filter(f -> f.bit() == adminBit).findFirst().orElse(null);
                if (viaAdmin != null) {
                    toAdmin = 1;
                    out.add(new EscalationGain(principalId, arn, EscalationPath.ADMIN,
                            chained(scan, viaAdmin.hop(), viaAdmin.next()), 0, count - 1));
                } else {
                    if (own.paths > 0) { // else its rules found nothing: not run again for nothing
                        paths.of(self).shortest.forEach((gain, best) ->
                                out.add(new EscalationGain(principalId, arn, gain, best.path, best.count - 1, 0)));
                    }
                    for (Found found : chained) {
                        EscalationPath path = chained(scan, found.hop(), found.next());
                        out.add(new EscalationGain(principalId, arn, path.gains(), path, 0, 0));
                    }
                    out.sort(Comparator.comparing(EscalationGain::gains));
                }
            }
            PrincipalEscalations made = new PrincipalEscalations(List.copyOf(out), own.paths + chained.size(), toAdmin);
            PrincipalEscalations raced = results.putIfAbsent(principalId, made);
            return raced == null ? made : raced;
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

        /** A gain the chain finds, by its bit: {@link Found} builds its hop and path only when asked. */
        private interface ChainSink {
            void found(int bit, Found found);
        }

        /**
         * A gain found at one hop of a chain: the hop and the first path of that hop's principal to it are built
         * only when asked (a principal that gains admin reports that alone and only counts the rest).
         */
        private static final class Found {
            private final int bit;
            private final Hops hops;
            private final int at;

            Found(int bit, Hops hops, int at) {
                this.bit = bit;
                this.hops = hops;
                this.at = at;
            }

            int bit() {
                return bit;
            }

            Hop hop() {
                return hops.hop(at);
            }

            EscalationPath next() {
                return hops.firstPath(at, bit);
            }
        }

        /** The one path of a chained gain: every hop's steps, then those of the last principal's path. */
        private static EscalationPath chained(Scan scan, Hop hop, EscalationPath next) {
            return scan.path(next.gains(), String.join(" > ", hop.allRules(next.rule())),
                    hop.allConditions(next.conditions()), hop.allSteps(next.steps()));
        }

        /**
         * Breadth first over the principals the attacker moves on to, each once, at most {@value #MAX_HOPS}
         * hops: every gain of theirs the attacker has not yet (and that is more than it has) is found once.
         * Sets of gains are bit words, so that a dense estate (a help desk that can make keys for every user)
         * costs a few word operations per hop, not one per gain; the hops are kept as indexes into arrays
         * (a principal is discovered once, so there are at most as many hops as principals), and a hop
         * becomes a {@link Hop}, with its steps, only when a gain is found through it.
         */
        private void chain(String principalId, PathsOf paths, ChainSink out) {
            Scan scan = scan(principalId);
            int self = indexById.get(principalId);
            int words = (adminBit >> 6) + 1;
            long[] settled = new long[words];
            long[] discovered = new long[words];
            ChainBounds bounds = this.bounds;
            paths.gains(self).gainedBits.orInto(settled);
            settled[self >> 6] |= 1L << self;
            discovered[self >> 6] |= 1L << self;
            // once every gain of its component is settled, the hops left can find nothing more
            int unsettled = bounds == null ? Integer.MAX_VALUE : bounds.unsettled(self, paths.gains(self).gainedBits);
            Hops hops = new Hops(paths);
            hops.add(self, -1, 0);
            for (int at = 0; at < hops.size && unsettled > 0; at++) {
                int via = hops.via[at];
                Gains gained = paths.gains(via);
                if (at > 0) {
                    SparseBits fresh = gained.gainedBits;
                    for (int word = fresh.first; word < fresh.end(); word++) {
                        long bits = fresh.words[word - fresh.first] & ~settled[word];
                        if (bits == 0) {
                            continue;
                        }
                        settled[word] |= bits;
                        unsettled -= Long.bitCount(bits);
                        for (; bits != 0; bits &= bits - 1) {
                            int bit = (word << 6) + Long.numberOfTrailingZeros(bits);
                            if (bit == adminBit || strength.stronger(scan.attacker, bit)) {
                                out.found(bit, new Found(bit, hops, at));
                            }
                        }
                    }
                }
                if (hops.depth[at] < MAX_HOPS) {
                    SparseBits next = gained.nextBits;
                    for (int word = next.first; word < next.end(); word++) {
                        long bits = next.words[word - next.first] & ~discovered[word];
                        discovered[word] |= bits;
                        for (; bits != 0; bits &= bits - 1) {
                            hops.add((word << 6) + Long.numberOfTrailingZeros(bits), at, hops.depth[at] + 1);
                        }
                    }
                }
            }
        }

        /**
         * The hops of one chain, in the order they are discovered: the principal acted as, the hop before it
         * (-1 for the attacker itself) and how many hops in. {@link #hop} builds the {@link Hop} of one, once.
         */
        private final class Hops {
            /**
             * Most chains visit a few principals: the arrays start small and grow (made as long as the model's
             * principals, they took a third of what the analysis allocated on an organization of 31,000).
             */
            private static final int FEW = 16;
            int[] via = new int[FEW];
            int[] from = new int[FEW];
            int[] depth = new int[FEW];
            private final PathsOf paths;
            private Hop[] built;
            int size;

            Hops(PathsOf paths) {
                this.paths = paths;
            }

            void add(int principal, int before, int hopsIn) {
                if (size == via.length) {
                    int more = size * 2;
                    via = java.util.Arrays.copyOf(via, more);
                    from = java.util.Arrays.copyOf(from, more);
                    depth = java.util.Arrays.copyOf(depth, more);
                }
                via[size] = principal;
                from[size] = before;
                depth[size] = hopsIn;
                size++;
            }

            /** The first path the principal of this hop found to {@code bit}, which it gains directly. */
            EscalationPath firstPath(int at, int bit) {
                return bit == adminBit ? gains(via[at]).firstToAdmin : paths.first(via[at], bit);
            }

            Hop hop(int at) {
                if (built == null || built.length <= at) {
                    built = built == null ? new Hop[via.length] : java.util.Arrays.copyOf(built, via.length);
                }
                Hop known = built[at];
                if (known != null) {
                    return known;
                }
                Hop made;
                if (from[at] < 0) {
                    made = new Hop(via[at], null, List.of(), null, List.of(), 0);
                } else {
                    Hop before = hop(from[at]);
                    Gains gains = gains(via[from[at]]);
                    EscalationPath path = gains.gainedBits.has(via[at]) ? firstPath(from[at], via[at]) : null;
                    if (path != null) {
                        made = new Hop(via[at], before, path.steps(), path.rule(), path.conditions(), depth[at]);
                    } else {
                        Route route = gains.assumed.get(via[at]);
                        made = new Hop(via[at], before, route.steps(), route.rule(), route.conditions(), depth[at]);
                    }
                }
                built[at] = made;
                return made;
            }
        }
    }
}
