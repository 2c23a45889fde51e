package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.EscalationHops;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.editor.EditorState;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The live evaluator on the canvas: the highlight of every node ({@link CanvasHighlights}), the paths of
 * the selection's reach, the escalation badges, the escalation path a badge asks for (drawn step by step;
 * Escape or a click on empty canvas, which clear the selection, clear it too) and the legend of the
 * highlights. With {@link #escalationOfSelectionProperty()} on, selecting a principal draws its escalation
 * path by itself (the most serious one).
 */
public final class LiveCanvas {
    private final CanvasEditor canvas;
    private final LiveAnalysis live;
    private final EditorState editor;
    private final CanvasHighlights highlights;
    private final PathOverlay paths;
    private final EscalationSteps steps;
    private final EscalationBadges badges;
    private final CanvasLegend legend = new CanvasLegend();
    private final BooleanProperty escalationOfSelection = new SimpleBooleanProperty(this, "escalationOfSelection");
    private ContextMenu choices;
    private double textScale = 1;

    public LiveCanvas(CanvasEditor canvas, LiveAnalysis live) {
        this.canvas = canvas;
        this.live = live;
        this.editor = live.editor();
        this.highlights = new CanvasHighlights(canvas, live);
        this.paths = new PathOverlay(new ShapesOnCanvas(canvas, this::badged));
        this.steps = new EscalationSteps(new ShapesOnCanvas(canvas, this::badged));
        this.badges = new EscalationBadges(canvas, this::badgeClicked, live.escalationsProblemProperty()::get);
        canvas.addUnderTitles(badges.node()); // zoomed out, a frame's title stays readable over the badges in its corner
        canvas.cullsProperty().addListener((o, was, now) -> badges.cull());
        canvas.overlayLayer().getChildren().addAll(paths.node(), steps.node());
        canvas.setBadged(this::badged);
        canvas.addOverlay(legend.node());
        // the legend comes with the selection's reach, after its escalation path is drawn: the path kept clear of it,
        // and a view fitted at the opening fitted again clear of it
        legend.node().visibleProperty().addListener((o, was, now) -> legendChanged());
        legend.node().layoutBoundsProperty().addListener((o, was, now) -> legendChanged());
        paths.node().visibleProperty().bind(steps.shownProperty().isNull());
        steps.shownProperty().addListener((o, was, now) -> canvas.emphasiseSteps(steps.stops()));
        live.highlightsProperty().addListener((o, was, now) -> {
            paths.show(now);
            legend.show(editor.model(), now);
        });
        live.escalationsProperty().addListener((o, was, now) -> escalationsChanged());
        live.setEscalationsFirst(this::onScreen);
        live.escalatingSoFarProperty().addListener((o, was, now) -> {
            if (now.containsAll(was)) {
                badges.add(editor.model(), now.stream().filter(id -> !was.contains(id)).toList());
            } else {
                badges.show(editor.model(), escalations(), now);
            }
            if (!live.highlightsProperty().get().paths().isEmpty()) {
                paths.redraw(); // the labels of the selection's paths keep off the badges as they come
            }
            canvas.badgesChanged(); // and so do the names said over the selection zoomed out
        });
        editor.modelProperty().addListener((o, was, now) -> {
            paths.redraw();
            badges.show(now, escalations(), live.escalatingSoFarProperty().get());
            legend.show(now, live.highlightsProperty().get());
        });
        canvas.shownProperty().addListener((o, was, now) -> {
            paths.redraw();
            badges.show(editor.model(), escalations(), live.escalatingSoFarProperty().get());
        });
        editor.selection().addListener((SetChangeListener<String>) change -> selectionChanged());
        escalationOfSelection.addListener((o, was, on) -> selectionChanged());
        canvas.zoomProperty().addListener((o, was, now) -> readable(now));
        paths.show(live.highlightsProperty().get());
        badges.show(editor.model(), escalations(), live.escalatingSoFarProperty().get());
        textScale = 0;
        readable(canvas.zoomProperty().getValue());
    }

    private void legendChanged() {
        if (legend.node().isVisible()) {
            steps.legendChanged();
            var highlights = live.highlightsProperty().get();
            canvas.legendsChanged(highlights == null ? List.of() : highlights.nodes().keySet());
        }
    }

    /**
     * Zoomed out, the labels and badges drawn over the canvas grow (up to 1.8 times) so they stay readable, and the
     * labels of the selection's paths are hidden where even grown they would not be (below about 51 %); the steps
     * of an escalation path drawn (a few labels, what the view is about) keep their size on screen at any zoom.
     */
    private void readable(double zoom) {
        double scale = dev.iammodeller.diagram.picture.ReadableText.overlayScale(zoom);
        steps.setTextScale(dev.iammodeller.diagram.picture.ReadableText.keptOnScreen(zoom));
        paths.setTextScale(scale, zoom); // placed again only when the scale changes or the labels show or hide
        if (scale == textScale) {
            return;
        }
        textScale = scale;
        badges.setTextScale(scale);
    }

    public CanvasHighlights highlights() {
        return highlights;
    }

    /** When true, selecting a principal with an escalation path draws it (the first that gains admin). */
    public BooleanProperty escalationOfSelectionProperty() {
        return escalationOfSelection;
    }

    /** The escalation path drawn on the canvas, or null. */
    public ReadOnlyObjectProperty<EscalationPath> shownEscalationProperty() {
        return steps.shownProperty();
    }

    /** Selects the principal and draws this path of it step by step. */
    public void showEscalation(EscalationPath path) {
        if (!editor.selection().contains(path.principalId())) {
            editor.select(List.of(path.principalId()));
        }
        steps.show(editor.model(), path);
    }

    public void clearEscalation() {
        steps.clear();
    }

    /** The reach paths drawn now: from → to with the label (for tests). */
    public List<Highlights.Edge> drawnPaths() {
        return paths.edges();
    }

    /**
     * The entities whose views are in the scene (those in and around the view: the canvas leaves the others out), the
     * nearest the middle of the view first.
     */
    List<String> onScreen() {
        dev.iammodeller.diagram.Point middle = canvas.visibleCentre();
        java.util.Map<String, Double> distance = new java.util.LinkedHashMap<>(); // ties in drawing order
        canvas.drawing().nodes().forEach((id, box) -> {
            if (canvas.view(id) != null && canvas.view(id).node().getScene() != null) {
                distance.put(id, box.centre().distance(middle));
            }
        });
        return distance.keySet().stream().sorted(java.util.Comparator.comparingDouble(distance::get)).toList();
    }

    /** The principals wearing a badge: those with escalation paths, and those found so far while they are worked out. */
    java.util.Set<String> badged() {
        java.util.Set<String> soFar = live.escalatingSoFarProperty().get();
        if (soFar.isEmpty()) {
            return escalations().byPrincipal().keySet();
        }
        java.util.Set<String> all = new java.util.HashSet<>(escalations().byPrincipal().keySet());
        all.addAll(soFar);
        return all;
    }

    private Escalations escalations() {
        Escalations now = live.escalationsProperty().get();
        return now == null ? Escalations.NONE : now;
    }

    private void badgeClicked(String principalId, Node badge) {
        drawEscalationOf(principalId, badge);
    }

    /**
     * What a click on a principal's escalation badge does: draws its one escalation path, or offers its paths
     * in a menu below {@code anchor} to choose from.
     */
    public void drawEscalationOf(String principalId, Node anchor) {
        canvas.focus();
        List<EscalationPath> found = escalations().paths(principalId);
        if (found.isEmpty()) { // a badge found before the escalations are in: its paths come with them
            editor.select(List.of(principalId));
            return;
        }
        if (found.size() == 1) {
            showEscalation(found.get(0));
            return;
        }
        if (choices != null) {
            choices.hide();
        }
        choices = new ContextMenu();
        choices.setId("escalation-menu");
        for (int i = 0; i < found.size(); i++) {
            EscalationPath path = found.get(i);
            MenuItem item = new MenuItem(EscalationHops.gain(editor.model(), path).lines().findFirst().orElse("")
                    + "  (" + path.rule() + ", "
                    + path.steps().size() + (path.steps().size() == 1 ? " step)" : " steps)"));
            item.setId("escalation-path-" + i);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> showEscalation(path));
            choices.getItems().add(item);
        }
        choices.show(anchor, Side.BOTTOM, 0, 4);
    }

    private void escalationsChanged() {
        badges.show(editor.model(), escalations(), live.escalatingSoFarProperty().get());
        paths.redraw();
        canvas.badgesChanged();
        EscalationPath drawn = steps.shownProperty().get();
        if (drawn != null) {
            EscalationPath same = escalations().paths(drawn.principalId()).stream()
                    .filter(p -> p.rule().equals(drawn.rule()) && p.gains().equals(drawn.gains())).findFirst().orElse(null);
            if (same == null) {
                steps.clear();
            } else {
                steps.show(editor.model(), same);
            }
        }
        selectionChanged();
    }

    private void selectionChanged() {
        EscalationPath drawn = steps.shownProperty().get();
        if (drawn != null && !editor.selection().contains(drawn.principalId())) {
            steps.clear();
            drawn = null;
        }
        if (escalationOfSelection.get() && drawn == null) {
            editor.onlySelected().ifPresent(principal -> escalations().paths(principal).stream()
                    .filter(EscalationPath::gainsAdmin).findFirst()
                    .or(() -> escalations().paths(principal).stream().findFirst())
                    .ifPresent(path -> steps.show(editor.model(), path)));
        }
    }
}
