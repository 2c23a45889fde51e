package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.OverlayMarker;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.model.IamModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A red badge at the top right corner of every principal that has an escalation path ({@code #badge-<id>}),
 * following its node; its tooltip says what the principal can gain, and clicking it asks for the path to
 * be drawn; it fades with its node when the selection does not reach it. While the escalations of a model just
 * opened are worked out, the principals found so far to have one get theirs as they are found (saying that what they
 * gain is still being worked out, or, once the escalations stopped for want of memory, that it was not). A press on a
 * badge is kept from the canvas, so it starts no drag.
 */
final class EscalationBadges {
    private static final double SIZE = NodeFace.BADGE_SIZE;
    private final Group group = new Group();
    /** The badge of each principal that has one now, with the view it follows and what marks its tooltip stale. */
    private final Map<String, Badge> badges = new HashMap<>();
    /** What each badge's tooltip says, written when the pointer comes over it. */
    private final Map<String, Supplier<String>> texts = new HashMap<>();
    private final CanvasEditor canvas;
    private final BiConsumer<String, Node> clicked;
    /** Why the escalations stopped before they were all worked out, or "" (they are, or are being). */
    private final Supplier<String> stopped;
    private double textScale = 1;

    private record Badge(Label label, Node view, Runnable stale, javafx.collections.SetChangeListener<javafx.css.PseudoClass> dims) {
        /** Lets go of the view it follows. */
        void detach() {
            view.getPseudoClassStates().removeListener(dims);
        }
    }

    /**
     * {@code clicked} gets the principal and the badge clicked; {@code stopped} says why the escalations stopped before
     * they were all worked out, or "": what the badges found before then say.
     */
    EscalationBadges(CanvasEditor canvas, BiConsumer<String, Node> clicked, Supplier<String> stopped) {
        this.canvas = canvas;
        this.clicked = clicked;
        this.stopped = stopped;
        group.setId("escalation-badges");
    }

    Group node() {
        return group;
    }

    /** Scales the badges (visible when zoomed out). */
    void setTextScale(double scale) {
        textScale = scale;
        group.getChildren().forEach(badge -> {
            badge.setScaleX(scale);
            badge.setScaleY(scale);
        });
    }

    /**
     * Puts a badge on every principal of the model drawn on the canvas that has an escalation path, and on those
     * {@code soFar} found to have one while the escalations are still worked out. A badge already on the same view
     * stays (only what its tooltip says is brought up to date): the escalations of a large model, once in, do not
     * make again the thousand badges found while they were worked out.
     */
    void show(IamModel model, Escalations escalations, java.util.Set<String> soFar) {
        Map<String, Supplier<String>> wanted = new LinkedHashMap<>();
        for (String id : escalations.byPrincipal().keySet()) {
            wanted.put(id, () -> escalations.badgeText(model, id) + "\nClick to draw the path step by step.");
        }
        for (String id : soFar) {
            wanted.putIfAbsent(id, () -> foundSoFar(model, id));
        }
        java.util.Set<Node> gone = new java.util.HashSet<>();
        badges.entrySet().removeIf(entry -> {
            ShapeView view = canvas.view(entry.getKey());
            boolean stays = wanted.containsKey(entry.getKey()) && model.entities().containsKey(entry.getKey())
                    && view != null && view.node() == entry.getValue().view();
            if (!stays) {
                entry.getValue().detach();
                gone.add(entry.getValue().label());
                texts.remove(entry.getKey());
            }
            return !stays;
        });
        group.getChildren().removeAll(gone);
        wanted.forEach((id, text) -> add(id, model, text));
    }

    /** Adds a badge to each of these principals found to escalate before the escalations are in (once each). */
    void add(IamModel model, java.util.Collection<String> soFar) {
        for (String id : soFar) {
            if (!badges.containsKey(id)) {
                add(id, model, () -> foundSoFar(model, id));
            }
        }
    }

    /** The principal's badge, made or, when it has one, saying {@code text} from now on. */
    private void add(String id, IamModel model, Supplier<String> text) {
        Badge known = badges.get(id);
        if (known != null) {
            texts.put(id, text);
            known.stale().run();
            return;
        }
        ShapeView view = canvas.view(id);
        if (view != null && model.entities().containsKey(id)) {
            texts.put(id, text);
            Badge made = badge(id, view.node());
            badges.put(id, made);
            if (view.node().isVisible()) { // else in the scene once its view is (cull)
                group.getChildren().add(made.label());
            }
        }
    }

    /**
     * Keeps in the scene only the badges of the views in it (the canvas keeps the views far out of view out of the scene:
     * a large model has a thousand badges, each a label to style).
     */
    void cull() {
        dev.iammodeller.app.canvas.LayerMembership membership = new dev.iammodeller.app.canvas.LayerMembership(group);
        badges.values().forEach(badge -> membership.keep(badge.label(), badge.view().isVisible()));
        membership.apply();
    }

    /**
     * The tooltip of a badge found before the escalations are in: what it can gain is not known yet, or, when they
     * stopped, was not worked out.
     */
    private String foundSoFar(IamModel model, String id) {
        var principal = model.entities().get(id);
        String name = principal == null ? id : principal.name();
        String why = stopped.get();
        int said = why.indexOf(':'); // "not enough memory to work out …", without how to start Java with more
        return why.isEmpty() ? name + " can give itself more permissions than it has. What it can gain is still being"
                + " worked out, with the escalations of the whole model: its path comes then."
                : name + " can give itself more permissions than it has, found before the escalation analysis stopped ("
                + (said > 0 ? why.substring(0, said) : why) + "): what it can gain and its path were not worked out;"
                + " the Findings tab says more.";
    }

    /** A badge whose tooltip is written when the pointer first comes over it: a large model has a thousand badges. */
    private Badge badge(String id, Node view) {
        Label badge = new Label("!");
        badge.setId("badge-" + id);
        badge.getStyleClass().add("escalation-badge");
        badge.setMinSize(SIZE, SIZE);
        badge.setPrefSize(SIZE, SIZE);
        badge.setMaxSize(SIZE, SIZE);
        badge.layoutXProperty().bind(view.layoutXProperty().add(Drawing.NODE_WIDTH - SIZE / 2 - 2));
        badge.layoutYProperty().bind(view.layoutYProperty().subtract(SIZE / 2 - 2));
        badge.visibleProperty().bind(view.visibleProperty());
        badge.setScaleX(textScale);
        badge.setScaleY(textScale);
        Runnable stale = OverlayMarker.installLazily(badge, () -> texts.get(id).get(), () -> clicked.accept(id, badge));
        // the badge fades with its view when the selection does not reach it, as in the exported pictures
        javafx.collections.SetChangeListener<javafx.css.PseudoClass> dims = change -> badge.pseudoClassStateChanged(
                ReachStyling.DIMMED, view.getPseudoClassStates().contains(ReachStyling.DIMMED));
        view.getPseudoClassStates().addListener(dims);
        badge.pseudoClassStateChanged(ReachStyling.DIMMED, view.getPseudoClassStates().contains(ReachStyling.DIMMED));
        return new Badge(badge, view, stale, dims);
    }
}
