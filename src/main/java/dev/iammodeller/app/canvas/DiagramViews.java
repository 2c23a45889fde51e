package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.DiagramEdges;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.EdgeRoutes;
import dev.iammodeller.diagram.FrameSummary;
import dev.iammodeller.diagram.ModelDiff;
import dev.iammodeller.diagram.MovePlan;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.ReadableText;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The views of one model in four layers (frames, edges, nodes, overlays), the names drawn readable when zoomed out
 * above them, and the lookup from id to view.
 * {@link #show} compares the new model with the one shown and touches only what changed: views are added
 * and removed, renamed, moved, and only the edges of moved shapes are redrawn. Zoomed out (below
 * {@link #DETAIL_SCALE}) the first three layers are shown as one {@link WorldPicture}, except while shapes are
 * dragged; the overlays stay live above it.
 */
final class DiagramViews {
    private final Group frames = new Group();
    private final EdgeLayer edges = new EdgeLayer();
    private final Group nodes = new Group();
    private final Group overlays = new Group();
    /** Above every overlay: the names of what matters now, zoomed out past the names. */
    private final Group names = new Group();
    private final Group content = new Group(frames, edges.node(), nodes);
    private final WorldPicture picture = new WorldPicture(content);
    private final Group world = new Group(content, picture.node(), overlays, names);
    private final ShapeViews factory = new ShapeViews();
    private final Map<String, ShapeView> views = new HashMap<>();
    private final Map<String, Set<ModelEdge>> edgesAt = new HashMap<>();
    private IamModel shown = IamModel.EMPTY;
    private Set<ModelEdge> shownEdges = Set.of();
    private Drawing drawing = Drawing.of(IamModel.EMPTY);
    /** Where everything of the whole model is, hidden or not: what a move or a deletion works on. */
    private Drawing whole = drawing;
    static final double DETAIL_SCALE = NodeFace.DETAIL_SCALE;
    private boolean detailed = true;
    /** Zoomed out past the details but not the names ({@link NodeFace#NAMED_SCALE}): each box shows its name by itself. */
    private boolean named = true;
    private boolean dragging;
    private double scale = 1;
    private double nameScale = 1;
    private double titleScale = 1;
    private Rect extent = new Rect(0, 0, 0, 0);
    private Rect culledFor;
    /** The region last kept ({@link #recull}): null until the first (the canvas has no size yet). */
    private Rect kept;
    /** The node under the pointer, drawn in detail (zoomed in past the names); null when none. */
    private final javafx.beans.property.ReadOnlyStringWrapper hovered = new javafx.beans.property.ReadOnlyStringWrapper(this, "hovered");

    DiagramViews() {
        frames.setId("layer-frames");
        nodes.setId("layer-nodes");
        overlays.setId("layer-overlays");
        names.setId("layer-names");
        names.setMouseTransparent(true);
        // one pair of handlers for every node view (thousands each with its own took a large model's open a while)
        nodes.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED_TARGET, e -> {
            if (e.getTarget() instanceof NodeView node) {
                hovered.set(detailed ? node.entityId() : null);
            }
        });
        nodes.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED_TARGET, e -> {
            if (e.getTarget() instanceof NodeView node && node.entityId().equals(hovered.get())) {
                hovered.set(null);
            }
        });
    }

    Group world() {
        return world;
    }

    Group overlays() {
        return overlays;
    }

    /** Above the overlays (badges, paths, comments): the names drawn readable when zoomed out past the names. */
    Group names() {
        return names;
    }

    Drawing drawing() {
        return drawing;
    }

    ShapeView view(String id) {
        return views.get(id);
    }

    Collection<ShapeView> all() {
        return views.values();
    }

    int edgeCount() {
        return edges.size();
    }

    /** What each frame drawn says zoomed out past the names: its name and what it holds. */
    Map<String, dev.iammodeller.diagram.picture.CornerTitles.Title> frameTitles() {
        Map<String, dev.iammodeller.diagram.picture.CornerTitles.Title> out = new HashMap<>();
        views.forEach((id, view) -> {
            if (view instanceof FrameView frame) {
                out.put(id, frame.zoomedOutTitle());
            }
        });
        return out;
    }

    /** Where everything of the whole model is drawn or would be, hidden by a focus view or not. */
    Drawing wholeDrawing() {
        return whole;
    }

    /** Brings the views up to this model, changing only what differs from the model shown before. */
    void show(IamModel model) {
        show(model, model);
    }

    /**
     * Brings the views up to {@code model}, the part of {@code wholeModel} that is drawn (a focus view, policies
     * collapsed), changing only what differs from what was drawn before. Frames still count what the whole
     * model puts in them.
     */
    void show(IamModel model, IamModel wholeModel) {
        Drawing next = Drawing.of(model);
        Drawing nextWhole = model == wholeModel ? next : Drawing.of(wholeModel);
        Set<ModelEdge> nextEdges = DiagramEdges.of(model);
        ModelDiff diff = ModelDiff.between(shown, shownEdges, model, nextEdges);
        for (String id : diff.removed()) {
            ShapeView view = views.remove(id);
            picture.unwatch(view.node());
            layerOf(view).getChildren().remove(view.node());
        }
        for (ModelEdge edge : diff.removedEdges()) {
            edges.remove(edge);
            edgesAt.getOrDefault(edge.from(), new HashSet<>()).remove(edge);
            edgesAt.getOrDefault(edge.to(), new HashSet<>()).remove(edge);
        }
        for (String id : diff.added()) {
            Entity entity = model.entities().get(id);
            ShapeView view = factory.make(entity);
            if (view instanceof NodeView node) {
                node.setDetailed(detailed, named);
                node.setNameScale(nameScale);
            } else if (view instanceof FrameView frame) {
                frame.setTitleScale(titleScale);
                frame.setDetailed(named);
            }
            views.put(id, view);
            picture.watch(view.node(), () -> drawing.shape(id));
            Rect at = next.shape(id);
            if (kept != null && (at == null || at.intersects(kept))) {
                layerOf(view).getChildren().add(view.node());
            } else {
                // out of view, or the canvas has no size yet: attached (and styled) once a cull keeps it
                view.node().setVisible(false);
            }
        }
        for (String id : diff.changed()) {
            views.get(id).show(model.entities().get(id));
        }
        Set<String> moved = new HashSet<>(diff.added());
        placeAll(next, moved);
        summarise(wholeModel, nextWhole);
        for (ModelEdge edge : diff.addedEdges()) {
            edges.add(edge);
            edgesAt.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(edge);
            edgesAt.computeIfAbsent(edge.to(), k -> new LinkedHashSet<>()).add(edge);
            moved.add(edge.from());
        }
        Rect changed = changedArea(diff, moved, next);
        Set<ModelEdge> rerouted = edgesOf(moved);
        if (changed != null) {
            // a box moved, added or removed may now stand in the way of other edges, or no longer
            Rect moves = changed;
            for (ModelEdge edge : nextEdges) {
                Rect span = rerouted.contains(edge) ? null : span(edge, next);
                if (span != null && span.intersects(moves)) {
                    rerouted.add(edge);
                    changed = changed.union(span);
                }
            }
        }
        drawing = next;
        whole = nextWhole;
        extent = next.extent().grow(20);
        culledFor = null;
        dragging = false;
        if (changed != null) {
            picture.invalidate(changed);
        }
        shown = model;
        shownEdges = nextEdges;
        reconnect(rerouted, drawing::shape);
    }

    /** The rectangle an edge's course keeps to ({@link EdgeRoutes#keepsTo}); null when an end is not drawn. */
    private static Rect span(ModelEdge edge, Drawing drawing) {
        Rect from = drawing.shape(edge.from());
        Rect to = drawing.shape(edge.to());
        return from == null || to == null ? null : EdgeRoutes.keepsTo(from, to);
    }

    /** Tells every frame what it holds, counted: its subtitle when zoomed out. */
    private void summarise(IamModel model, Drawing next) {
        for (Map.Entry<String, ShapeView> e : views.entrySet()) {
            if (e.getValue() instanceof FrameView frame) {
                frame.showSummary(FrameSummary.of(model, next.containment(), e.getKey()));
            }
        }
    }

    /**
     * Where the drawing changes between the drawing shown and the next one: the old and new places of the
     * shapes added, removed, changed or moved and of the far ends of their edges; null when nothing drawn changes.
     */
    private Rect changedArea(ModelDiff diff, Set<String> moved, Drawing next) {
        Set<String> touched = new HashSet<>(diff.removed());
        touched.addAll(diff.added());
        touched.addAll(diff.changed());
        touched.addAll(moved);
        for (String id : moved) {
            for (ModelEdge edge : edgesAt.getOrDefault(id, Set.of())) {
                touched.add(edge.from());
                touched.add(edge.to());
            }
        }
        for (Set<ModelEdge> edgeSet : java.util.List.of(diff.addedEdges(), diff.removedEdges())) {
            for (ModelEdge edge : edgeSet) {
                touched.add(edge.from());
                touched.add(edge.to());
            }
        }
        Rect area = null;
        for (String id : touched) {
            for (Rect r : new Rect[] {drawing.shape(id), next.shape(id)}) {
                if (r != null) {
                    area = area == null ? r : area.union(r);
                }
            }
        }
        return area == null ? null : area.grow(6);
    }

    private void placeAll(Drawing next, Set<String> moved) {
        for (Map.Entry<String, ShapeView> e : views.entrySet()) {
            String id = e.getKey();
            Rect now = next.shape(id);
            if (now != null && (moved.contains(id) || !now.equals(drawing.shape(id)))) {
                e.getValue().place(now);
                moved.add(id);
            }
            if (e.getValue() instanceof FrameView frame) {
                frame.setViewOrder(-next.containment().depthOf(id));
            }
        }
    }

    /**
     * While zooming, node views reuse their cached pictures scaled (cheap, a little soft); when the zoom rests
     * they are drawn sharp again at the new scale.
     */
    void setZooming(boolean zooming) {
        if (!zooming) {
            picture.sharpen();
        }
        javafx.scene.CacheHint hint = zooming ? javafx.scene.CacheHint.SCALE : javafx.scene.CacheHint.DEFAULT;
        for (ShapeView view : views.values()) {
            if (view instanceof NodeView node && node.isVisible()) {
                node.setCacheHint(hint);
            }
        }
    }

    /**
     * Hides node details (icons, texts) when the scale drops below {@link #DETAIL_SCALE}, where they are too
     * small to read and would cost most of a frame, and the names below {@link NodeFace#NAMED_SCALE}; touches the views
     * only when a threshold is crossed.
     */
    void setScale(double scale) {
        this.scale = scale;
        edges.setScale(scale);
        boolean next = scale >= DETAIL_SCALE;
        boolean nextNamed = scale >= NodeFace.NAMED_SCALE;
        if (next != detailed || nextNamed != named) {
            boolean crossed = next != detailed;
            detailed = next;
            named = nextNamed;
            if (crossed) {
                hovered.set(null); // zoomed out, hovering draws no connection (the picture of the world would be taken again)
                edges.setDetailed(detailed);
            }
            for (ShapeView view : views.values()) {
                if (view instanceof NodeView node) {
                    node.setDetailed(detailed, named);
                } else if (view instanceof FrameView frame) {
                    frame.setDetailed(named); // their own titles down to where the names go
                }
            }
            if (detailed) {
                picture.hide();
            }
        }
        // after: a name is cut for what the view shows now (in full, or by itself)
        setTextScales(ReadableText.nameScale(scale), ReadableText.titleScale(scale));
    }

    /**
     * Fades the edges with an end that {@code faded} says is faded, and draws them under the others; the edges
     * between two {@code lit} ends on top. {@code subject}: a selection's highlights are shown.
     */
    void fadeEdges(java.util.function.Predicate<String> faded, java.util.function.Predicate<String> lit, boolean subject) {
        if (edges.fade(faded, lit, subject)) {
            picture.invalidate(null);
        }
    }

    /** The node under the pointer while zoomed in past the names (its connections are drawn when only some are); null. */
    javafx.beans.property.ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The edges drawn where they are in view ({@link EdgeLayer#shown}). */
    java.util.Set<dev.iammodeller.model.ModelEdge> shownEdges() {
        return edges.shown();
    }

    /** Draws every edge, or only the selection's connections ({@link EdgeLayer#drawEvery}). */
    void drawEveryEdge(boolean every, java.util.function.Predicate<String> selected,
                       java.util.function.Predicate<dev.iammodeller.model.ModelEdge> pinned) {
        if (edges.drawEvery(every, selected, pinned)) {
            picture.invalidate(null);
        }
    }

    /** Draws names and frame titles this much larger (see {@link ReadableText}); touches the views only on a change. */
    private void setTextScales(double names, double titles) {
        if (names == nameScale && titles == titleScale) {
            return;
        }
        nameScale = names;
        titleScale = titles;
        for (ShapeView view : views.values()) {
            if (view instanceof NodeView node) {
                node.setNameScale(names);
            } else if (view instanceof FrameView frame) {
                frame.setTitleScale(titles);
            }
        }
    }

    /**
     * Hides the views far outside the part of the world in view (the renderer would still walk them every
     * frame), keeping a margin of half a viewport so a pan redoes this only when it leaves the margin. True when
     * it did (the views kept in the scene changed).
     */
    boolean cull(Rect visible) {
        boolean again = culledFor == null || !culledFor.contains(visible);
        if (again) {
            recull(visible);
        }
        if (!detailed && !dragging && !views.isEmpty()) {
            picture.cover(within(culledFor, extent), scale);
        } else {
            picture.hide();
        }
        return again;
    }

    /**
     * A picture of a part of the world at a scale (Copy as Image, Print): every view in it drawn in detail with
     * its states (selection, highlights) and the overlays above, whatever the zoom and pan in view; {@code culled} is
     * told once the views of the region are kept; the views are culled and pictured for the view again at the next
     * {@link #cull}.
     */
    javafx.scene.image.WritableImage snapshot(Rect region, double s, javafx.scene.paint.Paint fill, Runnable culled) {
        double kept = scale;
        setScale(Math.max(DETAIL_SCALE, kept));
        setTextScales(1, 1);
        picture.hide();
        recull(region);
        culled.run(); // the badges that follow the views kept (on the overlays) come into the picture too
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setFill(fill);
        parameters.setTransform(new javafx.scene.transform.Scale(s, s));
        parameters.setViewport(new javafx.geometry.Rectangle2D(Math.floor(region.x() * s), Math.floor(region.y() * s),
                Math.max(1, Math.ceil(region.width() * s)), Math.max(1, Math.ceil(region.height() * s))));
        java.util.List<javafx.scene.transform.Transform> view = java.util.List.copyOf(world.getTransforms());
        world.getTransforms().clear();
        try {
            return world.snapshot(parameters, null);
        } finally {
            world.getTransforms().setAll(view);
            setScale(kept);
            culledFor = null;
        }
    }

    /** The styles of the views changed outside their states (the theme): the picture is taken again. */
    void restyled() {
        picture.invalidate(null);
    }

    WorldPicture picture() {
        return picture;
    }

    /**
     * Keeps in the scene only the views in and around the part of the world in view: the others are hidden and
     * taken out of their layer, so that the scene's styling and the renderer walk only what may be seen (on a
     * model of thousands of nodes, styling every view took seconds at open); they come back as the view reaches them.
     */
    private void recull(Rect visible) {
        Rect keep = visible.grow(Math.max(visible.width(), visible.height()) / 2);
        LayerMembership framesIn = new LayerMembership(frames);
        LayerMembership nodesIn = new LayerMembership(nodes);
        for (Map.Entry<String, ShapeView> e : views.entrySet()) {
            Rect r = drawing.shape(e.getKey());
            boolean in = r == null || r.intersects(keep);
            Node node = e.getValue().node();
            node.setVisible(in);
            (e.getValue() instanceof FrameView ? framesIn : nodesIn).keep(node, in);
        }
        framesIn.apply();
        nodesIn.apply();
        edges.cull(keep);
        culledFor = keep;
        kept = keep;
    }

    private Group layerOf(ShapeView view) {
        return view instanceof FrameView ? frames : nodes;
    }

    boolean isDetailed() {
        return detailed;
    }

    /** Whether the box of this node, zoomed out past its details, shows its whole name by itself. */
    boolean showsWholeName(String id) {
        return views.get(id) instanceof NodeView node && node.showsWholeNameAlone();
    }

    /** Shows the shapes of a drag at their start plus the offset, without touching the model. */
    void preview(MovePlan plan, Point offset) {
        dragging = true;
        picture.hide();
        Map<String, Rect> at = new HashMap<>();
        plan.start().forEach((id, r) -> {
            Rect moved = r.moved(offset.x(), offset.y());
            at.put(id, moved);
            ShapeView view = views.get(id);
            if (view != null) {
                view.place(moved);
            }
        });
        reconnect(plan.ids(), id -> at.containsKey(id) ? at.get(id) : drawing.shape(id));
    }

    /** Puts the shapes of an abandoned drag back where the model has them. */
    void endPreview(MovePlan plan) {
        for (String id : plan.ids()) {
            ShapeView view = views.get(id);
            if (view != null && drawing.shape(id) != null) {
                view.place(drawing.shape(id));
            }
        }
        reconnect(plan.ids(), drawing::shape);
        dragging = false;
    }

    private void reconnect(Set<String> ids, Function<String, Rect> shapes) {
        reconnect(edgesOf(ids), shapes);
    }

    /** The edges at these shapes. */
    private Set<ModelEdge> edgesOf(Set<String> ids) {
        Set<ModelEdge> touched = new HashSet<>();
        for (String id : ids) {
            touched.addAll(edgesAt.getOrDefault(id, Set.of()));
        }
        return touched;
    }

    private void reconnect(Collection<ModelEdge> touched, Function<String, Rect> shapes) {
        Drawing around = drawing; // the courses among the boxes of the drawing shown now, indexed once an edge is drawn
        for (ModelEdge edge : touched) {
            edges.connect(edge, shapes.apply(edge.from()), shapes.apply(edge.to()), around::routes);
        }
        edges.flush();
    }

    /** The part of a region inside another (the region itself when they do not meet). */
    private static Rect within(Rect region, Rect bounds) {
        double x = Math.max(region.x(), bounds.x());
        double y = Math.max(region.y(), bounds.y());
        double maxX = Math.min(region.maxX(), bounds.maxX());
        double maxY = Math.min(region.maxY(), bounds.maxY());
        return maxX <= x || maxY <= y ? region : new Rect(x, y, maxX - x, maxY - y);
    }
}
