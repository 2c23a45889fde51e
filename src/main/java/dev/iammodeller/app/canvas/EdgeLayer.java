package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.EdgeRoutes;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.EdgeTier;
import dev.iammodeller.model.ModelEdge;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The edges: one path for the lines and one for the heads of each kind of edge, each edge a few elements
 * of them. Thousands of edges are then a dozen shapes to draw (separate shapes cost most of a frame), and
 * moving a node changes only the coordinates of its edges' elements. Only the edges crossing the region kept
 * by {@link #cull} are in the paths: a path spanning the whole world costs the renderer even where it is off
 * screen.
 */
final class EdgeLayer {
    static final String DETAILED = "edges-detailed";
    /** The state of the faded edges' groups: styled as a node the selection does not reach. */
    static final PseudoClass FADED = PseudoClass.getPseudoClass("reach-dimmed");
    /** The style class of the groups of attachments drawn thin ({@link EdgeTier#thin}). */
    static final String THIN = "edge-thin";
    private final Group group = new Group();
    /** Per layer, bottom up (faded, attachments under, plain, lit), one path for the lines and one for the heads per kind. */
    private final Map<EdgeTier, Map<ModelEdge.Kind, Path>> lines = new EnumMap<>(EdgeTier.class);
    private final Map<EdgeTier, Map<ModelEdge.Kind, Path>> heads = new EnumMap<>(EdgeTier.class);
    private final Map<ModelEdge, EdgeShape> shapes = new HashMap<>();
    /** The kinds whose paths no longer hold exactly the edges crossing the kept region. */
    private final Set<ModelEdge.Kind> stale = EnumSet.noneOf(ModelEdge.Kind.class);
    private Rect keep;
    private Predicate<String> faded = id -> false;
    private Predicate<String> lit = id -> false;
    private boolean subject;
    private boolean every = true;
    private Predicate<String> selected = id -> false;
    private Predicate<ModelEdge> pinned = edge -> false;

    EdgeLayer() {
        group.setId("layer-edges");
        group.setMouseTransparent(true);
        group.getStyleClass().add(DETAILED);
        for (EdgeTier tier : EdgeTier.values()) {
            lines.put(tier, new EnumMap<>(ModelEdge.Kind.class));
            heads.put(tier, new EnumMap<>(ModelEdge.Kind.class));
            for (EdgeStyle style : EdgeStyles.all()) {
                Path line = new Path();
                line.getStyleClass().add("edge-line");
                Path head = new Path();
                head.getStyleClass().addAll("edge-head", "edge-head-" + style.head().name().toLowerCase(Locale.ROOT));
                Group kind = new Group(line, head);
                kind.getStyleClass().addAll("edge", style.cssName());
                if (EdgeTier.thin(style.kind(), tier)) {
                    kind.getStyleClass().add(THIN);
                }
                kind.setId("edges-" + style.cssName().substring("edge-".length()) + tier.suffix());
                kind.pseudoClassStateChanged(FADED, tier == EdgeTier.FADED);
                lines.get(tier).put(style.kind(), line);
                heads.get(tier).put(style.kind(), head);
                group.getChildren().add(kind);
            }
        }
    }

    /**
     * Fades the edges with a faded end (as their nodes are) and draws them under the others, and draws the edges
     * between two {@code lit} ends on top, so the edges of what the selection reaches stay visible over a mesh of
     * attachments (which are drawn thin, under the rest: {@link EdgeTier}); nothing faded or lit for
     * {@code x -> false}. {@code subject}: a selection's highlights are shown (what the selection's connections are,
     * when only those are drawn). True when an edge changed.
     */
    boolean fade(Predicate<String> faded, Predicate<String> lit, boolean subject) {
        this.faded = faded;
        this.lit = lit;
        this.subject = subject;
        return refresh();
    }

    boolean fade(Predicate<String> faded, Predicate<String> lit) {
        return fade(faded, lit, false);
    }

    boolean fade(Predicate<String> faded) {
        return fade(faded, id -> false, false);
    }

    /**
     * Draws every edge, or only the selection's connections: the edges of a selected node, and with a selection's
     * highlights shown those between two ends it does not fade, and those {@code pinned} (made by the last edits). A
     * large model's overview is then its nodes and their badges rather than a mesh of thousands of memberships and
     * attachments. True when an edge changed.
     */
    boolean drawEvery(boolean every, Predicate<String> selected, Predicate<ModelEdge> pinned) {
        this.every = every;
        this.selected = selected;
        this.pinned = pinned;
        return refresh();
    }

    private boolean refresh() {
        boolean changed = false;
        for (Map.Entry<ModelEdge, EdgeShape> e : shapes.entrySet()) {
            ModelEdge edge = e.getKey();
            EdgeShape shape = e.getValue();
            EdgeTier now = EdgeTier.of(edge, faded, lit);
            boolean hidden = hidden(edge, now);
            if (now != shape.tier || hidden != shape.hidden) {
                shape.tier = now;
                shape.hidden = hidden;
                stale.add(edge.kind());
                changed = true;
            }
        }
        flush();
        return changed;
    }

    /** Whether an edge in this layer is left out: only the selection's connections are drawn and it is not one. */
    private boolean hidden(ModelEdge edge, EdgeTier tier) {
        return !every && !selected.test(edge.from()) && !selected.test(edge.to()) && !(subject && tier != EdgeTier.FADED)
                && !pinned.test(edge);
    }

    /**
     * Zoomed out past the names, the edges between two lit ends (the selection's) keep this many pixels on screen:
     * drawn at their width they are a tenth of a pixel at Fit on a large account, and the names of what the selection
     * reaches, kept readable there, would float unconnected.
     */
    static final double LIT_ON_SCREEN = 2;

    /** Draws the lit edges at least {@link #LIT_ON_SCREEN} pixels wide at this zoom when it is past the names. */
    void setScale(double scale) {
        String style = scale < dev.iammodeller.diagram.picture.NodeFace.DETAIL_SCALE
                ? "-fx-stroke-width: " + Math.max(dev.iammodeller.diagram.picture.EdgeLook.LINE_WIDTH, LIT_ON_SCREEN / scale)
                : "";
        for (Path line : lines.get(EdgeTier.LIT).values()) {
            if (!style.equals(line.getStyle())) {
                line.setStyle(style);
            }
        }
    }

    /**
     * Zoomed out, edges are drawn plain: no dashes (a dash shorter than a pixel costs as much as a line) and no
     * heads (too small to see). The stylesheet dashes only edges under {@code .edges-detailed}.
     */
    void setDetailed(boolean detailed) {
        if (detailed) {
            group.getStyleClass().add(DETAILED);
        } else {
            group.getStyleClass().remove(DETAILED);
        }
        heads.values().forEach(kinds -> kinds.values().forEach(head -> head.setVisible(detailed)));
    }

    Group node() {
        return group;
    }

    int size() {
        return shapes.size();
    }

    boolean contains(ModelEdge edge) {
        return shapes.containsKey(edge);
    }

    void add(ModelEdge edge) {
        EdgeShape shape = new EdgeShape(EdgeStyles.of(edge.kind()));
        shape.tier = EdgeTier.of(edge, faded, lit);
        shape.hidden = hidden(edge, shape.tier);
        shapes.put(edge, shape);
        stale.add(edge.kind());
    }

    void remove(ModelEdge edge) {
        EdgeShape shape = shapes.remove(edge);
        if (shape != null && (shape.lineDrawn || shape.headDrawn)) {
            stale.add(edge.kind());
        }
    }

    /** Keeps in the paths only the edges crossing this region of the world (from the next {@link #flush}). */
    void cull(Rect region) {
        if (!region.equals(keep)) {
            keep = region;
            routeAhead(shapes.values());
            for (Map.Entry<ModelEdge, EdgeShape> e : shapes.entrySet()) {
                if (e.getValue().fit(region)) {
                    stale.add(e.getKey().kind());
                }
            }
        }
        flush();
    }

    /** Rebuilds the paths of the kinds whose edges were added, removed, or moved in or out of the kept region. */
    void flush() {
        if (stale.isEmpty()) {
            return;
        }
        routeAhead(shapes.values());
        Map<Path, List<PathElement>> elements = new HashMap<>();
        for (ModelEdge.Kind kind : stale) {
            for (EdgeTier tier : EdgeTier.values()) {
                elements.put(lines.get(tier).get(kind), new ArrayList<>());
                elements.put(heads.get(tier).get(kind), new ArrayList<>());
            }
        }
        for (Map.Entry<ModelEdge, EdgeShape> e : shapes.entrySet()) {
            EdgeShape shape = e.getValue();
            ModelEdge.Kind kind = e.getKey().kind();
            if (stale.contains(kind)) {
                shape.fit(keep);
                shape.settle();
                if (shape.lineDrawn) {
                    elements.get(lines.get(shape.tier).get(kind)).addAll(shape.line());
                }
                if (shape.headDrawn) {
                    elements.get(heads.get(shape.tier).get(kind)).addAll(shape.head);
                }
            }
        }
        elements.forEach((path, list) -> path.getElements().setAll(list));
        stale.clear();
    }

    /**
     * Works out on every core the courses of the shapes about to be drawn that have none yet, when there are many (every
     * connection of a large model drawn at once); a few are left to be worked out as they are drawn.
     */
    private static void routeAhead(java.util.Collection<EdgeShape> shapes) {
        List<EdgeShape> needing = new ArrayList<>();
        for (EdgeShape shape : shapes) {
            if (shape.needsCourse()) {
                needing.add(shape);
            }
        }
        if (needing.size() >= ROUTED_AHEAD_FROM) {
            needing.parallelStream().forEach(EdgeShape::routeAhead);
        }
    }

    /** From this many edges needing a course at once, they are worked out on every core. */
    private static final int ROUTED_AHEAD_FROM = 200;

    /** The edges drawn where they are in view: all but those left out while only the selection's are drawn. */
    java.util.Set<ModelEdge> shown() {
        java.util.Set<ModelEdge> out = new java.util.HashSet<>();
        shapes.forEach((edge, shape) -> {
            if (!shape.hidden) {
                out.add(edge);
            }
        });
        return out;
    }

    /** How many edges the paths hold now. */
    int drawnCount() {
        return (int) shapes.values().stream().filter(shape -> shape.lineDrawn).count();
    }

    /** Draws the edge straight between two shapes, or hides it (zero length) when one is missing. */
    void connect(ModelEdge edge, Rect from, Rect to) {
        connect(edge, from, to, () -> EdgeRoutes.STRAIGHT);
    }

    /**
     * Draws the edge between two shapes around the boxes {@code routes} keeps it off (asked once the edge is drawn), or
     * hides it when one is missing.
     */
    void connect(ModelEdge edge, Rect from, Rect to, java.util.function.Supplier<EdgeRoutes> routes) {
        EdgeShape shape = shapes.get(edge);
        if (shape != null) {
            shape.place(from, to, () -> routes.get().between(edge.from(), from, edge.to(), to));
            if (!shape.hidden) {
                stale.add(edge.kind()); // fitted at the next flush, its course worked out with the others' on every core
            } else if (shape.fit(keep)) {
                stale.add(edge.kind());
            }
        }
    }
}
