package dev.iammodeller.io.export;

import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Graphviz digraph, written by hand: each frame a {@code subgraph "cluster_N"} (nested as on the canvas)
 * with a quoted label, each node by its model id, quoted, labelled with its name and kind, edges styled by
 * kind. Every id and label is a double-quoted string in which {@code "} and {@code \} are escaped and a line
 * break becomes {@code \n}. An edge to or from a frame (an SCP attached to an account) ends at the frame's
 * border: the frame holds an invisible point by the frame's id, and the edge says {@code lhead} or
 * {@code ltail} with the cluster ({@code compound=true}). Each node carries where the canvas draws it as {@code pos}
 * (its centre, in points, y upwards): {@code dot} lays the graph out anew and ignores it, {@code neato -n2} draws it
 * where the app does, at once however large the model.
 */
public final class DotExport {
    private DotExport() {
    }

    public static String export(IamModel model, ExportOptions options) {
        DiagramView view = DiagramView.of(model, options);
        StringBuilder out = new StringBuilder();
        String fg = options.dark() ? "#f3f4f6" : "#111827";
        out.append("digraph ").append(quote(model.title())).append(" {\n");
        out.append("  rankdir=LR;\n  compound=true;\n");
        out.append("  graph [fontname=\"Helvetica\", fontcolor=").append(quote(fg));
        if (options.dark()) {
            out.append(", bgcolor=\"#1f2937\"");
        }
        out.append("];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=rounded, fontcolor=")
                .append(quote(fg)).append("];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Map<String, List<Entity>> nodesByFrame = new HashMap<>();
        for (Entity node : view.nodes) {
            nodesByFrame.computeIfAbsent(key(view.parentOf(node.id())), k -> new ArrayList<>()).add(node);
        }
        Map<String, List<Entity>> framesByFrame = new HashMap<>();
        for (Entity frame : view.frames) {
            framesByFrame.computeIfAbsent(key(view.parentOf(frame.id())), k -> new ArrayList<>()).add(frame);
        }
        java.util.Set<String> anchored = new java.util.HashSet<>();
        for (ModelEdge edge : view.edges) {
            anchored.add(edge.from());
            anchored.add(edge.to());
        }
        Map<String, String> clusterNames = new HashMap<>();
        int[] clusters = {0};
        Places places = new Places(view.drawing);
        writeFrame(out, "", "  ", nodesByFrame, framesByFrame, options, clusters, anchored, clusterNames, places);
        for (ModelEdge edge : view.edges) {
            EdgeStyle look = EdgeStyles.of(edge.kind());
            String colour = options.dark() ? look.darkColour() : look.lightColour();
            out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
                    .append(" [label=").append(quote(look.label())).append(", color=").append(quote(colour))
                    .append(", fontcolor=").append(quote(colour));
            if (!look.dashes().isEmpty()) {
                out.append(", style=").append(look.dashes().get(0) <= 2 ? "dotted" : "dashed");
            }
            if (clusterNames.containsKey(edge.from()) && !inside(view, edge.to(), edge.from())) {
                out.append(", ltail=").append(quote(clusterNames.get(edge.from())));
            }
            if (clusterNames.containsKey(edge.to()) && !inside(view, edge.from(), edge.to())) {
                out.append(", lhead=").append(quote(clusterNames.get(edge.to())));
            }
            out.append(", arrowhead=").append(switch (look.head()) {
                case FILLED -> "normal";
                case OPEN -> "vee";
                case DIAMOND -> "diamond";
                case BAR -> "tee";
            }).append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static void writeFrame(StringBuilder out, String frame, String indent, Map<String, List<Entity>> nodes,
                                   Map<String, List<Entity>> frames, ExportOptions options, int[] clusters,
                                   java.util.Set<String> anchored, Map<String, String> clusterNames, Places places) {
        for (Entity child : frames.getOrDefault(frame, List.of())) {
            var family = KindLooks.of(child.kind()).family();
            String colour = options.dark() ? family.darkColour() : family.lightColour();
            String cluster = "cluster_" + (++clusters[0]);
            clusterNames.put(child.id(), cluster);
            out.append(indent).append("subgraph ").append(quote(cluster)).append(" {\n");
            out.append(indent).append("  label=").append(quote(child.name() + " (" + DiagramView.kindWord(child)
                    + (child.account() != null ? " " + child.account() : "") + ")")).append(";\n");
            out.append(indent).append("  style=").append(quote(child.kind().name().equals("ACCOUNT") ? "rounded"
                    : "rounded,dashed")).append("; color=").append(quote(colour)).append(";\n");
            if (anchored.contains(child.id())) {
                out.append(indent).append("  ").append(quote(child.id()))
                        .append(" [label=\"\", shape=point, style=invis, width=0.01, height=0.01");
                places.appendTop(out, child.id());
                out.append("];\n");
            }
            writeFrame(out, child.id(), indent + "  ", nodes, frames, options, clusters, anchored, clusterNames, places);
            out.append(indent).append("}\n");
        }
        for (Entity node : nodes.getOrDefault(frame, List.of())) {
            var family = KindLooks.of(node.kind()).family();
            String colour = options.dark() ? family.darkColour() : family.lightColour();
            String shape = switch (node.kind()) {
                case USER -> "box";
                case GROUP -> "folder";
                case ROLE -> "hexagon";
                case MANAGED_POLICY, INLINE_POLICY, ORGANIZATION_POLICY -> "note";
                case RESOURCE -> "cylinder";
                case COMPUTE -> "component";
                default -> "ellipse";
            };
            out.append(indent).append(quote(node.id())).append(" [label=")
                    .append(quote(node.name() + "\n(" + DiagramView.kindWord(node) + ")")).append(", shape=")
                    .append(shape).append(", color=").append(quote(colour));
            if (node.arn() != null) {
                out.append(", tooltip=").append(quote(node.arn()));
            }
            places.append(out, node.id());
            out.append("];\n");
        }
    }

    /**
     * Where the canvas draws each node, as Graphviz reads a pinned position: the centre of its box in points (a canvas
     * unit is a pixel at 96 dpi, three quarters of a point), y measured up from the drawing's bottom.
     */
    private static final class Places {
        private static final double POINTS_PER_UNIT = 0.75;
        private final dev.iammodeller.diagram.Drawing drawing;
        private final double bottom;

        Places(dev.iammodeller.diagram.Drawing drawing) {
            this.drawing = drawing;
            dev.iammodeller.diagram.Rect extent = drawing.extent();
            this.bottom = extent == null ? 0 : extent.maxY();
        }

        /** A node's place: the centre of its box. */
        void append(StringBuilder out, String id) {
            dev.iammodeller.diagram.Rect shape = drawing.shape(id);
            if (shape != null) {
                append(out, shape.centre().x(), shape.centre().y());
            }
        }

        /** A frame's anchor point (where edges to the frame end): the middle of its top edge. */
        void appendTop(StringBuilder out, String frameId) {
            dev.iammodeller.diagram.Rect shape = drawing.shape(frameId);
            if (shape != null) {
                append(out, shape.centre().x(), shape.y());
            }
        }

        private void append(StringBuilder out, double x, double y) {
            out.append(", pos=").append(quote(number(x * POINTS_PER_UNIT) + "," + number((bottom - y) * POINTS_PER_UNIT) + "!"));
        }

        private static String number(double value) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
    }

    /** Whether {@code id} is drawn inside {@code frame} (an SCP in the root it applies to). */
    private static boolean inside(DiagramView view, String id, String frame) {
        for (String p = view.parentOf(id); p != null; p = view.parentOf(p)) {
            if (p.equals(frame)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String frame) {
        return frame == null ? "" : frame;
    }

    /** A DOT double-quoted string: {@code \} and {@code "} escaped, a line break as {@code \n}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
