package dev.iammodeller.policy.lint;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * The lists of entry numbers {@link WildcardHeads} found for a text (each in increasing order), read
 * together in increasing order without repeats, so that the first entry that passes a test is found after
 * looking only at the entries before it.
 */
final class EntryLists {
    private int[][] lists = new int[4][];
    private int[] sizes = new int[4];
    private int count;
    private long total;

    void add(int[] list, int size) {
        if (count == lists.length) {
            lists = Arrays.copyOf(lists, count * 2);
            sizes = Arrays.copyOf(sizes, count * 2);
        }
        lists[count] = list;
        sizes[count++] = size;
        total += size;
    }

    /** How many entries the lists hold, counting an entry once per list it is in. */
    long total() {
        return total;
    }

    /** Holds what {@code other} holds instead of what it held. */
    void takeFrom(EntryLists other) {
        clear();
        for (int i = 0; i < other.count; i++) {
            add(other.lists[i], other.sizes[i]);
        }
    }

    void clear() {
        Arrays.fill(lists, 0, count, null);
        count = 0;
        total = 0;
    }

    /** The first entry, in increasing order, that passes {@code test}; -1 when none does. */
    int first(IntPredicate test) {
        if (count == 1) {
            for (int i = 0; i < sizes[0]; i++) {
                if (test.test(lists[0][i])) {
                    return lists[0][i];
                }
            }
            return -1;
        }
        PriorityQueue<int[]> next = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        for (int list = 0; list < count; list++) {
            if (sizes[list] > 0) {
                next.add(new int[] {lists[list][0], list, 0});
            }
        }
        int last = -1;
        while (!next.isEmpty()) {
            int[] cursor = next.poll();
            int entry = cursor[0];
            if (entry != last && test.test(entry)) {
                return entry;
            }
            last = entry;
            int list = cursor[1];
            if (++cursor[2] < sizes[list]) {
                cursor[0] = lists[list][cursor[2]];
                next.add(cursor);
            }
        }
        return -1;
    }
}
