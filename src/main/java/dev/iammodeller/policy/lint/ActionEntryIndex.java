package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.ActionPattern;

/**
 * Action entries (numbered in increasing order) kept by their case-folded head and text, to find those that
 * may cover an action ({@link ActionChecks#covers}). An entry covers an exact action only if its head
 * begins the action. It covers a wildcard action only if it is {@code *}, the same text in another case,
 * or names every action the catalogue expands the wildcard to (then its head begins all their names, so
 * their longest common beginning); when the wildcard names no action, only {@code *} and the same text can.
 */
final class ActionEntryIndex {
    private final WildcardExpansions expansions;
    private final WildcardHeads byHead = new WildcardHeads();
    private final WildcardHeads byText = new WildcardHeads();

    ActionEntryIndex(WildcardExpansions expansions) {
        this.expansions = expansions;
    }

    void add(ActionPattern entry, int number) {
        String folded = WildcardHeads.fold(entry.text());
        byHead.add(WildcardHeads.head(folded), number);
        byText.add(folded, number);
    }

    /** Adds to {@code into} the entries that may cover {@code action} (and perhaps a few that do not). */
    void find(ActionPattern action, EntryLists into) {
        String text = WildcardHeads.fold(action.text());
        if (text.indexOf('*') < 0 && text.indexOf('?') < 0) {
            byHead.find(text, into);
            return;
        }
        String common = expansions.commonBeginning(action.text(), text);
        if (common == null) {
            byText.findWhole(text, into);
            byText.findWhole("*", into);
            return;
        }
        byHead.find(text, into);
        byHead.find(common, into);
    }
}
