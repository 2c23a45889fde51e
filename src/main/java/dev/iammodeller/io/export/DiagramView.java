package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Containment;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.ModelEdges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagram formats draw, taken from the canvas's {@link Drawing}: the frames (accounts, units, the
 * root) parents first, the nodes, each with the frame that holds it, and the edges (stored relations, trusts
 * read from trust policies, inline ownership). With a selection, only the selected entity, the entities one
 * edge away and the frames that hold them.
 */
final class DiagramView {
    final IamModel model;
    final Drawing drawing;
    /** Frames, a frame always after the frame that holds it. */
    final List<Entity> frames = new ArrayList<>();
    /** Nodes in id order. */
    final List<Entity> nodes = new ArrayList<>();
    final List<ModelEdge> edges = new ArrayList<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final Map<String, String> parents = new HashMap<>();

    private DiagramView(IamModel model) {
        this.model = model;
        this.drawing = Drawing.of(model);
    }

    static DiagramView of(IamModel model, ExportOptions options) {
        DiagramView view = new DiagramView(model);
        Set<ModelEdge> all = edges(model);
        Set<String> kept = new LinkedHashSet<>();
        if (options.selected() == null) {
            kept.addAll(model.entities().keySet());
        } else {
            kept.add(options.selected());
            for (ModelEdge edge : all) {
                if (edge.from().equals(options.selected()) || edge.to().equals(options.selected())) {
                    kept.add(edge.from());
                    kept.add(edge.to());
                }
            }
        }
        Containment containment = view.drawing.containment();
        for (String id : List.copyOf(kept)) {
            for (String p = containment.parentOf(id); p != null && kept.add(p); p = containment.parentOf(p)) {
                // every frame holding a kept entity is kept
            }
        }
        List<Entity> frames = new ArrayList<>();
        for (String id : kept) {
            Entity entity = model.entities().get(id);
            if (entity == null) {
                continue;
            }
            view.shown.add(id);
            String parent = containment.parentOf(id);
            if (parent != null) {
                view.parents.put(id, parent);
            }
            if (KindLooks.isFrame(entity.kind())) {
                frames.add(entity);
            } else {
                view.nodes.add(entity);
            }
        }
        frames.sort(Comparator.comparingInt((Entity e) -> containment.depthOf(e.id())).thenComparing(Entity::id));
        view.frames.addAll(frames);
        view.nodes.sort(Comparator.comparing(Entity::id));
        for (ModelEdge edge : all) {
            if (view.shown.contains(edge.from()) && view.shown.contains(edge.to())) {
                view.edges.add(edge);
            }
        }
        return view;
    }

    /** The edges the canvas draws: {@link ModelEdges} (stored relations, trusts, inline ownership). */
    static Set<ModelEdge> edges(IamModel model) {
        return ModelEdges.of(model);
    }

    /** The frame that holds an entity, or null at the top level. */
    String parentOf(String id) {
        return parents.get(id);
    }

    boolean shows(String id) {
        return shown.contains(id);
    }

    /** Where an entity is drawn on the canvas: its box or its frame's rectangle. */
    Rect shape(String id) {
        Rect r = drawing.shape(id);
        return r != null ? r : new Rect(0, 0, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
    }

    /** The frame that holds both ends of an edge most closely, or null when none does. */
    String commonFrame(ModelEdge edge) {
        Set<String> above = new LinkedHashSet<>();
        for (String p = parentOf(edge.from()); p != null && above.add(p); p = parentOf(p)) {
            // the frames above the start
        }
        for (String p = parentOf(edge.to()); p != null; p = parentOf(p)) {
            if (above.contains(p)) {
                return p;
            }
        }
        return null;
    }

    /** The word for an entity's kind: {@code managed policy}. */
    static String kindWord(Entity entity) {
        return KindLooks.of(entity.kind()).word();
    }

    /** The words for an edge's kind: {@code member of}. */
    static String edgeWord(ModelEdge edge) {
        return dev.iammodeller.diagram.EdgeStyles.of(edge.kind()).label();
    }
}
