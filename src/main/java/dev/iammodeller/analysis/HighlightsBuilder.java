package dev.iammodeller.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the routes to each node and keeps, per node, the one that reaches most of it (full before
 * partial before conditional before denied), then the stronger route (by {@link HighlightStyle} order).
 * Every route's sentence is kept in the explanation, the winner's first.
 */
final class HighlightsBuilder {
    private final String subjectId;
    private final Highlights.Mode mode;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Highlights.Path> paths = new ArrayList<>();

    private static final class Entry {
        HighlightStyle style;
        NodeReach extent;
        final Set<String> lines = new LinkedHashSet<>();
    }

    HighlightsBuilder(String subjectId, Highlights.Mode mode) {
        this.subjectId = subjectId;
        this.mode = mode;
    }

    /** Offers a route to a node; {@code extent} null for a node that is a route or a source. */
    HighlightsBuilder offer(String entityId, HighlightStyle style, NodeReach extent, String line) {
        if (entityId == null || entityId.equals(subjectId)) {
            return this;
        }
        Entry entry = entries.get(entityId);
        if (entry == null) {
            entry = new Entry();
            entry.style = style;
            entry.extent = extent;
            entries.put(entityId, entry);
        } else if (better(style, extent, entry.style, entry.extent)) {
            Set<String> before = new LinkedHashSet<>(entry.lines);
            entry.lines.clear();
            entry.lines.add(line);
            entry.lines.addAll(before);
            entry.style = style;
            entry.extent = extent;
            return this;
        }
        entry.lines.add(line);
        return this;
    }

    HighlightsBuilder path(HighlightStyle style, List<Highlights.Edge> edges) {
        if (!edges.isEmpty()) {
            Highlights.Path path = new Highlights.Path(style, edges);
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        return this;
    }

    boolean has(String entityId) {
        return entries.containsKey(entityId);
    }

    static boolean better(HighlightStyle style, NodeReach extent, HighlightStyle than, NodeReach thanExtent) {
        if (style == HighlightStyle.SOURCE || than == HighlightStyle.SOURCE) {
            return style == HighlightStyle.SOURCE && than != HighlightStyle.SOURCE;
        }
        int rank = rank(extent);
        int thanRank = rank(thanExtent);
        return rank != thanRank ? rank < thanRank : style.ordinal() < than.ordinal();
    }

    private static int rank(NodeReach extent) {
        return extent == null ? 0 : switch (extent) {
            case FULL -> 0;
            case PARTIAL -> 1;
            case CONDITIONAL -> 2;
            case NONE -> 3;
        };
    }

    Highlights build() {
        Map<String, Highlights.Node> nodes = new LinkedHashMap<>();
        entries.forEach((id, entry) -> {
            List<String> lines = new ArrayList<>(entry.lines);
            lines.add(entry.style.rule());
            nodes.put(id, new Highlights.Node(entry.style, entry.extent, String.join("\n", lines)));
        });
        return new Highlights(subjectId, mode, nodes, paths);
    }
}
