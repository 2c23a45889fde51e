package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.ViewTransform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

/**
 * The viewport: a clipped region showing the world group through one transform (zoom and pan change only
 * that transform, never the views), over a faint grid drawn in screen space.
 */
final class DiagramCanvas extends Region {
    private final Group world;
    private final Affine affine = new Affine();
    private final GridPainter grid = new GridPainter();
    private final ObjectProperty<ViewTransform> transform = new SimpleObjectProperty<>(this, "transform", ViewTransform.IDENTITY);
    private final BooleanProperty gridShown = new SimpleBooleanProperty(this, "gridShown", true);

    DiagramCanvas(Group world) {
        this.world = world;
        setId("canvas");
        getStyleClass().add("canvas");
        setFocusTraversable(true);
        world.getTransforms().add(affine);
        world.setManaged(false);
        getChildren().addAll(grid.node(), world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        transform.addListener((o, before, after) -> apply(after));
        gridShown.addListener((o, before, after) -> repaintGrid());
        setMinSize(100, 100);
    }

    ObjectProperty<ViewTransform> transformProperty() {
        return transform;
    }

    ViewTransform transform() {
        return transform.get();
    }

    BooleanProperty gridShownProperty() {
        return gridShown;
    }

    /** The world point under a point of this region. */
    Point toWorld(double localX, double localY) {
        return transform.get().toWorld(new Point(localX, localY));
    }

    /** The part of the world in view. */
    Rect visibleWorld() {
        return transform.get().visibleWorld(getWidth(), getHeight());
    }

    void zoomAround(double factor, double localX, double localY) {
        transform.set(transform.get().zoomAround(factor, new Point(localX, localY)));
    }

    void zoomBy(double factor) {
        zoomAround(factor, getWidth() / 2, getHeight() / 2);
    }

    void panBy(double dx, double dy) {
        transform.set(transform.get().panBy(dx, dy));
    }

    void fitReadable(Rect content, double readable) {
        transform.set(ViewTransform.fitReadable(content.grow(CONTENT_ROOM), getWidth(), getHeight(), MARGIN, readable));
    }

    /** The band at the top the zoom controls take, kept clear when the whole drawing is fitted. */
    private static final double ZOOM_CONTROLS_BAND = 44;
    /** Screen pixels kept around content fitted into the view, at the least. */
    static final double MARGIN = 24;
    /** World units added around content fitted into the view, before the margin. */
    private static final double CONTENT_ROOM = 20;

    /** Fits the content wholly between the zoom controls' band and a band at the bottom (legends) kept clear. */
    void fit(Rect content, double bottomBand) {
        fit(content, bottomBand, MARGIN);
    }

    /** As {@link #fit(Rect, double)}, with {@code margin} screen pixels kept around the content (for labels beside it). */
    void fit(Rect content, double bottomBand, double margin) {
        transform.set(fitted(content, bottomBand, margin));
    }

    /** The zoom {@link #fit(Rect, double)} would show the content at. */
    double scaleToFit(Rect content, double bottomBand) {
        return fitted(content, bottomBand, MARGIN).scale();
    }

    /** The part of the world in view between the zoom controls' band and a bottom band (legends), as a fit keeps it. */
    Rect visibleWorld(double bottomBand) {
        double bottom = bottom(bottomBand);
        Rect seen = visibleWorld();
        double scale = transform.get().scale();
        return new Rect(seen.x(), seen.y() + ZOOM_CONTROLS_BAND / scale, seen.width(),
                Math.max(0, seen.height() - (ZOOM_CONTROLS_BAND + bottom) / scale));
    }

    /**
     * Centres the content between the zoom controls' band and a bottom band at the zoom shown now, when it fits there
     * with a margin, and says so; else leaves the view as it is.
     */
    boolean centre(Rect content, double bottomBand) {
        double height = usableHeight(bottomBand);
        double scale = transform.get().scale();
        Rect grown = content.grow(CONTENT_ROOM);
        if (grown.width() * scale > getWidth() - 2 * MARGIN || grown.height() * scale > height - 2 * MARGIN) {
            return false;
        }
        transform.set(transform.get().centredOn(grown.centre(), getWidth(), height).panBy(0, ZOOM_CONTROLS_BAND));
        return true;
    }

    /** The bottom band kept clear, at most a third of the height. */
    private double bottom(double bottomBand) {
        return Math.max(0, Math.min(bottomBand, getHeight() / 3));
    }

    /** The height between the zoom controls' band and the bottom band, where fitted content goes. */
    private double usableHeight(double bottomBand) {
        return getHeight() - ZOOM_CONTROLS_BAND - bottom(bottomBand);
    }

    private ViewTransform fitted(Rect content, double bottomBand, double margin) {
        double height = usableHeight(bottomBand);
        double room = Math.max(MARGIN, Math.min(margin, Math.min(getWidth(), height) / 4));
        ViewTransform fitted = ViewTransform.fit(content.grow(CONTENT_ROOM), getWidth(), height, room);
        return fitted.panBy(0, ZOOM_CONTROLS_BAND);
    }

    void centreOn(Point world) {
        transform.set(transform.get().centredOn(world, getWidth(), getHeight()));
    }

    void setGridColour(javafx.scene.paint.Color colour) {
        grid.setColour(colour);
        repaintGrid();
    }

    private void apply(ViewTransform t) {
        affine.setToTransform(t.scale(), 0, t.translateX(), 0, t.scale(), t.translateY());
        repaintGrid();
    }

    private void repaintGrid() {
        grid.paint(getWidth(), getHeight(), transform.get(), gridShown.get() ? Grid.DEFAULT : null);
    }

    @Override
    protected void layoutChildren() {
        repaintGrid();
    }
}
