package dev.iammodeller.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Levenshtein distance (insertions, deletions, substitutions), bounded: it gives up on names farther than
 * the limit. Used to suggest the known action a misspelt one was meant to be.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The ids (indices into {@code names}, from {@code from} to {@code to}) of up to {@code max} names nearest to
     * {@code wanted}, nearest first, then by name; only names within a quarter of the length (at least 2) count.
     */
    static List<Integer> nearest(String wanted, String[] names, int from, int to, int max) {
        int limit = Math.max(2, wanted.length() / 4);
        List<int[]> found = new ArrayList<>();
        for (int id = from; id < to && max > 0; id++) {
            int distance = distance(wanted, names[id], limit);
            if (distance <= limit) {
                found.add(new int[] {distance, id});
            }
        }
        found.sort(Comparator.<int[]>comparingInt(entry -> entry[0]).thenComparing(entry -> names[entry[1]]));
        return found.stream().limit(Math.max(0, max)).map(entry -> entry[1]).toList();
    }

    /** The distance between {@code a} and {@code b}, or {@code limit + 1} when it is larger than {@code limit}. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
