package dev.iammodeller.io.export;

import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid flowchart: each entity a node with a safe id ({@code n1}, {@code n2}...) and its name and kind as a
 * quoted label, frames as subgraphs (root, units, accounts, nested as on the canvas), a class per kind
 * ({@code classDef}), edges labelled with their kind. Every label is quoted and escaped with Mermaid's entity
 * codes ({@code #quot;}, {@code #lt;}, {@code #gt;}, {@code #amp;}, {@code #35;} for {@code #}).
 *
 * <p>Mermaid refuses a diagram of more than {@value #MAX_EDGES} edges or {@value #MAX_TEXT} characters by
 * default. A larger model becomes a folder of files, one per account (named after the account; what is outside
 * every account in {@code organization.mmd}), an account too large for one file cut into parts
 * ({@code NAME part 2.mmd}); an edge goes with the account of its start, and each file declares every node its
 * edges need.
 */
public final class MermaidExport {
    static final int MAX_EDGES = 500;
    static final int MAX_TEXT = 50_000;

    private MermaidExport() {
    }

    public static Exported export(IamModel model, ExportOptions options) {
        DiagramView view = DiagramView.of(model, options);
        Ids ids = new Ids(view);
        String whole = render(view, ids, view.nodes, view.edges, options);
        if (view.edges.size() <= MAX_EDGES && whole.length() <= MAX_TEXT) {
            return new Exported.Single(whole.getBytes(StandardCharsets.UTF_8), List.of());
        }
        Map<String, List<ModelEdge>> edgesByAccount = new LinkedHashMap<>();
        Map<String, List<Entity>> nodesByAccount = new LinkedHashMap<>();
        Set<String> joined = new LinkedHashSet<>();
        for (ModelEdge edge : view.edges) {
            edgesByAccount.computeIfAbsent(accountFrame(view, edge.from()), k -> new ArrayList<>()).add(edge);
            joined.add(edge.from());
            joined.add(edge.to());
        }
        for (Entity node : view.nodes) {
            if (!joined.contains(node.id())) {
                nodesByAccount.computeIfAbsent(accountFrame(view, node.id()), k -> new ArrayList<>()).add(node);
            }
        }
        Set<String> keys = new LinkedHashSet<>(edgesByAccount.keySet());
        keys.addAll(nodesByAccount.keySet());
        SafeFileNames names = new SafeFileNames();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String key : keys) {
            List<String> texts = new ArrayList<>();
            split(view, ids, nodesByAccount.getOrDefault(key, List.of()), edgesByAccount.getOrDefault(key, List.of()),
                    options, texts);
            String base = key.isEmpty() ? "organization" : model.entities().get(key).name();
            for (int i = 0; i < texts.size(); i++) {
                String wanted = texts.size() == 1 ? base : base + " part " + (i + 1);
                files.put(names.path("", wanted, ".mmd"), texts.get(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        String note = "mermaid: " + view.edges.size() + " edges and " + whole.length()
                + " characters are more than Mermaid draws by default (" + MAX_EDGES + " edges, " + MAX_TEXT
                + " characters): the output is a folder of " + files.size() + " files, one per account"
                + " (cut into parts where an account is larger)";
        return new Exported.Folder(files, List.of(note));
    }

    private static void split(DiagramView view, Ids ids, List<Entity> alone, List<ModelEdge> edges,
                              ExportOptions options, List<String> out) {
        List<ModelEdge> chunk = new ArrayList<>();
        List<List<ModelEdge>> chunks = new ArrayList<>();
        for (ModelEdge edge : edges) {
            chunk.add(edge);
            if (chunk.size() == MAX_EDGES) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty() || chunks.isEmpty()) {
            chunks.add(chunk);
        }
        for (int i = 0; i < chunks.size(); i++) {
            fit(view, ids, i == 0 ? alone : List.of(), chunks.get(i), options, out);
        }
    }

    /** Renders a part, halving it until it fits Mermaid's text limit. */
    private static void fit(DiagramView view, Ids ids, List<Entity> alone, List<ModelEdge> edges,
                            ExportOptions options, List<String> out) {
        List<Entity> nodes = new ArrayList<>(alone);
        Set<String> seen = new LinkedHashSet<>();
        alone.forEach(e -> seen.add(e.id()));
        for (ModelEdge edge : edges) {
            for (String end : List.of(edge.from(), edge.to())) {
                if (seen.add(end)) {
                    nodes.add(view.model.entities().get(end));
                }
            }
        }
        String text = render(view, ids, nodes, edges, options);
        if (text.length() <= MAX_TEXT || edges.size() + alone.size() <= 1) {
            out.add(text);
            return;
        }
        if (edges.size() > 1) {
            fit(view, ids, alone, edges.subList(0, edges.size() / 2), options, out);
            fit(view, ids, List.of(), edges.subList(edges.size() / 2, edges.size()), options, out);
        } else {
            fit(view, ids, alone.subList(0, alone.size() / 2), edges, options, out);
            fit(view, ids, alone.subList(alone.size() / 2, alone.size()), List.of(), options, out);
        }
    }

    /** The id of the account frame that holds an entity, or "" when none does. */
    private static String accountFrame(DiagramView view, String id) {
        for (String p = id; p != null; p = view.parentOf(p)) {
            Entity e = view.model.entities().get(p);
            if (e != null && e.kind() == EntityKind.ACCOUNT) {
                return p;
            }
        }
        return "";
    }

    private static String render(DiagramView view, Ids ids, List<Entity> nodes, List<ModelEdge> edges,
                                 ExportOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("%% ").append(view.model.title().replaceAll("[\\r\\n]+", " ")).append(" (IAM Modeller)\n");
        out.append("flowchart LR\n");
        Map<String, List<Entity>> byFrame = new HashMap<>();
        Set<String> framesNeeded = new LinkedHashSet<>();
        for (Entity node : nodes) {
            byFrame.computeIfAbsent(nullToEmpty(view.parentOf(node.id())), k -> new ArrayList<>()).add(node);
            for (String p = view.parentOf(node.id()); p != null; p = view.parentOf(p)) {
                framesNeeded.add(p);
            }
        }
        Map<String, List<Entity>> childFrames = new HashMap<>();
        for (Entity frame : view.frames) {
            if (framesNeeded.contains(frame.id()) || nodes.size() == view.nodes.size()) {
                childFrames.computeIfAbsent(nullToEmpty(view.parentOf(frame.id())), k -> new ArrayList<>()).add(frame);
            }
        }
        writeFrame(out, "", "  ", ids, byFrame, childFrames);
        for (ModelEdge edge : edges) {
            EdgeStyle look = EdgeStyles.of(edge.kind());
            String arrow = look.dashes().isEmpty() ? "-->" : "-.->";
            out.append("  ").append(ids.of(edge.from())).append(' ').append(arrow).append("|\"")
                    .append(escape(look.label())).append("\"| ").append(ids.of(edge.to())).append('\n');
        }
        for (EntityKind kind : EntityKind.values()) {
            var family = KindLooks.of(kind).family();
            String colour = options.dark() ? family.darkColour() : family.lightColour();
            out.append("  classDef ").append(className(kind)).append(" stroke:").append(colour)
                    .append(",color:").append(options.dark() ? "#f3f4f6" : "#111827")
                    .append(",fill:").append(options.dark() ? "#1f2937" : "#ffffff").append('\n');
        }
        return out.toString();
    }

    private static void writeFrame(StringBuilder out, String frame, String indent, Ids ids,
                                   Map<String, List<Entity>> byFrame, Map<String, List<Entity>> childFrames) {
        for (Entity child : childFrames.getOrDefault(frame, List.of())) {
            out.append(indent).append("subgraph ").append(ids.of(child.id())).append("[\"")
                    .append(escape(child.name() + " (" + DiagramView.kindWord(child) + ")")).append("\"]\n");
            writeFrame(out, child.id(), indent + "  ", ids, byFrame, childFrames);
            out.append(indent).append("end\n");
            out.append(indent).append("class ").append(ids.of(child.id())).append(' ')
                    .append(className(child.kind())).append('\n');
        }
        for (Entity node : byFrame.getOrDefault(frame, List.of())) {
            String label = escape(node.name()) + "<br/>" + escape(DiagramView.kindWord(node));
            String[] brackets = switch (node.kind()) {
                case USER -> new String[] {"([", "])"};
                case GROUP -> new String[] {"[[", "]]"};
                case ROLE -> new String[] {"{{", "}}"};
                case RESOURCE -> new String[] {"[(", ")]"};
                case SERVICE, IDENTITY_PROVIDER -> new String[] {"((", "))"};
                case COMPUTE -> new String[] {"[/", "/]"};
                default -> new String[] {"[", "]"};
            };
            out.append(indent).append(ids.of(node.id())).append(brackets[0]).append('"').append(label).append('"')
                    .append(brackets[1]).append(":::").append(className(node.kind())).append('\n');
        }
    }

    /** The class of a kind: {@code managedPolicy}. */
    static String className(EntityKind kind) {
        return kind.json();
    }

    /** A label's text as Mermaid reads it inside quotes: its entity codes for the characters it would take. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '#' -> out.append("#35;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Safe ids: {@code n1}, {@code n2}... in the view's order (frames, then nodes). */
    static final class Ids {
        private final Map<String, String> byEntity = new HashMap<>();

        Ids(DiagramView view) {
            int n = 0;
            for (Entity frame : view.frames) {
                byEntity.put(frame.id(), "n" + (++n));
            }
            for (Entity node : view.nodes) {
                byEntity.put(node.id(), "n" + (++n));
            }
        }

        String of(String entityId) {
            return byEntity.get(entityId);
        }
    }
}
