package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.ActionPattern;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Where to look for the Action entries that may cover an action ({@link ActionChecks#covers}), by their
 * heads (case folded): an entry covers an exact action only if its head begins the action; covers a
 * wildcard action only if it is {@code *}, the same text in another case (its head begins the action's
 * text), or names every action the catalogue expands it to (its head begins all their names, so their
 * longest common beginning). One per lint run: it remembers that beginning per pattern.
 */
final class ActionHeads {
    private final Catalog catalog;
    private final Map<String, String> commonBeginnings = new HashMap<>();

    ActionHeads(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /** The head under which an entry is kept. */
    static String head(ActionPattern entry) {
        return WildcardHeads.fold(WildcardHeads.head(entry.text()));
    }

    /** Adds to {@code into} the entries of {@code index} that may cover {@code action}. */
    void find(WildcardHeads index, ActionPattern action, EntryLists into) {
        String text = WildcardHeads.fold(action.text());
        index.find(text, into);
        if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
            String common = commonBeginnings.computeIfAbsent(text, t -> commonBeginning(action.text()));
            if (common != null) {
                index.find(common, into);
            }
        }
    }

    /** The longest common beginning of the (lower-cased) names of the actions the pattern expands to; null for none. */
    private String commonBeginning(String pattern) {
        Iterator<Action> actions = catalog.expand(pattern).stream().iterator();
        if (!actions.hasNext()) {
            return null;
        }
        String common = actions.next().fullName().toLowerCase(Locale.ROOT);
        int length = common.length();
        while (actions.hasNext() && length > 0) {
            String name = actions.next().fullName().toLowerCase(Locale.ROOT);
            int same = 0;
            while (same < length && same < name.length() && name.charAt(same) == common.charAt(same)) {
                same++;
            }
            length = same;
        }
        return common.substring(0, length);
    }
}
