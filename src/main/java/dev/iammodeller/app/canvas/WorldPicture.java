package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Rect;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Zoomed out, the frames, edges and nodes are shown as one picture of themselves: a snapshot of the live
 * layers (so with every style and highlight they have) at the scale in view, of the region the canvas keeps
 * drawn. A pan or zoom then moves or scales one image instead of thousands of shapes. The live layers stay in
 * the scene, fully transparent (the renderer skips them, the pointer still finds them for hover and
 * tooltips). What they show changing (a model change, a highlight, the theme) retakes, at the next pulse and
 * once for a burst of changes, the part of the picture that changed, or all of it when that part is large or
 * unknown; the whole picture is taken again when the view leaves the region, when a zoom enlarges it past
 * {@link #SOFTEST} or when a zoom comes to rest.
 */
final class WorldPicture {
    /** How far the picture may be enlarged while a zoom runs before it is taken again. */
    static final double SOFTEST = 1.5;
    /** States that change nothing drawn zoomed out (the connect handle shows on hover only when zoomed in). */
    private static final Set<PseudoClass> UNDRAWN = Set.of(PseudoClass.getPseudoClass("hover"),
            PseudoClass.getPseudoClass("pressed"), PseudoClass.getPseudoClass("focused"));
    private final Node content;
    private final ImageView image = new ImageView();
    private final Map<Node, SetChangeListener<PseudoClass>> watched = new HashMap<>();
    private final AnimationTimer retake = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            retake();
        }
    };
    private boolean shown;
    private boolean stale = true;
    /** The part of the world whose picture is out of date, when {@link #stale}; null for all of it. */
    private Rect dirty;
    /** The region and scale of the picture, and the region and scale asked for last. */
    private Rect taken;
    private double takenScale;
    private Rect region;
    private double scale;
    private int takes;
    private long lastTakeNanos;

    WorldPicture(Node content) {
        this.content = content;
        image.setId("world-picture");
        image.setMouseTransparent(true);
        image.setVisible(false);
    }

    Node node() {
        return image;
    }

    /** Watches a view's states (selected, reach-*, escalation, ...): a change retakes the view's place. */
    void watch(Node view, Supplier<Rect> place) {
        SetChangeListener<PseudoClass> listener = change -> {
            PseudoClass state = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
            if (!UNDRAWN.contains(state)) {
                Rect at = place.get();
                invalidate(at == null ? null : at.grow(4));
            }
        };
        watched.put(view, listener);
        view.getPseudoClassStates().addListener(listener);
    }

    void unwatch(Node view) {
        SetChangeListener<PseudoClass> listener = watched.remove(view);
        if (listener != null) {
            view.getPseudoClassStates().removeListener(listener);
        }
    }

    boolean isShown() {
        return shown;
    }

    /** How many pictures (whole or in part) were taken so far. */
    int takes() {
        return takes;
    }

    /** How long the last picture (whole or in part) took, in milliseconds. */
    double lastTakeMillis() {
        return lastTakeNanos / 1e6;
    }

    /**
     * Shows the picture instead of the live layers, covering this region of the world at about this scale:
     * takes it now when it is not shown yet and out of date, does not cover the region or would be enlarged
     * too much.
     */
    void cover(Rect region, double scale) {
        this.region = region;
        this.scale = scale;
        if ((stale && !shown) || taken == null || !taken.contains(region) || scale > takenScale * SOFTEST) {
            take(region, scale, null);
        }
        image.setSmooth(scale != takenScale);
        if (!shown) {
            shown = true;
            image.setVisible(true);
            content.setOpacity(0);
        }
    }

    /** Takes the picture again at the scale in view when it was taken at another (a zoom came to rest). */
    void sharpen() {
        if (shown && region != null && scale != takenScale) {
            take(region, scale, null);
            image.setSmooth(false);
        }
    }

    /** Shows the live layers again (zoomed in, or while shapes are dragged). */
    void hide() {
        if (shown) {
            shown = false;
            image.setVisible(false);
            content.setOpacity(1);
        }
        retake.stop();
    }

    /**
     * What the layers show changed in this part of the world (null: anywhere); the picture is retaken at the
     * next pulse.
     */
    void invalidate(Rect where) {
        dirty = where == null || (stale && dirty == null) ? null : stale ? dirty.union(where) : where;
        stale = true;
        if (shown) {
            retake.start();
        }
    }

    /** Runs a pending retake now rather than at the next pulse (for measurements and tests). */
    void settle() {
        retake.stop();
        retake();
    }

    private void retake() {
        if (!shown || !stale || region == null) {
            return;
        }
        boolean small = dirty != null && taken.contains(dirty)
                && dirty.width() * dirty.height() < taken.width() * taken.height() / 4;
        take(small ? dirty : region, takenScale, small ? taken : null);
    }

    /** Takes the picture of a part of the world, as a new picture or into the picture of {@code into}. */
    private void take(Rect world, double s, Rect into) {
        long start = System.nanoTime();
        double x0 = Math.floor(world.x() * s);
        double y0 = Math.floor(world.y() * s);
        double w = Math.max(1, Math.ceil(world.maxX() * s) - x0);
        double h = Math.max(1, Math.ceil(world.maxY() * s) - y0);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(new Scale(s, s));
        parameters.setViewport(new Rectangle2D(x0, y0, w, h));
        content.setOpacity(1);
        if (into != null) {
            WritableImage part = content.snapshot(parameters, null);
            WritableImage whole = (WritableImage) image.getImage();
            int left = (int) (x0 - Math.round(into.x() * s));
            int top = (int) (y0 - Math.round(into.y() * s));
            int width = (int) Math.min(w, whole.getWidth() - left);
            int height = (int) Math.min(h, whole.getHeight() - top);
            whole.getPixelWriter().setPixels(left, top, width, height, part.getPixelReader(), 0, 0);
        } else {
            WritableImage reuse = image.getImage() instanceof WritableImage old && old.getWidth() == w
                    && old.getHeight() == h ? old : null;
            image.setImage(content.snapshot(parameters, reuse));
            image.setX(x0 / s);
            image.setY(y0 / s);
            image.setFitWidth(w / s);
            image.setFitHeight(h / s);
            taken = new Rect(x0 / s, y0 / s, w / s, h / s);
            takenScale = s;
        }
        // as the picture stands now, not as it stood before the snapshot: taking one lays the views out, and what
        // that sets off may show the picture meanwhile (the views were then left drawn under it, in a CI run)
        content.setOpacity(shown ? 0 : 1);
        stale = false;
        dirty = null;
        takes++;
        lastTakeNanos = System.nanoTime() - start;
    }
}
