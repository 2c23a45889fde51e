package dev.iammodeller.analysis.escalation;

import dev.iammodeller.model.Compute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service steps of a path, written as data: each step an action on an object. Steps on the same
 * object act on one ARN: a new thing the attacker creates (the object is an ARN prefix with
 * {@code {region}} and {@code {account}}, such as {@code arn:aws:lambda:{region}:{account}:function:}, and
 * the name comes from the attacker's own Resource patterns: {@link NewNames}), the compute the rule
 * looks at ({@link #TARGET}), any existing compute of a type ({@code @existing:GLUE_JOB}), or {@code *}.
 * A plan is open when some ARN for each object lets every step on it through.
 */
final class StepPlan {
    static final String TARGET = "@target";
    static final String EXISTING = "@existing:";
    private static final int MAX_CANDIDATES = 12;

    /**
     * One step: {@code note} may name {@code {role}}, {@code {compute}} and {@code {service}};
     * {@code chosenFrom} sets a context key to the ARN of another object (lambda:FunctionArn on an event
     * source mapping).
     */
    record Spec(String action, String object, String note, Map<String, String> chosenFrom) {
        Spec(String action, String object, String note) {
            this(action, object, note, Map.of());
        }
    }

    /** One pathfinding path as steps. */
    record Variant(String id, List<Spec> specs) {
        Variant(String id, Spec... specs) {
            this(id, List.of(specs));
        }

        boolean mayAllow(Attacker attacker) {
            for (Spec spec : specs) {
                if (!attacker.mayAllow(spec.action())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The steps of an open plan and what the attacker sets for them. */
    record Resolved(List<EscalationStep> steps, List<String> conditions) {
    }

    private StepPlan() {
    }

    /**
     * The plan's steps for this attacker, or null when some object has no ARN that lets its steps through.
     * {@code target} is the ARN of the compute a rule looks at; {@code words} fills the notes.
     */
    static Resolved resolve(Scan scan, Variant variant, String target, Map<String, String> words) {
        Resolved raw = unworded(scan, variant, target);
        if (raw == null) {
            return null;
        }
        List<EscalationStep> steps = new ArrayList<>();
        for (EscalationStep step : raw.steps()) {
            steps.add(new EscalationStep(step.action(), step.target(), worded(step.note(), words)));
        }
        return new Resolved(steps, raw.conditions());
    }

    /** As {@link #resolve(Scan, Variant, String, Map)}, with the notes as written ({@code {role}} and the rest unfilled). */
    static Resolved unworded(Scan scan, Variant variant, String target) {
        return scan.plan(variant.id(), target, () -> resolve(scan, variant, target));
    }

    /** A note with its words filled in. */
    static String worded(String note, Map<String, String> words) {
        for (Map.Entry<String, String> word : words.entrySet()) {
            note = note.replace("{" + word.getKey() + "}", word.getValue());
        }
        return note;
    }

    /** The plan with its notes as written: the same for every role a rule tries it with. */
    private static Resolved resolve(Scan scan, Variant variant, String target) {
        Attacker attacker = scan.attacker;
        if (!variant.mayAllow(attacker)) {
            return null;
        }
        Map<String, List<Spec>> objects = new LinkedHashMap<>();
        for (Spec spec : variant.specs()) {
            objects.computeIfAbsent(spec.object(), o -> new ArrayList<>()).add(spec);
        }
        Map<String, String> arns = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        for (Map.Entry<String, List<Spec>> object : objects.entrySet()) {
            String found = null;
            for (String candidate : candidates(scan, object.getKey(), object.getValue(), target)) {
                List<String> stepConditions = open(attacker, object.getValue(), candidate, arns);
                if (stepConditions != null) {
                    found = candidate;
                    conditions.addAll(stepConditions);
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            arns.put(object.getKey(), found);
        }
        List<EscalationStep> steps = new ArrayList<>();
        for (Spec spec : variant.specs()) {
            steps.add(Scan.step(spec.action(), arns.get(spec.object()), spec.note()));
        }
        return new Resolved(steps, conditions);
    }

    /** The conditions of every step on this ARN, or null when one of them is closed. */
    private static List<String> open(Attacker attacker, List<Spec> specs, String arn, Map<String, String> arns) {
        List<String> conditions = new ArrayList<>();
        for (Spec spec : specs) {
            if (!arn.equals("*") && !attacker.mayAllowOn(spec.action(), arn)) {
                return null;
            }
            Map<String, String> chosen = new HashMap<>();
            spec.chosenFrom().forEach((key, object) -> {
                if (arns.containsKey(object)) {
                    chosen.put(key, arns.get(object));
                }
            });
            StepCheck check = attacker.check(spec.action(), arn, Map.of(), chosen);
            if (!check.open()) {
                return null;
            }
            conditions.addAll(check.conditions());
        }
        return conditions;
    }

    private static List<String> candidates(Scan scan, String object, List<Spec> specs, String target) {
        if (object.equals("*")) {
            return List.of("*");
        }
        if (object.equals(TARGET)) {
            return target == null ? List.of() : List.of(target);
        }
        if (object.startsWith(EXISTING)) {
            Compute.Type type = Compute.Type.valueOf(object.substring(EXISTING.length()));
            Set<String> out = new LinkedHashSet<>();
            for (Estate.RunsAs runs : scan.estate.compute(type)) {
                if (runs.compute().arn() != null && scan.attacker.account().equals(runs.compute().account())) {
                    out.add(runs.compute().arn());
                }
            }
            return new ArrayList<>(out);
        }
        List<String> actions = specs.stream().map(Spec::action).toList();
        Set<String> out = new LinkedHashSet<>();
        for (String region : scan.estate.regions()) {
            String prefix = object.replace("{region}", region).replace("{account}", scan.attacker.account());
            out.addAll(scan.attacker.newArns(actions, prefix));
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_CANDIDATES));
    }
}
