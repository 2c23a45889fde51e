package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements another statement of the same effect already covers. A statement can only be covered by one
 * of the same effect and principal that has, for each of its actions and resources, an entry that may
 * cover it: one whose head (the text before its first wildcard) begins it, and for a resource whose tail
 * ends it ({@link ActionEntryIndex}, {@link ResourceEntryIndex}). The statements are kept by their
 * entries, and each is compared only with those found under its most selective entry, in order, until the
 * first that covers it. So a policy of many statements is not compared pair by pair.
 */
final class RedundancyChecks {
    private RedundancyChecks() {
    }

    /** A statement that may cover or be covered: no condition, no NotAction, NotResource or NotPrincipal. */
    private record Plain(Statement statement, ActionEntries actions, ResourceEntries resources) {
        boolean covers(Plain narrow) {
            return actions.coverAll(narrow.statement.actions()) && resources.coverAll(narrow.statement.resources());
        }
    }

    /** The plain statements of one effect and principal, kept by the heads of their actions and resources. */
    private static final class Group {
        final List<Plain> members = new ArrayList<>();
        final ActionEntryIndex actions;
        final ResourceEntryIndex resources = new ResourceEntryIndex();

        private int[] everyone;

        Group(WildcardExpansions expansions) {
            actions = new ActionEntryIndex(expansions);
        }

        /** The number of every member, in order (made once all are added). */
        int[] everyone() {
            if (everyone == null) {
                everyone = new int[members.size()];
                for (int i = 0; i < everyone.length; i++) {
                    everyone[i] = i;
                }
            }
            return everyone;
        }

        void add(Plain plain) {
            int number = members.size();
            members.add(plain);
            for (ActionPattern action : plain.statement.actions()) {
                actions.add(action, number);
            }
            for (PolicyTemplate resource : plain.statement.resources()) {
                resources.add(resource.text(), number);
            }
        }
    }

    static void check(LintSubject subject, LintFindings findings) {
        WildcardExpansions expansions = new WildcardExpansions(subject.catalog());
        Map<List<String>, Group> groups = new HashMap<>();
        List<Plain> plain = new ArrayList<>();
        List<Group> groupOf = new ArrayList<>();
        for (Statement statement : subject.document().statements()) {
            if (isPlain(statement)) {
                Plain entry = new Plain(statement, new ActionEntries(statement.actions(), expansions),
                        new ResourceEntries(statement.resources()));
                Group group = groups.computeIfAbsent(key(statement), k -> new Group(expansions));
                group.add(entry);
                plain.add(entry);
                groupOf.add(group);
            }
        }
        EntryLists best = new EntryLists();
        EntryLists candidates = new EntryLists();
        for (int i = 0; i < plain.size(); i++) {
            Plain narrow = plain.get(i);
            Group group = groupOf.get(i);
            int wide = candidates(narrow, group, best, candidates).first(number -> {
                Plain candidate = group.members.get(number);
                return candidate != narrow && candidate.covers(narrow)
                        && !(candidate.statement.index() > narrow.statement.index() && narrow.covers(candidate));
            });
            best.clear();
            candidates.clear();
            if (wide >= 0) {
                findings.add("REDUNDANT_STATEMENT", LintSeverity.SUGGESTION, subject.json(narrow.statement),
                        "statement " + label(group.members.get(wide).statement)
                                + " already covers every action and resource of this one: remove it");
            }
        }
    }

    /**
     * The statements of the group that may cover {@code narrow}: those found under the entry of it that finds
     * the fewest, or, when it has no entry at all, every one.
     */
    private static EntryLists candidates(Plain narrow, Group group, EntryLists best, EntryLists scratch) {
        boolean none = true;
        for (ActionPattern action : narrow.statement.actions()) {
            group.actions.find(action, scratch);
            none = keepFewer(none, best, scratch);
        }
        for (PolicyTemplate resource : narrow.statement.resources()) {
            group.resources.find(resource.text(), scratch);
            none = keepFewer(none, best, scratch);
        }
        if (none) {
            best.add(group.everyone(), group.members.size());
        }
        return best;
    }

    /** Keeps in {@code best} whichever of the two holds fewer entries, and empties {@code found}. */
    private static boolean keepFewer(boolean none, EntryLists best, EntryLists found) {
        if (none || found.total() < best.total()) {
            best.takeFrom(found);
        }
        found.clear();
        return false;
    }

    private static String label(Statement statement) {
        return statement.sid() != null ? "\"" + statement.sid() + "\"" : "number " + (statement.index() + 1);
    }

    private static boolean isPlain(Statement statement) {
        return statement.conditions().isEmpty() && !statement.notAction() && statement.resources() != null
                && !statement.notResource() && !statement.notPrincipal();
    }

    /** The effect and principal: statements cover each other only when these are the same. */
    private static List<String> key(Statement statement) {
        List<String> key = new ArrayList<>();
        key.add(String.valueOf(statement.effect()));
        if (statement.principal() != null) {
            key.add(statement.principal().everyone() ? "everyone" : "named");
            statement.principal().entries().stream().map(e -> e.type() + "=" + e.value()).sorted().forEach(key::add);
        }
        return key;
    }
}
