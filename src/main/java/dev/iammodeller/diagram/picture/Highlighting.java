package dev.iammodeller.diagram.picture;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a selection shows on the canvas, in the drawing's terms: the selected entity, the emphasis of each node
 * it reaches (or that reaches it), what it dims, the principals with an escalation path, the arrows of its
 * paths and, when asked for, one escalation path step by step.
 */
public record Highlighting(String selectedId, Map<String, Emphasis> emphasis, Set<String> dimmed,
                           Set<String> escalating, List<Arrow> arrows, Escalation escalation) {
    public static final Highlighting NONE = new Highlighting(null, Map.of(), Set.of(), Set.of(), List.of(), null);

    /** An arrow of a path from one entity to another, labelled, in the colour of an emphasis. */
    public record Arrow(String fromId, String toId, String label, Emphasis style) {
    }

    /**
     * Where one hop of an escalation path starts and ends: an entity's id, or the ARN of something the path
     * creates (which the model has no node for).
     */
    public record Stop(String entityId, String createdArn) {
        public boolean created() {
            return entityId == null;
        }
    }

    /** One hop: its numbered actions, one a line. */
    public record Hop(Stop from, Stop to, String text) {
    }

    /** An escalation path: its hops, what it gains, and whether it only possibly opens (drawn dotted). */
    public record Escalation(List<Hop> hops, String gain, boolean possible) {
        public Escalation {
            hops = List.copyOf(hops);
        }

        /** The entities the hops go through, in order, each once (not what the path creates). */
        public List<String> stops() {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (Hop hop : hops) {
                for (Stop stop : List.of(hop.from(), hop.to())) {
                    if (!stop.created()) {
                        out.add(stop.entityId());
                    }
                }
            }
            return List.copyOf(out);
        }
    }

    public Highlighting {
        emphasis = Map.copyOf(emphasis);
        dimmed = Set.copyOf(dimmed);
        escalating = Set.copyOf(escalating);
        arrows = List.copyOf(arrows);
    }
}
