package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.ActionPattern;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The Action entries of one statement, asked which of them cover an action: a short list is scanned, a
 * long one is kept by head ({@link ActionEntryIndex}) on first use, so that a list of thousands of entries is
 * not compared entry by entry with another.
 */
final class ActionEntries {
    /** Lists this short are scanned: an index would cost more than it saves. */
    static final int SCANNED = 8;

    private final List<ActionPattern> entries;
    private final WildcardExpansions expansions;
    private ActionEntryIndex index;
    private final EntryLists found = new EntryLists();

    ActionEntries(List<ActionPattern> entries, WildcardExpansions expansions) {
        this.entries = entries;
        this.expansions = expansions;
    }

    List<ActionPattern> list() {
        return entries;
    }

    /** True when some entry covers {@code action}. */
    boolean cover(ActionPattern action) {
        return first(action, entry -> ActionChecks.covers(expansions.catalog(), entries.get(entry), action)) >= 0;
    }

    /** True when every entry of {@code narrow} is covered by one of these. */
    boolean coverAll(List<ActionPattern> narrow) {
        for (ActionPattern action : narrow) {
            if (!cover(action)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first entry (by its place in the list) that may cover {@code action} and passes {@code test}; -1
     * when none does. Entries that cannot cover it may be left out.
     */
    int first(ActionPattern action, IntPredicate test) {
        if (entries.size() <= SCANNED) {
            for (int i = 0; i < entries.size(); i++) {
                if (test.test(i)) {
                    return i;
                }
            }
            return -1;
        }
        if (index == null) {
            index = new ActionEntryIndex(expansions);
            for (int i = 0; i < entries.size(); i++) {
                index.add(entries.get(i), i);
            }
        }
        found.clear();
        index.find(action, found);
        int first = found.first(test);
        found.clear();
        return first;
    }
}
