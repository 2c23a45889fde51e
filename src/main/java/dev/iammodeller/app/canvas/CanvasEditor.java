package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.CollapsedPolicies;
import dev.iammodeller.diagram.Creation;
import dev.iammodeller.diagram.Focus;
import dev.iammodeller.diagram.OpeningView;
import dev.iammodeller.diagram.ShownPart;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.picture.FrameFace;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.NewEntities;
import dev.iammodeller.diagram.PaletteItem;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The canvas editor: the diagram of the editor state's model with its overlays (zoom buttons, search,
 * legend, minimap, refusals), kept in step with the model and the selection. What the window calls.
 */
public final class CanvasEditor {
    private final EditorState editor;
    private final DiagramViews views = new DiagramViews();
    private final DiagramCanvas canvas = new DiagramCanvas(views.world());
    private final StackPane root = new StackPane();
    private final javafx.scene.layout.VBox outer = new javafx.scene.layout.VBox();
    private final ConnectionPrompt prompt;
    private final CanvasInput input;
    private final EditActions actions;
    private final Minimap minimap = new Minimap(canvas);
    private final Legend legend = new Legend();
    /** The minimap and the legends, drawn faint over the selection and what it reaches. */
    private final SeeThroughOverlays seeThrough = new SeeThroughOverlays(canvas, views::drawing, this::lit);
    /** What the live evaluator highlights ({@link #emphasise}). */
    private java.util.Set<String> emphasised = java.util.Set.of();
    /** What is drawn over the canvas's bottom left (the edge legend, the highlights' legend): a fit keeps clear of it. */
    private final java.util.List<Node> bottomOverlays = new java.util.ArrayList<>(java.util.List.of(legend));
    private final ZoomedOutLabels zoomedOutLabels = new ZoomedOutLabels();
    /** The principals wearing an escalation badge: {@link #setBadged}. */
    private java.util.function.Supplier<java.util.Set<String>> badged = java.util.Set::of;
    private final ZoomedOutFrameTitles zoomedOutTitles = new ZoomedOutFrameTitles();
    private final SearchBar search;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty minimapShown = new SimpleBooleanProperty(this, "minimapShown", true);
    private final javafx.scene.shape.Rectangle ghost = new javafx.scene.shape.Rectangle(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
    private Consumer<String> messages = text -> { };
    private final javafx.beans.property.ObjectProperty<Focus> focus =
            new javafx.beans.property.SimpleObjectProperty<>(this, "focus", Focus.EVERYTHING);
    private final javafx.beans.property.ObjectProperty<CollapsedPolicies> collapsed =
            new javafx.beans.property.SimpleObjectProperty<>(this, "collapsed", CollapsedPolicies.NONE);
    private final BooleanProperty everyConnection = new SimpleBooleanProperty(this, "everyConnection", true);
    /** How many times the views kept in the scene changed (a pan, a zoom, a model drawn): for overlays that follow them. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper culls =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "culls");
    /** The connections the edits since the selection last changed made: drawn when only the selection's are. */
    private final java.util.Set<dev.iammodeller.model.ModelEdge> made = new java.util.HashSet<>();
    private final javafx.beans.property.StringProperty focusNote =
            new javafx.beans.property.SimpleStringProperty(this, "focusNote", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<ShownPart> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "shown", ShownPart.whole(IamModel.EMPTY));
    private final FoldedBadges folded = new FoldedBadges(views::view, id -> collapsed.set(collapsed.get().expand(id)));
    private final FocusBar focusBar = new FocusBar(() -> focus.set(Focus.EVERYTHING), () -> collapsed.set(CollapsedPolicies.NONE),
            () -> everyConnection.set(true));
    private final javafx.animation.PauseTransition zoomRest = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
    private boolean zooming;
    /** True while the view state is set for a model being drawn (its listeners then leave the drawing to it). */
    private boolean opening;
    /** How a model just opened is fitted: wholly ({@link #fit}) or as far as names stay readable ({@link #fitReadable}). */
    private boolean readableAtOpen;
    /** The view the last opening fitted ({@link #legendsChanged}); null before any. */
    private dev.iammodeller.diagram.ViewTransform openedView;

    public CanvasEditor(EditorState editor, ConnectionOffers offers) {
        this.editor = editor;
        this.prompt = new ConnectionPrompt(canvas, editor);
        this.input = new CanvasInput(canvas, views, editor, () -> snapToGrid.get() ? Grid.DEFAULT : null, prompt,
                () -> offers, why -> messages.accept(why));
        this.actions = new EditActions(editor, views::wholeDrawing, () -> shown.get().model().entities().keySet());
        this.search = new SearchBar(editor::model, this::goTo, canvas::requestFocus);
        canvas.gridShownProperty().bind(snapToGrid);
        Pane refusals = new Pane(prompt.refusalLabel());
        refusals.setPickOnBounds(false);
        refusals.setMouseTransparent(true);
        ZoomControls zoom = new ZoomControls(canvas, this::fit);
        root.getChildren().addAll(canvas, zoom, search, legend, minimap, refusals);
        root.setId("canvas-editor");
        place(zoom, Pos.TOP_RIGHT);
        place(search, Pos.TOP_CENTER);
        // centred, it stays clear of the zoom controls on the right however narrow the canvas (its field shrinks)
        search.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(200,
                Math.min(search.prefWidth(-1), root.getWidth() - 2 * (zoom.getWidth() + 24))), root.widthProperty(),
                zoom.widthProperty()));
        // the focus bar is a strip above the canvas, never over what is drawn
        javafx.scene.layout.VBox.setVgrow(root, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox.setMargin(focusBar, new Insets(4, 8, 4, 8));
        focusBar.fitCaption(outer.widthProperty().subtract(16));
        outer.getChildren().addAll(focusBar, root);
        outer.setId("canvas-area");
        place(legend, Pos.BOTTOM_LEFT);
        place(minimap, Pos.BOTTOM_RIGHT);
        legend.setVisible(false);
        seeThrough.add(legend);
        seeThrough.add(minimap);
        ghost.setId("drop-ghost");
        ghost.getStyleClass().add("drop-ghost");
        ghost.setMouseTransparent(true);
        editor.modelProperty().addListener((o, before, after) -> show(before, after));
        editor.selection().addListener((SetChangeListener<String>) change -> {
            if (change.wasRemoved()) {
                mark(change.getElementRemoved(), false);
            }
            if (change.wasAdded()) {
                mark(change.getElementAdded(), true);
            }
            if (!everyConnection.get()) {
                made.clear(); // drawn until the selection changes
                drawConnections(); // the selection's
            }
            refreshLabels();
            seeThrough.litChanged();
        });
        drawConnections();
        views.hoveredProperty().addListener((o, before, now) -> {
            if (!everyConnection.get()) {
                drawConnections(); // the connections of the node under the pointer too
            }
        });
        everyConnection.addListener((o, before, every) -> {
            made.clear();
            drawConnections();
            showFocusBar(shown.get());
        });
        // the frames' titles above the policy badges (and the escalation badges: addUnderTitles), under the paths and
        // comments added later; the selection's and the steps' names above everything
        views.overlays().getChildren().addAll(folded.node(), zoomedOutTitles.node());
        views.names().getChildren().add(zoomedOutLabels.node());
        focus.addListener((o, before, after) -> {
            if (opening) {
                return;
            }
            redraw();
            if (canvas.getWidth() > 0) {
                // a few nodes wholly, however far apart (what the focus shows keeps its names when zoomed out);
                // a large part (the escalation paths of thousands of principals) from its top left at 60 %,
                // rather than as specks at 6 %
                if (views.drawing().nodes().size() <= FEW_NODES) {
                    fitNodes();
                } else {
                    fitReadable();
                }
            }
        });
        collapsed.addListener((o, before, after) -> {
            if (!opening) {
                redraw();
            }
        });
        focusNote.addListener((o, before, after) -> showFocusBar(shown.get()));
        editor.openingsProperty().addListener((o, before, after) -> openingView(editor.model(), true));
        zoomRest.setOnFinished(e -> {
            zooming = false;
            views.setZooming(false);
        });
        canvas.transformProperty().addListener((o, before, after) -> {
            if (before.scale() != after.scale()) {
                if (!zooming) {
                    zooming = true;
                    views.setZooming(true);
                }
                zoomRest.playFromStart();
            }
            views.setScale(after.scale());
            if (before.scale() != after.scale()) {
                zoomedOutLabels.setScale(after.scale());
                zoomedOutTitles.setScale(after.scale());
                folded.setZoom(after.scale());
                refreshFrameTitles(); // before the names, which keep off the titles
                refreshLabels();
            }
            updateMinimap();
        });
        canvas.widthProperty().addListener((o, before, after) -> updateMinimap());
        canvas.heightProperty().addListener((o, before, after) -> updateMinimap());
        views.setScale(canvas.transform().scale());
        minimapShown.addListener((o, before, after) -> updateMinimap());
        show(IamModel.EMPTY, editor.model());
    }

