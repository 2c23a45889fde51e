package dev.iammodeller.app.live;

import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;

/**
 * The paths of the selection's highlights drawn over the canvas: each edge of each path (a role assumed, a
 * function whose code is changed, the role it runs as) as an arrow in the path's style with the action at
 * its middle; an edge shared by several paths is drawn once. Follows the highlights, the model and the
 * nodes' moves; hidden while an escalation path is drawn.
 */
final class PathOverlay {
    private final Group group = new Group();
    private final ShapesOnCanvas shapes;
    private final List<Drawn> drawn = new ArrayList<>();
    private Highlights highlights = Highlights.NONE;
    private double textScale = 1;
    private boolean labelsReadable = true;

    private record Drawn(Highlights.Edge edge, OverlayEdge view) {
    }

    PathOverlay(ShapesOnCanvas shapes) {
        this.shapes = shapes;
        group.setId("live-paths");
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    /**
     * Scales the labels (grown when zoomed out) and places them again; at a zoom where even grown they would be drawn
     * under {@link dev.iammodeller.diagram.picture.ReadableText#SMALLEST} screen pixels they are hidden
     * ({@link dev.iammodeller.diagram.picture.ReadableText#pathLabelsReadable}: the colour of each path and the legend
     * still say what it is, and the Reach panel lists the actions).
     */
    void setTextScale(double scale, double zoom) {
        boolean readable = dev.iammodeller.diagram.picture.ReadableText.pathLabelsReadable(zoom);
        if (scale == textScale && readable == labelsReadable) {
            return;
        }
        textScale = scale;
        labelsReadable = readable;
        drawn.forEach(each -> {
            each.view().setTextScale(scale);
            each.view().setLabelReadable(readable);
        });
        place();
    }

    void show(Highlights next) {
        highlights = next == null ? Highlights.NONE : next;
        redraw();
    }

    /** Draws the highlights' paths again (the model changed: views may be new). */
    void redraw() {
        group.getChildren().clear();
        drawn.clear();
        Map<Highlights.Edge, Highlights.Path> edges = new LinkedHashMap<>();
        for (Highlights.Path path : highlights.paths()) {
            for (Highlights.Edge edge : path.edges()) {
                edges.putIfAbsent(edge, path);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        edges.forEach((edge, path) -> {
            OverlayEdge view = new OverlayEdge(ReachStyling.pseudoClass(path.style()), edge.label());
            view.node().setId("live-path-" + edge.from() + "-" + edge.to());
            view.setTextScale(textScale);
            drawn.add(new Drawn(edge, view));
            group.getChildren().add(view.node());
            view.setLabelReadable(labelsReadable);
            ids.add(edge.from());
            ids.add(edge.to());
        });
        shapes.watch(ids, this::place);
        place();
    }

    /** Puts every arrow between its nodes where they are now, moving a label off nodes, badges, frame titles and other labels. */
    private void place() {
        List<Rect> labels = new ArrayList<>();
        List<Rect> taken = shapes.taken(textScale);
        for (Drawn each : drawn) {
            each.view().place(shapes.box(each.edge().from()), shapes.box(each.edge().to()));
            if (each.view().showsLabel()) {
                labels.add(Labels.clear(each.view(), labels, taken));
            }
        }
    }

    /** The edges drawn now (for tests and the legend). */
    List<Highlights.Edge> edges() {
        return drawn.stream().map(Drawn::edge).toList();
    }
}
