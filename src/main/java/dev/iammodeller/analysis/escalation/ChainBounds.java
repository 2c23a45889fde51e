package dev.iammodeller.analysis.escalation;

import java.util.function.IntFunction;

/**
 * How many gains a chain could find at most. The principals a chain moves through are those the "next" links
 * reach from its attacker (what each principal gains or can assume), all in one component of those links taken
 * both ways; whatever any of them gains directly is in that component too (a principal gained is a next one).
 * So a chain that has settled every gain of its component can stop: on an organization of many accounts, a
 * principal that can gain admin in its own account settles that account's gains long before its walk has been
 * through every principal. Worked out once every principal's direct gains are known.
 */
final class ChainBounds {
    /** The component of each principal (a representative's number). */
    private final int[] component;
    /** Per representative, how many principals anyone in its component gains, plus one when one of them gains admin. */
    private final int[] gains;
    /** The principals (and admin, at the last bit) that anyone gains directly. */
    private final long[] gained;
    private final int adminBit;

    /**
     * @param principals how many users and roles (their bits are 0 to this - 1; admin's is {@code principals})
     * @param gainedBits what each principal gains directly
     * @param nextBits   the principals each one moves on to
     */
    ChainBounds(int principals, IntFunction<SparseBits> gainedBits, IntFunction<SparseBits> nextBits) {
        this.adminBit = principals;
        int[] parent = new int[principals];
        for (int at = 0; at < principals; at++) {
            parent[at] = at;
        }
        gained = new long[(principals >> 6) + 1];
        for (int from = 0; from < principals; from++) {
            SparseBits next = nextBits.apply(from);
            for (int at = 0; at < next.words.length; at++) {
                for (long bits = next.words[at]; bits != 0; bits &= bits - 1) {
                    union(parent, from, (next.first + at << 6) + Long.numberOfTrailingZeros(bits));
                }
            }
            gainedBits.apply(from).orInto(gained);
        }
        component = new int[principals];
        gains = new int[principals];
        boolean[] admin = new boolean[principals];
        for (int at = 0; at < principals; at++) {
            component[at] = root(parent, at);
            if (has(gained, at)) {
                gains[component[at]]++;
            }
            if (gainedBits.apply(at).has(adminBit)) {
                admin[component[at]] = true;
            }
        }
        for (int at = 0; at < principals; at++) {
            if (admin[at]) {
                gains[at]++;
            }
        }
    }

    /**
     * How many gains of the principal's component a chain from it has not settled when it starts: settled are its
     * own direct gains ({@code ownGains}) and the principal itself.
     */
    int unsettled(int principal, SparseBits ownGains) {
        int settled = ownGains.count();
        if (has(gained, principal) && !ownGains.has(principal)) {
            settled++;
        }
        return gains[component[principal]] - settled;
    }

    private static boolean has(long[] words, int bit) {
        int word = bit >> 6;
        return word < words.length && (words[word] & 1L << bit) != 0;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    private static int root(int[] parent, int at) {
        while (parent[at] != at) {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        return at;
    }
}
