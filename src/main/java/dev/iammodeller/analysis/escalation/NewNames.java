package dev.iammodeller.analysis.escalation;

import java.util.BitSet;
import java.util.List;

/**
 * Names for what an attacker creates. A policy that allows {@code iam:CreateUser} on
 * {@code arn:aws:iam::111111111111:user/customer-*} lets it create {@code customer-x}: given the ARN
 * prefix of the new thing ({@code arn:aws:iam::111111111111:user/}) and a Resource pattern, this finds
 * the name that completes the prefix into an ARN the pattern matches, from the furthest point the
 * prefix reaches in the pattern (a {@code *} early in the pattern could swallow the whole prefix, and the
 * completion from there would repeat it), each {@code *} or {@code ?} the name still needs written as
 * {@code x}. The evaluator then decides each candidate.
 */
final class NewNames {
    /** The name used when a pattern leaves the name free (Resource "*"). */
    static final String FREE_NAME = "escalation";

    private NewNames() {
    }

    /**
     * The completion of {@code prefix} that {@code pattern} (IAM wildcards, case-sensitive) matches, as a
     * whole ARN; empty when there is none with a non-empty name.
     */
    static List<String> complete(String pattern, String prefix) {
        int n = pattern.length();
        BitSet states = closure(pattern, single(0));
        for (int i = 0; i < prefix.length() && !states.isEmpty(); i++) {
            char c = prefix.charAt(i);
            BitSet next = new BitSet();
            for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
                if (s >= n) {
                    continue;
                }
                char p = pattern.charAt(s);
                if (p == '*') {
                    next.set(s);
                } else if (p == '?' || p == c) {
                    next.set(s + 1);
                }
            }
            states = closure(pattern, next);
        }
        for (int s = states.length() - 1; s >= 0; s = states.previousSetBit(s - 1)) {
            StringBuilder name = new StringBuilder();
            boolean lastStar = false;
            for (int i = s; i < n; i++) {
                char p = pattern.charAt(i);
                if (p == '*') {
                    if (!lastStar) {
                        name.append(s == i && i == n - 1 ? FREE_NAME : "x");
                    }
                    lastStar = true;
                } else {
                    name.append(p == '?' ? 'x' : p);
                    lastStar = false;
                }
            }
            if (name.length() > 0) {
                return List.of(prefix + name);
            }
        }
        return List.of();
    }

    private static BitSet single(int state) {
        BitSet set = new BitSet();
        set.set(state);
        return set;
    }

    /** Adds, for every state on a {@code *}, the state after it (a star may match nothing). */
    private static BitSet closure(String pattern, BitSet states) {
        BitSet out = (BitSet) states.clone();
        for (int s = out.nextSetBit(0); s >= 0 && s < pattern.length(); s = out.nextSetBit(s + 1)) {
            if (pattern.charAt(s) == '*') {
                out.set(s + 1);
            }
        }
        return out;
    }
}
