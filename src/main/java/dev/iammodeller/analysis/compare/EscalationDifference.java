package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationGain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalation paths a new model opens and closes, from the grouped answer of each model
 * ({@link EscalationAnalysis#grouped}: per principal and gain, the shortest path). A gain is new when the base
 * gave that principal neither it nor administrator (which includes every gain); it is closed when the new model
 * gives neither. Principals are paired by {@link EntityPairing}, gains compared by ARN (or {@code admin}). The
 * opened come first, then the closed, each in the grouped answer's order.
 */
public final class EscalationDifference {
    private EscalationDifference() {
    }

    public static List<EscalationChange> of(AccessCheck base, AccessCheck next, EntityPairing pairing) {
        Map<String, Map<String, EscalationGain>> before = byPrincipal(EscalationAnalysis.grouped(base), pairing, true);
        Map<String, Map<String, EscalationGain>> after = byPrincipal(EscalationAnalysis.grouped(next), pairing, false);
        List<EscalationChange> out = new ArrayList<>();
        missing(after, before, Change.ADDED, out);
        missing(before, after, Change.REMOVED, out);
        return out;
    }

    /** The gains of {@code these} that {@code others} has neither itself nor through administrator. */
    private static void missing(Map<String, Map<String, EscalationGain>> these, Map<String, Map<String, EscalationGain>> others,
                                Change change, List<EscalationChange> out) {
        these.forEach((principal, gains) -> {
            Map<String, EscalationGain> known = others.getOrDefault(principal, Map.of());
            for (EscalationGain gain : gains.values()) {
                if (!known.containsKey(gain.gains()) && !known.values().stream().anyMatch(EscalationGain::gainsAdmin)) {
                    out.add(new EscalationChange(change, gain));
                }
            }
        });
    }

    /** The gains by principal (keyed by its id in the new model when it has one) and by what they gain, in order. */
    private static Map<String, Map<String, EscalationGain>> byPrincipal(List<EscalationGain> gains, EntityPairing pairing,
                                                                        boolean base) {
        Map<String, Map<String, EscalationGain>> out = new java.util.LinkedHashMap<>();
        for (EscalationGain gain : gains) {
            String key = base ? PairKey.ofBase(pairing, gain.principalId()) : gain.principalId();
            out.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).put(gain.gains(), gain);
        }
        return out;
    }
}
