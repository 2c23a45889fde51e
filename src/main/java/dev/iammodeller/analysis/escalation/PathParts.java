package dev.iammodeller.analysis.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps, step lists, conditions and rule names that the paths of one analysis hold, each kept once
 * however many paths hold it. A dense estate has hundreds of thousands of paths but a few thousand
 * different steps: 750 users that may pass any Lambda role write the same "pass app-9 to
 * lambda.amazonaws.com", so every one of their paths points at one step, one list and one string.
 * One instance lives as long as the paths it shares (one {@link EscalationAnalysis#all} answer): paths that
 * are only counted or written out never pass through it.
 */
final class PathParts {
    private final Map<Object, Object> known = new ConcurrentHashMap<>(8192);
    /** The path with its gain, rule, conditions and steps shared. */
    EscalationPath share(EscalationPath path) {
        return new EscalationPath(path.principalId(), path.principalArn(), text(path.gains()), text(path.rule()),
                conditions(path.conditions()), steps(path.steps()), conditions(path.assumes()));
    }

    /** The one immutable list equal to these steps, its steps shared too. */
    List<EscalationStep> steps(List<EscalationStep> steps) {
        List<EscalationStep> found = lookUp(steps);
        if (found != null) {
            return found;
        }
        List<EscalationStep> shared = new ArrayList<>(steps.size());
        for (EscalationStep step : steps) {
            shared.add(share(step));
        }
        return share(List.copyOf(shared));
    }

    /** The one immutable list equal to these conditions. */
    List<String> conditions(List<String> conditions) {
        List<String> found = lookUp(conditions);
        return found != null ? found : share(List.copyOf(conditions));
    }

    String text(String text) {
        return share(text);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> lookUp(List<T> list) {
        return (List<T>) known.get(list);
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        Object prior = known.putIfAbsent(value, value);
        return prior == null ? value : (T) prior;
    }
}