    private static void place(Node overlay, Pos where) {
        StackPane.setAlignment(overlay, where);
        StackPane.setMargin(overlay, new Insets(10));
    }

    /** The whole editor, for the centre of the window: the focus bar (while a part is hidden) above the canvas. */
    public Node node() {
        return outer;
    }

    public EditActions actions() {
        return actions;
    }

    /** The drawing surface itself (without the zoom buttons, minimap and search bar over it), for its menu. */
    public Node surface() {
        return canvas;
    }

    /** The entity a press at this point of the scene would grab (a node, a frame by its title or border), or null. */
    public String entityAt(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        return local == null ? null : input.grabbed(views.drawing(), canvas.toWorld(local.getX(), local.getY()));
    }

    /** Where status messages go (a refused move, a refused drop). */
    public void setOnMessage(Consumer<String> messages) {
        this.messages = messages;
    }

    /** Shows a sentence in the status bar (a refused edit, say). */
    public void message(String text) {
        messages.accept(text);
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty legendShownProperty() {
        return legend.visibleProperty();
    }

    public BooleanProperty minimapShownProperty() {
        return minimapShown;
    }

    /**
     * The overlay layer of the world: what is added here is drawn above the nodes, in world coordinates,
     * zoomed and panned with them (paths of the live evaluator, escalation badges).
     */
    public javafx.scene.Group overlayLayer() {
        return views.overlays();
    }

    /** The zoom: 1 draws the world at its size (what is drawn over the canvas may keep its text readable). */
    public javafx.beans.value.ObservableValue<Double> zoomProperty() {
        return canvas.transformProperty().map(dev.iammodeller.diagram.ViewTransform::scale);
    }

    /**
     * Adds a panel over the canvas at its bottom left, beside the edge legend when that is shown (the legend
     * of the highlights, say).
     */
    public void addOverlay(Node overlay) {
        bottomOverlays.add(overlay);
        seeThrough.add(overlay);
        root.getChildren().add(root.getChildren().indexOf(minimap), overlay);
        StackPane.setAlignment(overlay, Pos.BOTTOM_LEFT);
        Runnable beside = () -> StackPane.setMargin(overlay, new Insets(10, 10, 10,
                legend.isVisible() ? 20 + legend.getWidth() : 10));
        legend.visibleProperty().addListener((o, before, after) -> beside.run());
        legend.widthProperty().addListener((o, before, after) -> beside.run());
        beside.run();
    }

    /** Adds something over the canvas at one of its corners or sides (the review mode banner), under the minimap. */
    public void addCorner(Node overlay, Pos where) {
        root.getChildren().add(root.getChildren().indexOf(minimap), overlay);
        place(overlay, where);
    }

    /** The view of an entity (a {@link NodeView} or {@link FrameView}), or null; for highlights such as reach. */
    public ShapeView view(String id) {
        return views.view(id);
    }

    /**
     * Fades the edges with an end the live evaluator fades (the selection does not reach it), under the others, and
     * draws the edges between two lit ends on top; {@code subject}: these are a selection's highlights (whose
     * connections are drawn when only those are).
     */
    public void fadeEdgesOf(java.util.function.Predicate<String> faded, java.util.function.Predicate<String> lit,
                            boolean subject) {
        views.fadeEdges(faded, lit, subject);
    }

    /**
     * What the live evaluator highlights or a drawn path steps through: zoomed out past the names, these
     * (and the selection) keep a readable name over their nodes.
     */
    public void emphasise(java.util.Set<String> ids) {
        zoomedOutLabels.setEmphasised(ids);
        refreshLabels();
        emphasised = ids;
        seeThrough.litChanged();
    }

    /** The selection and what the live evaluator highlights: what the overlays let show through. */
    private java.util.Set<String> lit() {
        if (emphasised.isEmpty()) {
            return java.util.Set.copyOf(editor.selection());
        }
        java.util.Set<String> lit = new java.util.HashSet<>(emphasised);
        lit.addAll(editor.selection());
        return lit;
    }

    /** The stops of the escalation path drawn (none: empty): zoomed out past the names, they keep theirs first. */
    public void emphasiseSteps(java.util.Collection<String> ids) {
        zoomedOutLabels.setStepped(ids);
        refreshLabels();
    }

    private void refreshLabels() {
        zoomedOutLabels.setSelected(editor.selection());
        java.util.List<Rect> keptOff = new java.util.ArrayList<>(zoomedOutTitleAreas());
        double scale = canvas.transform().scale();
        if (scale < NodeFace.DETAIL_SCALE) {
            keptOff.addAll(dev.iammodeller.diagram.picture.LabelPlaces.badges(views.drawing(), badged.get(),
                    dev.iammodeller.diagram.picture.ReadableText.overlayScale(scale)));
        }
        zoomedOutLabels.refresh(editor.model(), views.drawing(), keptOff, views::showsWholeName);
    }

    /**
     * The principals wearing an escalation badge (the live evaluator's), whose badges the labels drawn zoomed out keep
     * off; {@link #badgesChanged} when they change.
     */
    public void setBadged(java.util.function.Supplier<java.util.Set<String>> badged) {
        this.badged = badged;
        refreshLabels();
    }

    /** The escalation badges came or went: the labels drawn zoomed out are placed again. */
    public void badgesChanged() {
        refreshLabels();
    }

    /**
     * Adds a layer drawn over the nodes but under the frames' titles drawn zoomed out past the names (the badges on
     * nodes), where {@link #overlayLayer()} draws above them (paths and their labels, what a view is about).
     */
    public void addUnderTitles(Node layer) {
        var children = views.overlays().getChildren();
        children.add(children.indexOf(zoomedOutTitles.node()), layer);
    }

    /**
     * Where the frames' titles are drawn larger zoomed out, in world units: what labels over the canvas keep off. Past
     * the details each frame draws its own title larger (its header band grown as {@link FrameFace#titleBand} says),
     * past the names {@link ZoomedOutFrameTitles} draws them.
     */
    public java.util.List<Rect> zoomedOutTitleAreas() {
        double scale = canvas.transform().scale();
        // asked by what listens to the zoom, which may hear of a new zoom before this editor does
        if (zoomedOutTitles.scale() != scale) {
            zoomedOutTitles.setScale(scale);
            refreshFrameTitles();
        }
        if (scale >= NodeFace.NAMED_SCALE && scale < NodeFace.DETAIL_SCALE) {
            double titles = dev.iammodeller.diagram.picture.ReadableText.titleScale(scale);
            return views.drawing().frames().values().stream().map(frame -> FrameFace.titleBand(frame, titles)).toList();
        }
        return zoomedOutTitles.areas();
    }

    /** Zoomed out past the names: each frame's name and what it holds, readable. */
    private void refreshFrameTitles() {
        boolean named = canvas.transform().scale() >= NodeFace.NAMED_SCALE;
        zoomedOutTitles.refresh(named ? java.util.Map.of() : views.frameTitles(), views.drawing().frames(),
                views.drawing().containment());
    }

    /** Where everything is drawn now. */
    public Drawing drawing() {
        return views.drawing();
    }

    /**
     * A picture of a part of the world at a scale (1: as drawn at 100 %), with the selection, the highlights and
     * what the live evaluator draws over the nodes, on the canvas's background colour; the view is left as it was.
     */
    public javafx.scene.image.WritableImage picture(Rect region, double scale) {
        javafx.scene.paint.Paint fill = canvas.getBackground() == null || canvas.getBackground().getFills().isEmpty()
                ? javafx.scene.paint.Color.WHITE : canvas.getBackground().getFills().get(0).getFill();
        // the picture draws every name: the labels sized for the zoom in view would come out that much larger
        views.names().setVisible(false);
        zoomedOutTitles.node().setVisible(false);
        try {
            return views.snapshot(region, scale, fill, this::culled);
        } finally {
            views.names().setVisible(true);
            zoomedOutTitles.node().setVisible(true);
            updateMinimap();
        }
    }

    /** Up to this many nodes shown, a focus view fits them wholly. */
    static final int FEW_NODES = 40;

    public void fit() {
        settleLayout();
        canvas.fit(views.drawing().extent(), bottomBand());
    }

    /**
     * Fits what is drawn, or, when that would draw no names, the nodes drawn (with room for the title of a frame around
     * them) rather than their frames: a focus view keeps the frames' stored size, and the frame of a large account
     * around a few nodes would shrink them to specks.
     */
    private void fitNodes() {
        settleLayout(); // the focus bar takes its height first
        if (fitNamed(views.drawing().extent())) {
            return; // frames and all, with their names
        }
        Rect nodes = Rect.enclosing(views.drawing().nodes().values());
        if (nodes == null) {
            fit();
            return;
        }
        Rect content = new Rect(nodes.x(), nodes.y() - Drawing.FRAME_HEADER, nodes.width(),
                nodes.height() + Drawing.FRAME_HEADER);
        // zoomed out past the names, room for the names drawn over the nodes at their size on screen
        boolean named = canvas.scaleToFit(content, bottomBand()) >= NodeFace.DETAIL_SCALE;
        canvas.fit(content, bottomBand(), named ? DiagramCanvas.MARGIN : ZOOMED_OUT_NAME_ROOM);
    }

    /** Screen pixels beside a fitted drawing zoomed out past the names, for the names drawn over its outer nodes. */
    private static final double ZOOMED_OUT_NAME_ROOM = 70;

    /**
     * Lays the canvas area out now: a focus view shows its bar above the canvas as it is applied, and a fit made
     * with the canvas's height before that would put the bottom of the drawing under the canvas's edge.
     */
    private void settleLayout() {
        if (outer.getScene() != null) {
            outer.applyCss();
            outer.layout();
        }
    }

    /** The height of the legends over the canvas's bottom (with their margin), which a fit keeps nodes clear of. */
    private double bottomBand() {
        double band = 0;
        for (Node overlay : bottomOverlays) {
            if (overlay.isVisible()) {
                band = Math.max(band, overlay.getBoundsInParent().getHeight() + 10);
            }
        }
        return band;
    }

    /**
     * Fits a model just opened as far as names stay readable (the window's choice) rather than wholly: a large
     * model is then never pictured first at the scale that shows it whole, only to be zoomed in at once.
     */
    public void setFitReadableAtOpen(boolean readable) {
        readableAtOpen = readable;
    }

    private void fitOpened() {
        if (readableAtOpen) {
            fitReadable();
        } else {
            fit();
        }
        openedView = canvas.transform();
    }

    /**
     * A legend came over the canvas's bottom, or changed its size (the legend of what a selection reaches): a view the
     * opening fitted, not moved since, is fitted again with the legends' band kept clear when one of {@code lit} (the
     * nodes the selection lights) lies under a legend, and the whole drawing then still shows with its names; else the
     * view stays as it is. A legend over faded nodes only hides nothing the selection answers, and zooming out for it
     * cut every name (the imported sample account went from 61 % to 46 %, its names to one line of a few letters).
     */
    public void legendsChanged(java.util.Collection<String> lit) {
        if (openedView == null || !openedView.equals(canvas.transform()) || canvas.getWidth() <= 0
                || !underLegends(lit)) {
            return;
        }
        if (fitNamed(views.drawing().extent())) {
            openedView = canvas.transform();
        }
    }

    /** Whether one of these nodes lies, in the view as it is, under a legend drawn over the canvas's bottom. */
    private boolean underLegends(java.util.Collection<String> ids) {
        List<Rect> covered = new java.util.ArrayList<>();
        for (Node overlay : bottomOverlays) {
            if (overlay.isVisible()) {
                javafx.geometry.Bounds b = canvas.sceneToLocal(overlay.localToScene(overlay.getBoundsInLocal()));
                Point corner = canvas.toWorld(b.getMinX(), b.getMinY());
                Point opposite = canvas.toWorld(b.getMaxX(), b.getMaxY());
                covered.add(Rect.spanning(corner, opposite));
            }
        }
        for (String id : ids) {
            Rect shape = views.drawing().shape(id);
            if (shape != null && covered.stream().anyMatch(shape::intersects)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fits {@code whole} (the drawing, with what is drawn over it) with the legends' band kept clear when its names can
     * be read so, and says whether; else leaves the view as it is.
     */
    private boolean fitNamed(Rect whole) {
        if (canvas.scaleToFit(whole, bottomBand()) < NodeFace.DETAIL_SCALE) {
            return false;
        }
        canvas.fit(whole, bottomBand());
        return true;
    }

    /** Fits the model into view as far as names stay readable (an opened model): at least 60 %. */
    public void fitReadable() {
        canvas.fitReadable(views.drawing().extent(), 0.6);
    }

    /** Pans the view by screen pixels. */
    public void panBy(double dx, double dy) {
        canvas.panBy(dx, dy);
    }

    /** Zooms by a factor keeping a point of the canvas still. */
    public void zoomAt(double factor, double canvasX, double canvasY) {
        canvas.zoomAround(factor, canvasX, canvasY);
    }

    double scale() {
        return canvas.transform().scale();
    }

    int edgeCount() {
        return views.edgeCount();
    }

    /** The zoomed-out picture of the views (for measurements and tests). */
    WorldPicture picture() {
        return views.picture();
    }

    public void zoomIn() {
        canvas.zoomBy(1.25);
    }

    public void zoomOut() {
        canvas.zoomBy(1 / 1.25);
    }

    /** Gives the keyboard to the canvas (Escape, Delete, space-drag). */
    public void focus() {
        canvas.requestFocus();
    }

    public void showSearch() {
        search.open();
    }

    /** Cancels a running gesture (a drag, a rubber band, a connection); true when one ran. */
    public boolean cancelGesture() {
        return input.runner().cancel();
    }

    /** Switches the colours painted outside the stylesheet (grid, minimap) to the dark or light theme. */
    public void setDark(boolean dark) {
        canvas.setGridColour(javafx.scene.paint.Color.web(dark ? "#232936" : "#eceef2"));
        minimap.setColours(javafx.scene.paint.Color.web(dark ? "#64748b" : "#94a3b8"),
                javafx.scene.paint.Color.web(dark ? "#8b5cf6" : "#c4b5fd"));
        minimap.paint(views.drawing());
        views.restyled();
    }

    /** True when a point of the scene is over the canvas (a palette drag may drop there). */
    public boolean isOverCanvas(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        return local != null && canvas.contains(local);
    }

    /**
     * Makes what a palette item stands for at a point of the scene, selects it, and returns the refusal when
     * nothing can be made there (also shown next to the point).
     */
    public Optional<String> drop(PaletteItem item, double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        Point world = canvas.toWorld(local.getX(), local.getY());
        Creation creation = NewEntities.create(editor.model(), views.drawing(), item, world,
                snapToGrid.get() ? Grid.DEFAULT : null);
        Optional<String> refused = creation.isRefused() ? Optional.of(creation.refusal()) : editor.submit(creation.command());
        if (refused.isPresent()) {
            prompt.refuse(refused.get(), new Point(local.getX(), local.getY()));
            messages.accept(refused.get());
        } else {
            editor.select(List.of(creation.id()));
            canvas.requestFocus();
        }
        return refused;
    }

    /** Shows where a palette drag would land, while the pointer is over the canvas. */
    public void previewDrop(double sceneX, double sceneY) {
        if (!isOverCanvas(sceneX, sceneY)) {
            clearDropPreview();
            return;
        }
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        Point world = canvas.toWorld(local.getX(), local.getY());
        Point corner = world.plus(-Drawing.NODE_WIDTH / 2, -Drawing.NODE_HEIGHT / 2);
        if (snapToGrid.get()) {
            corner = Grid.DEFAULT.snap(corner);
        }
        ghost.setX(corner.x());
        ghost.setY(corner.y());
        if (ghost.getParent() == null) {
            views.overlays().getChildren().add(ghost);
        }
    }

    public void clearDropPreview() {
        views.overlays().getChildren().remove(ghost);
    }

    /** Centres the view on a point of the world (a comment's spot). */
    public void centreOn(dev.iammodeller.diagram.Point world) {
        canvas.centreOn(world);
    }

    /** The point of the world under this point of the scene. */
    public dev.iammodeller.diagram.Point worldAt(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        return canvas.toWorld(local.getX(), local.getY());
    }

    /** The point of the world at the middle of the view. */
    public dev.iammodeller.diagram.Point visibleCentre() {
        return canvas.visibleWorld().centre();
    }

    /** Selects an entity and centres the view on it. */
    public void goTo(String id) {
        if (views.drawing().shape(id) == null && editor.model().entities().containsKey(id) && !focus.get().isEverything()) {
            focus.set(Focus.EVERYTHING);
        }
        Rect shape = views.drawing().shape(id);
        if (shape != null) {
            editor.select(List.of(id));
            canvas.centreOn(shape.centre());
        }
    }

    /** The part of the world the view shows now. */
    public Rect visibleWorld() {
        return canvas.visibleWorld();
    }

    /**
     * Makes a part of the world drawn over the diagram ({@code drawn}: an escalation path with its labels and the boxes it
     * adds) wholly visible: when it is not, the view fits the diagram and that part together if names can be read so;
     * else only {@code core} (the path's stops and boxes) with {@code labelRoom} screen pixels around it, and the band
     * of the legends below it kept clear, for the labels drawn beside it at their size on screen.
     */
    public void bringIntoView(Rect drawn, Rect core, double labelRoom) {
        if (canvas.getWidth() > 0 && !canvas.visibleWorld().contains(drawn)) {
            // the legends below kept clear of the gain under the last stop
            if (!fitNamed(views.drawing().extent().union(drawn))) {
                canvas.fit(core, bottomBand(), labelRoom);
            }
        }
    }

    /**
     * After {@link #bringIntoView}, the part drawn placed again at the zoom it chose (labels that keep their size on
     * screen grow in the world as the zoom falls): kept in view with a margin, centred with the diagram at that zoom
     * when they fit there; else, with {@code zoomOut}, the diagram and the part fitted again when names can be read so.
     */
    public void keepInView(Rect drawn, boolean zoomOut) {
        Rect seen = canvas.visibleWorld(bottomBand()).grow(-DiagramCanvas.MARGIN / 2 / scale());
        if (canvas.getWidth() <= 0 || seen.contains(drawn)) {
            return;
        }
        Rect whole = views.drawing().extent().union(drawn);
        if (!canvas.centre(whole, bottomBand()) && zoomOut) {
            fitNamed(whole);
        }
    }

    /**
     * Selects an entity, and centres the view on it only when it is not wholly in view (a model opened whole stays whole),
     * with as much of what it is connected to as the view holds ({@link Drawing#withNeighbours}).
     */
    public void reveal(String id) {
        Rect shape = views.drawing().shape(id);
        if (shape != null) {
            editor.select(List.of(id));
            Rect view = canvas.visibleWorld();
            if (!view.contains(shape)) {
                IamModel drawn = shown.get() == null ? editor.model() : shown.get().model();
                canvas.centreOn(views.drawing().withNeighbours(id, dev.iammodeller.diagram.DiagramEdges.of(drawn),
                        view.width(), view.height()).centre());
            }
        }
    }

    /**
     * What a focus view shows (View › Focus): {@link Focus#EVERYTHING}, or a part of the model with the rest hidden.
     * A view state: it never changes the model; the view fits what it shows when it changes, as far as names stay
     * readable.
     */
    public javafx.beans.property.ObjectProperty<Focus> focusProperty() {
        return focus;
    }

    /** The holders whose policies are collapsed into them (a count badge on each); a view state, never saved. */
    public javafx.beans.property.ObjectProperty<CollapsedPolicies> collapsedProperty() {
        return collapsed;
    }

    /**
     * Whether every connection (membership, attachment, trust…) is drawn, or only the selection's: a selected node's
     * and those among what its highlights do not fade. A view state, never saved: a large model opens with only the
     * selection's ({@link OpeningView#everyConnection}).
     */
    public BooleanProperty everyConnectionProperty() {
        return everyConnection;
    }

    /** Why the view is as it is, said in the focus bar after what it shows ("" for nothing): a large model's overview. */
    public javafx.beans.property.StringProperty focusNoteProperty() {
        return focusNote;
    }

    /** What is drawn of the model now: the model cut down by the focus view and the collapsed policies. */
    public javafx.beans.property.ReadOnlyObjectProperty<ShownPart> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The text of the count badge on a collapsed holder ("3 policies"), or null (for tests). */
    public String foldedBadge(String holder) {
        return folded.textOf(holder);
    }

    /** The connections drawn where they are in view: every one, or only the selection's (for tests). */
    public java.util.Set<dev.iammodeller.model.ModelEdge> connectionsDrawn() {
        return views.shownEdges();
    }

    /** The focus bar's sentence: what is drawn, "" when everything is (for tests). */
    public String focusCaption() {
        return focusBar.isVisible() ? focusBar.caption() : "";
    }

    /**
     * Puts the view state back for a model just opened: everything, its policies collapsed and only the selection's
     * connections drawn when it is large ({@link OpeningView}); {@code redraw} when the model is drawn already.
     */
    private void openingView(IamModel model, boolean redraw) {
        opening = !redraw;
        try {
            focus.set(Focus.EVERYTHING);
            collapsed.set(OpeningView.collapsed(model));
            made.clear();
            everyConnection.set(OpeningView.everyConnection(model));
            focusNote.set(OpeningView.note(model));
        } finally {
            opening = false;
        }
    }

    /** Every connection, or the selection's, the node's under the pointer and those the last edits made. */
    private void drawConnections() {
        String hovered = views.hoveredProperty().get();
        views.drawEveryEdge(everyConnection.get(), id -> editor.selection().contains(id) || id.equals(hovered),
                made::contains);
    }

    private void redraw() {
        show(editor.model(), editor.model());
    }

    private void showFocusBar(ShownPart part) {
        boolean folding = !collapsed.get().isEmpty();
        boolean selectionOnly = !everyConnection.get();
        focusBar.show(part, !focus.get().isEverything(), folding, selectionOnly,
                folding || selectionOnly ? focusNote.get() : "");
    }

    private void show(IamModel before, IamModel after) {
        boolean fresh = before.entities().keySet().stream().noneMatch(after.entities()::containsKey);
        ShownPart part;
        if (fresh) {
            openingView(after, false);
        }
        if (!fresh && !everyConnection.get() && !after.sameEntitiesAndRelations(before)) {
            // a connection just drawn (or a trust just written) stays in view, whichever node is selected
            java.util.Set<dev.iammodeller.model.ModelEdge> added = dev.iammodeller.model.ModelEdges.of(after);
            added.removeAll(dev.iammodeller.model.ModelEdges.of(before));
            made.addAll(added);
        }
        try {
            part = ShownPart.of(after, focus.get(), collapsed.get());
            views.show(part.model(), after);
        } catch (RuntimeException | StackOverflowError failure) {
            // the views still show the last model they could draw, whole; the next model that draws replaces it
            messages.accept(LayoutFailure.sentence("Drawing the model", failure,
                    "the canvas still shows the last model it could draw"));
            return;
        }
        if (part.hidden() > 0) {
            editor.selection().retainAll(part.model().entities().keySet());
        }
        for (String id : editor.selection()) {
            mark(id, true);
        }
        folded.show(part.folded());
        showFocusBar(part);
        shown.set(part);
        refreshFrameTitles(); // before the names, which keep off the titles
        refreshLabels();
        minimap.paint(views.drawing());
        if (fresh && !after.entities().isEmpty()) {
            if (canvas.getWidth() > 0) {
                fitOpened();
            } else {
                canvas.layoutBoundsProperty().addListener(new FitOnce());
            }
        }
        updateMinimap();
    }

    private void mark(String id, boolean selected) {
        ShapeView view = views.view(id);
        if (view != null) {
            view.node().pseudoClassStateChanged(ShapeView.SELECTED, selected);
        }
    }

    public javafx.beans.property.ReadOnlyIntegerProperty cullsProperty() {
        return culls.getReadOnlyProperty();
    }

    /** The views kept in the scene changed: the badges that follow them follow. */
    private void culled() {
        folded.cull();
        culls.set(culls.get() + 1);
    }

    private void updateMinimap() {
        Rect seen = canvas.visibleWorld();
        if (canvas.getWidth() > 0) {
            if (views.cull(seen)) {
                culled();
            }
        }
        Rect all = views.drawing().extent();
        minimap.setVisible(minimapShown.get() && !editor.model().entities().isEmpty()
                && !(seen.contains(all)));
        minimap.showViewport();
        seeThrough.refresh();
    }

    /** Fits the view once the canvas has a size (a model opened before the window showed). */
    private final class FitOnce implements javafx.beans.value.ChangeListener<javafx.geometry.Bounds> {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o,
                            javafx.geometry.Bounds before, javafx.geometry.Bounds after) {
            if (after.getWidth() > 0 && after.getHeight() > 0) {
                o.removeListener(this);
                fitOpened();
            }
        }
    }
}
