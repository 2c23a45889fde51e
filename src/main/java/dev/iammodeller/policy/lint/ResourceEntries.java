package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.WildcardPattern;
import dev.iammodeller.policy.PolicyTemplate;
import java.util.List;

/**
 * The Resource entries of one statement, asked whether one of them covers a resource: the same text, or,
 * when neither holds a policy variable, a pattern that matches the other's text. A short list is scanned,
 * a long one is kept by head and tail ({@link ResourceEntryIndex}) on first use.
 */
final class ResourceEntries {
    private final List<PolicyTemplate> entries;
    private WildcardPattern[] patterns;
    private ResourceEntryIndex index;
    private final EntryLists found = new EntryLists();

    ResourceEntries(List<PolicyTemplate> entries) {
        this.entries = entries;
    }

    /** True when every entry of {@code narrow} is covered by one of these. */
    boolean coverAll(List<PolicyTemplate> narrow) {
        for (PolicyTemplate resource : narrow) {
            if (!cover(resource)) {
                return false;
            }
        }
        return true;
    }

    private boolean cover(PolicyTemplate resource) {
        if (entries.size() <= ActionEntries.SCANNED) {
            for (int i = 0; i < entries.size(); i++) {
                if (covers(i, resource)) {
                    return true;
                }
            }
            return false;
        }
        if (index == null) {
            index = new ResourceEntryIndex();
            for (int i = 0; i < entries.size(); i++) {
                index.add(entries.get(i).text(), i);
            }
        }
        index.find(resource.text(), found);
        boolean covered = found.first(entry -> covers(entry, resource)) >= 0;
        found.clear();
        return covered;
    }

    private boolean covers(int entry, PolicyTemplate resource) {
        PolicyTemplate candidate = entries.get(entry);
        if (candidate.text().equals(resource.text())) {
            return true;
        }
        if (candidate.hasVariables() || resource.hasVariables()) {
            return false;
        }
        if (patterns == null) {
            patterns = new WildcardPattern[entries.size()];
        }
        if (patterns[entry] == null) {
            patterns[entry] = WildcardPattern.compile(candidate.text(), false);
        }
        return patterns[entry].matches(resource.text());
    }
}
