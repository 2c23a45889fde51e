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
 */
final class PathParts {
    private final Map<Object, Object> known = new ConcurrentHashMap<>(8192);
    /** What a step of a possible path assumes exists (a Lambda function that runs as R): kept with the step. */
    private final Map<EscalationStep, String> assumptions = new ConcurrentHashMap<>();

    /** The step, shared, marked as one that acts on something the model does not show and that must exist. */
    EscalationStep assuming(EscalationStep step, String assumption) {
        EscalationStep shared = share(step);
        assumptions.put(shared, assumption);
        return shared;
    }

    /**
     * What these steps assume exists, each once, in step order: empty when every step acts on what the
     * model shows. A chain that takes a possible step stays possible, since its steps are kept.
     */
    List<String> assumptions(List<EscalationStep> steps) {
        if (assumptions.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (EscalationStep step : steps) {
            String assumption = assumptions.get(step);
            if (assumption != null && !out.contains(assumption)) {
                out.add(assumption);
            }
        }
        return out.isEmpty() ? List.of() : conditions(out);
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
