package dev.iammodeller.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a large policy by the service prefix of their actions, so that deciding
 * {@code s3:GetObject} looks only at statements that name {@code s3:} or could match any service
 * (a wildcard prefix, or NotAction). Built once when the policy is read; small policies go without.
 */
public final class StatementIndex {
    /** Policies with fewer statements are scanned in full: the index would cost more than it saves. */
    static final int MINIMUM_STATEMENTS = 8;

    private final Map<String, int[]> byPrefix;
    private final int[] anyService;

    private StatementIndex(Map<String, int[]> byPrefix, int[] anyService) {
        this.byPrefix = byPrefix;
        this.anyService = anyService;
    }

    /** The index of these statements, or null when there are too few to be worth one. */
    public static StatementIndex of(List<Statement> statements) {
        if (statements.size() < MINIMUM_STATEMENTS) {
            return null;
        }
        Map<String, List<Integer>> lists = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (Statement statement : statements) {
            List<String> prefixes = new ArrayList<>();
            boolean wildcard = statement.notAction();
            for (ActionPattern action : statement.actions()) {
                String prefix = action.servicePrefix();
                if (prefix == null) {
                    wildcard = true;
                } else if (!prefixes.contains(prefix)) {
                    prefixes.add(prefix);
                }
            }
            if (wildcard) {
                any.add(statement.index());
            } else {
                for (String prefix : prefixes) {
                    lists.computeIfAbsent(prefix, p -> new ArrayList<>()).add(statement.index());
                }
            }
        }
        Map<String, int[]> byPrefix = new HashMap<>();
        lists.forEach((prefix, list) -> byPrefix.put(prefix, merge(toArray(list), toArray(any))));
        return new StatementIndex(byPrefix, toArray(any));
    }

    /** The indexes, in policy order, of the statements that may cover an action of this service prefix. */
    public int[] candidates(String lowerCasePrefix) {
        int[] found = byPrefix.get(lowerCasePrefix);
        return found != null ? found : anyService;
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            out[k++] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
        }
        return out;
    }
}
