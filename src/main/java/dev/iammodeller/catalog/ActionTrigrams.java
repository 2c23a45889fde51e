package dev.iammodeller.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The actions whose (lower-cased) name holds each run of three characters, to expand a pattern whose
 * service part has a wildcard ({@code *:Describe*}) without matching it against all 22,091 names: an
 * action matches only if its name holds every literal run of the pattern, so every three characters of the
 * longest one. Made on first use (at most 626,206 ids, one per three characters of each name).
 */
final class ActionTrigrams {
    private static final int[] NONE = new int[0];
    private final Map<Long, int[]> idsByTrigram = new HashMap<>();

    ActionTrigrams(String[] lowerNames) {
        Map<Long, int[]> growing = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int id = 0; id < lowerNames.length; id++) {
            String name = lowerNames[id];
            for (int i = 0; i + 3 <= name.length(); i++) {
                long key = key(name, i);
                int size = sizes.getOrDefault(key, 0);
                int[] ids = growing.getOrDefault(key, NONE);
                if (size > 0 && ids[size - 1] == id) {
                    continue;
                }
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(4, size * 2));
                    growing.put(key, ids);
                }
                ids[size] = id;
                sizes.put(key, size + 1);
            }
        }
        growing.forEach((key, ids) -> idsByTrigram.put(key, Arrays.copyOf(ids, sizes.get(key))));
    }

    /**
     * The ids, in increasing order, of the actions whose name holds every three characters of {@code run}
     * (at least three characters long, no wildcard): the only ones whose name can hold the run.
     */
    int[] candidates(String run) {
        int[] fewest = null;
        for (int i = 0; i + 3 <= run.length(); i++) {
            int[] ids = idsByTrigram.getOrDefault(key(run, i), NONE);
            if (fewest == null || ids.length < fewest.length) {
                fewest = ids;
            }
        }
        return fewest;
    }

    /** The longest run of the pattern without {@code *} or {@code ?}, or null when none has three characters. */
    static String longestRun(String pattern) {
        String longest = null;
        int start = 0;
        for (int i = 0; i <= pattern.length(); i++) {
            if (i == pattern.length() || pattern.charAt(i) == '*' || pattern.charAt(i) == '?') {
                if (i - start >= 3 && (longest == null || i - start > longest.length())) {
                    longest = pattern.substring(start, i);
                }
                start = i + 1;
            }
        }
        return longest;
    }

    private static long key(String text, int at) {
        return ((long) text.charAt(at) << 32) | ((long) text.charAt(at + 1) << 16) | text.charAt(at + 2);
    }
}
