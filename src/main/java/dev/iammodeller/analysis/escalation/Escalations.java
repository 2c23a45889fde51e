package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalation paths of a whole model, by principal: which principals get a badge, and each path as
 * edges the canvas can draw step by step (from the principal to each step's target, labelled with the
 * step's action; a target the model does not draw, such as a user the attacker creates, has no node and
 * {@code to} is null).
 */
public record Escalations(Map<String, List<EscalationPath>> byPrincipal) {
    public static final Escalations NONE = new Escalations(Map.of());

    public Escalations {
        Map<String, List<EscalationPath>> copy = new LinkedHashMap<>();
        byPrincipal.forEach((id, paths) -> copy.put(id, List.copyOf(paths)));
        byPrincipal = Collections.unmodifiableMap(copy);
    }

    /**
     * The shortest path to each thing each principal can gain, its admin path alone when it can gain admin
     * ({@link EscalationAnalysis#grouped}; this may take seconds on a large model: run it off the FX thread).
     */
    public static Escalations of(AccessCheck check) {
        return of(check, done -> { }, id -> { }, List.of());
    }

    /**
     * As {@link #of(AccessCheck)}, telling {@code progress} how much is done (0 to 1) and {@code escalates} each principal
     * that will have a badge as soon as one of its own paths is found (both from the threads doing it; principals whose
     * only paths go through another principal come with the answer), the principals {@code first} (those on screen) first.
     */
    public static Escalations of(AccessCheck check, java.util.function.DoubleConsumer progress,
                                 java.util.function.Consumer<String> escalates, java.util.Collection<String> first) {
        Map<String, List<EscalationPath>> out = new LinkedHashMap<>();
        for (EscalationPath path : EscalationAnalysis.shortestPaths(check, progress, escalates, first)) {
            out.computeIfAbsent(path.principalId(), id -> new ArrayList<>()).add(path);
        }
        return new Escalations(out);
    }

    /** True when the principal has at least one escalation path: it gets a badge. */
    public boolean hasPath(String principalId) {
        return byPrincipal.containsKey(principalId);
    }

    public List<EscalationPath> paths(String principalId) {
        return byPrincipal.getOrDefault(principalId, List.of());
    }

    /** The steps of a path as edges: principal → target (null when the model has no such entity), labelled with the action. */
    public static List<Highlights.Edge> edges(IamModel model, EscalationPath path) {
        Map<String, String> idByArn = new HashMap<>();
        for (Entity entity : model.entities().values()) {
            if (entity.arn() != null) {
                idByArn.putIfAbsent(entity.arn(), entity.id());
            }
        }
        List<Highlights.Edge> edges = new ArrayList<>();
        for (EscalationStep step : path.steps()) {
            edges.add(new Highlights.Edge(path.principalId(), idByArn.get(step.target()), step.action()));
        }
        return edges;
    }

    /** One sentence for the badge's tooltip: what the principal can gain, and the rule behind it. */
    public String badgeText(IamModel model, String principalId) {
        List<EscalationPath> paths = paths(principalId);
        if (paths.isEmpty()) {
            return "";
        }
        boolean admin = paths.stream().anyMatch(EscalationPath::gainsAdmin);
        boolean possibleOnly = paths.stream().allMatch(p -> !p.assumes().isEmpty());
        Entity principal = model.entities().get(principalId);
        String name = principal == null ? principalId : principal.name();
        String gains = admin ? "administrator (every action on every resource)"
                : paths.size() == 1 ? "the permissions of 1 other principal"
                : "the permissions of " + paths.size() + " other principals";
        return name + (possibleOnly ? " can possibly" : " can") + " give itself more permissions than it has: it can"
                + " gain " + gains + (possibleOnly ? ", if compute or a password the model cannot show exists" : "")
                + ". Permissions that change IAM"
                + " (policies, users, keys, trust) or pass a role to compute are worth as much as what they can"
                + " reach: whoever holds them can grant themselves the rest.";
    }
}
