package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue, and the longest common beginning of the actions each wildcard action expands to, which
 * {@link ActionEntryIndex} looks up: one per lint run, which remembers that beginning per pattern.
 */
final class WildcardExpansions {
    private final Catalog catalog;
    private final Map<String, String> commonBeginnings = new HashMap<>();

    WildcardExpansions(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * The longest common beginning of the names of the actions the pattern (of which {@code folded} is the
     * case-folded text) expands to, lower-cased; null when it names none.
     */
    String commonBeginning(String pattern, String folded) {
        return commonBeginnings.computeIfAbsent(folded, t -> commonBeginning(pattern));
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
