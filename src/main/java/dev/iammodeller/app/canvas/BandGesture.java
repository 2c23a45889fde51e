package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;

/** A rubber band on empty canvas: selects what it sweeps (added to the selection with Shift or Ctrl). */
final class BandGesture implements Gesture {
    private final DiagramViews views;
    private final EditorState editor;
    private final Point start;
    private final Set<String> before;
    private final boolean additive;
    private final Rectangle band = new Rectangle();

    BandGesture(DiagramViews views, EditorState editor, Point start, boolean additive) {
        this.views = views;
        this.editor = editor;
        this.start = start;
        this.additive = additive;
        this.before = Set.copyOf(editor.selection());
        band.setId("rubber-band");
        band.getStyleClass().add("rubber-band");
        band.setMouseTransparent(true);
        place(start);
        views.overlays().getChildren().add(band);
    }

    @Override
    public void drag(Point world, Point screen) {
        place(world);
        editor.select(selection(world));
    }

    @Override
    public void release(Point world, Point screen) {
        drag(world, screen);
        remove();
    }

    @Override
    public void cancel() {
        remove();
        editor.select(before);
    }

    private Set<String> selection(Point to) {
        List<String> hits = views.drawing().hits(Rect.spanning(start, to));
        Set<String> out = new LinkedHashSet<>(additive ? before : Set.of());
        out.addAll(hits);
        return out;
    }

    private void place(Point to) {
        Rect r = Rect.spanning(start, to);
        band.setX(r.x());
        band.setY(r.y());
        band.setWidth(r.width());
        band.setHeight(r.height());
    }

    private void remove() {
        if (band.getParent() instanceof Group layer) {
            layer.getChildren().remove(band);
        }
    }
}
