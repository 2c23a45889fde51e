package dev.iammodeller.catalog;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds actions by name and by IAM action pattern, ignoring case as IAM does. A pattern is matched against
 * the whole {@code service:Action} name ({@code *} may cross the colon); a pattern whose service part has no
 * wildcard only looks at that service's actions, one with a run of three or more plain characters only at
 * the actions whose name holds that run's every three characters ({@link ActionTrigrams}). Expanded
 * patterns are kept (the most recent 4,096).
 */
final class ActionIndex {
    private static final int CACHED_PATTERNS = 4096;

    private final List<Action> actions;
    private final String[] lowerNames;
    private final Map<String, Integer> idsByName;
    private final Map<String, Service> servicesByPrefix;
    private final ActionSet all;
    private final Map<String, ActionSet> expanded = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ActionSet> eldest) {
            return size() > CACHED_PATTERNS;
        }
    };

    private volatile ActionTrigrams trigrams;

    ActionIndex(List<Action> actions, List<Service> services) {
        this.actions = actions;
        this.lowerNames = new String[actions.size()];
        this.idsByName = new HashMap<>(actions.size() * 2);
        for (Action action : actions) {
            String lower = lower(action.fullName());
            lowerNames[action.id()] = lower;
            idsByName.put(lower, action.id());
        }
        this.servicesByPrefix = new HashMap<>(services.size() * 2);
        services.forEach(service -> servicesByPrefix.put(lower(service.prefix()), service));
        BitSet every = new BitSet(actions.size());
        every.set(0, actions.size());
        this.all = new ActionSet(actions, every);
    }

    Optional<Service> service(String prefix) {
        return Optional.ofNullable(servicesByPrefix.get(lower(prefix)));
    }

    Optional<Action> action(String fullName) {
        Integer id = idsByName.get(lower(fullName));
        return id == null ? Optional.empty() : Optional.of(actions.get(id));
    }

    ActionSet all() {
        return all;
    }

    ActionSet expand(String pattern) {
        String key = lower(pattern);
        ActionSet known;
        synchronized (expanded) {
            known = expanded.get(key);
        }
        if (known != null) {
            return known;
        }
        ActionSet result = new ActionSet(actions, match(key));
        synchronized (expanded) {
            expanded.put(key, result);
        }
        return result;
    }

    private BitSet match(String lowerPattern) {
        BitSet bits = new BitSet(actions.size());
        if (lowerPattern.equals("*")) {
            bits.set(0, actions.size());
            return bits;
        }
        WildcardPattern pattern = WildcardPattern.compile(lowerPattern, false);
        if (pattern.isLiteral()) {
            Integer id = idsByName.get(lowerPattern);
            if (id != null) {
                bits.set(id);
            }
            return bits;
        }
        int from = 0;
        int to = actions.size();
        int colon = lowerPattern.indexOf(':');
        String servicePart = colon < 0 ? "" : lowerPattern.substring(0, colon);
        if (colon > 0 && servicePart.indexOf('*') < 0 && servicePart.indexOf('?') < 0) {
            Service service = servicesByPrefix.get(servicePart);
            if (service == null) {
                return bits;
            }
            from = service.firstActionId();
            to = from + service.actionCount();
        }
        String run = from == 0 && to == actions.size() ? ActionTrigrams.longestRun(lowerPattern) : null;
        if (run != null) {
            for (int id : trigrams().candidates(run)) {
                if (pattern.matches(lowerNames[id])) {
                    bits.set(id);
                }
            }
            return bits;
        }
        for (int id = from; id < to; id++) {
            if (pattern.matches(lowerNames[id])) {
                bits.set(id);
            }
        }
        return bits;
    }

    private ActionTrigrams trigrams() {
        ActionTrigrams known = trigrams;
        if (known == null) {
            known = new ActionTrigrams(lowerNames);
            trigrams = known;
        }
        return known;
    }

    /** Up to {@code max} known action names nearest to {@code unknown}, nearest first. */
    List<String> closest(String unknown, int max) {
        String lower = lower(unknown);
        int colon = lower.indexOf(':');
        Service service = colon > 0 ? servicesByPrefix.get(lower.substring(0, colon)) : null;
        int from = service == null ? 0 : service.firstActionId();
        int to = service == null ? actions.size() : from + service.actionCount();
        return EditDistance.nearest(lower, lowerNames, from, to, max).stream()
                .map(id -> actions.get(id).fullName())
                .toList();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
