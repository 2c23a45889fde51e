package dev.iammodeller.app.live;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.LabelPlaces;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;

/**
 * Where the canvas draws an entity now, including while a drag moves it (before the move reaches the
 * model), and a watch on the views of some entities so that what is drawn over them follows them.
 */
final class ShapesOnCanvas {
    private final CanvasEditor canvas;
    private final Supplier<Set<String>> badged;
    private final List<Runnable> unwatch = new ArrayList<>();

    /** {@code badged}: the principals wearing an escalation badge now. */
    ShapesOnCanvas(CanvasEditor canvas, Supplier<Set<String>> badged) {
        this.canvas = canvas;
        this.badged = badged;
    }

    /**
     * What labels keep off ({@link LabelPlaces#taken}), badges and frame titles drawn {@code scale} times larger, and the
     * frames' titles drawn readable zoomed out past the names.
     */
    List<Rect> taken(double scale) {
        List<Rect> out = new ArrayList<>(LabelPlaces.taken(canvas.drawing(), badged.get(), scale));
        out.addAll(canvas.zoomedOutTitleAreas());
        return out;
    }

    CanvasEditor canvas() {
        return canvas;
    }

    /** The entity's box where its view is now, or null when it is not drawn. */
    Rect box(String id) {
        Rect shape = canvas.drawing().shape(id);
        ShapeView view = canvas.view(id);
        if (shape == null || view == null) {
            return shape;
        }
        return new Rect(view.node().getLayoutX(), view.node().getLayoutY(), shape.width(), shape.height());
    }

    /** Calls {@code moved} whenever one of these entities' views moves; replaces the previous watch. */
    void watch(Collection<String> ids, Runnable moved) {
        stop();
        InvalidationListener listener = o -> moved.run();
        for (String id : ids) {
            ShapeView view = id == null ? null : canvas.view(id);
            if (view != null) {
                follow(view.node().layoutXProperty(), listener);
                follow(view.node().layoutYProperty(), listener);
            }
        }
    }

    void stop() {
        unwatch.forEach(Runnable::run);
        unwatch.clear();
    }

    private void follow(ObservableValue<?> value, InvalidationListener listener) {
        value.addListener(listener);
        unwatch.add(() -> value.removeListener(listener));
    }
}
