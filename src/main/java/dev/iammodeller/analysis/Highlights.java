package dev.iammodeller.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the canvas shows for a selected node: a style and a one-line explanation per highlighted entity,
 * and the paths to draw (role chains along trust edges, compute hops). Entities not in {@link #nodes()}
 * are dimmed while the highlights are shown (except the subject itself). Pure data, safe to hand from the
 * analysis thread to the FX thread.
 *
 * @param subjectId the selected entity, null for no highlights
 * @param mode      forward (what the subject reaches) or reverse (who reaches the subject)
 */
public record Highlights(String subjectId, Mode mode, Map<String, Node> nodes, List<Path> paths) {
    /** Nothing selected: nothing highlighted, nothing dimmed. */
    public static final Highlights NONE = new Highlights(null, Mode.FORWARD, Map.of(), List.of());

    /** What a highlight answers. */
    public enum Mode { FORWARD, REVERSE }

    /**
     * One highlighted entity: its style, how much of it is reached ({@code null} for nodes that are a route,
     * such as a role on a chain, or a source), and the explanation (the conditions for conditional, the deny
     * statement for denied), one sentence per line, the rule behind it last.
     */
    public record Node(HighlightStyle style, NodeReach extent, String explanation) {
    }

    /** One edge of a path: from and to are entity ids; the label names the action or relation. */
    public record Edge(String from, String to, String label) {
    }

    /** A path to draw, edge by edge, in the style of the route it stands for. */
    public record Path(HighlightStyle style, List<Edge> edges) {
        public Path {
            edges = List.copyOf(edges);
        }
    }

    public Highlights {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        paths = List.copyOf(paths);
    }

    /** The style of every highlighted entity. */
    public Map<String, HighlightStyle> styles() {
        Map<String, HighlightStyle> out = new LinkedHashMap<>();
        nodes.forEach((id, node) -> out.put(id, node.style()));
        return out;
    }

    public Optional<HighlightStyle> style(String entityId) {
        Node node = nodes.get(entityId);
        return node == null ? Optional.empty() : Optional.of(node.style());
    }

    /** The explanation of one entity's highlight, or "" when it has none. */
    public String explanation(String entityId) {
        Node node = nodes.get(entityId);
        return node == null ? "" : node.explanation();
    }

    /** True when the canvas should dim this entity: highlights are shown and it is neither in them nor the subject. */
    public boolean dims(String entityId) {
        return subjectId != null && !entityId.equals(subjectId) && !nodes.containsKey(entityId);
    }
}
