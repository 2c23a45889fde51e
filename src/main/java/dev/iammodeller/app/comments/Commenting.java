package dev.iammodeller.app.comments;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.CommentPlaces;
import dev.iammodeller.diagram.DiagramEdges;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.ModelEdge;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Comments in the window: the markers on the canvas, the Comments panel, and adding a comment where the
 * reviewer right-clicked (a node, an edge, a spot) or, from the keyboard, on the selected node (else at the
 * middle of the view). Picking a comment, in the panel or by its marker, frames what it is pinned to.
 */
public final class Commenting {
    private final EditorState editor;
    private final CanvasEditor canvas;
    private CommentAsker asker;
    private final CommentsViewModel view;
    private final CommentsPanel panel;
    private final CommentMarkers markers;
    private Runnable showPanel = () -> { };
    private Consumer<String> messages = text -> { };

    public Commenting(EditorState editor, CanvasEditor canvas, CommentAsker asker) {
        this.editor = editor;
        this.canvas = canvas;
        this.asker = asker;
        view = new CommentsViewModel(editor, () -> System.getProperty("user.name"), Clock.systemUTC());
        panel = new CommentsPanel(view, editor::model, (title, text, author) -> this.asker.ask(title, text, author),
                this::frame, this::addToSelection);
        markers = new CommentMarkers(canvas, comment -> {
            showPanel.run();
            panel.pick(comment.number());
        });
        editor.modelProperty().addListener((o, before, after) -> markers.show(after));
        // a focus view or collapsed policies hide nodes: their comments' markers go and come back with them
        canvas.shownProperty().addListener((o, before, after) -> markers.show(editor.model()));
        markers.show(editor.model());
    }

    /** What asks for a comment's words from now on (a test answers for the reviewer). */
    public void setAsker(CommentAsker asker) {
        this.asker = asker;
    }

    /** The Comments tab's content. */
    public Node panel() {
        return panel.node();
    }

    /** What brings the Comments tab to the front (a marker was clicked). */
    public void setOnShowPanel(Runnable show) {
        showPanel = show;
    }

    /** Where sentences go (a refused comment). */
    public void setOnMessage(Consumer<String> messages) {
        this.messages = messages;
    }

    /** Asks for a comment pinned to this entity, or, when null, to the edge or the spot under the scene point. */
    public void addAt(String entityId, double sceneX, double sceneY) {
        if (entityId != null) {
            add(CommentPin.node(entityId));
            return;
        }
        Point at = canvas.worldAt(sceneX, sceneY);
        double tolerance = 6 / Math.max(0.05, canvas.zoomProperty().getValue());
        ModelEdge edge = CommentPlaces.edgeNear(at, DiagramEdges.of(editor.model()), canvas.drawing(), tolerance);
        add(edge != null ? CommentPin.edge(edge) : CommentPin.spot(Math.round(at.x()), Math.round(at.y())));
    }

    /** Asks for a comment on the first selected node, or at the middle of the view when none is selected. */
    public void addToSelection() {
        Optional<String> selected = editor.selection().stream().findFirst();
        if (selected.isPresent()) {
            add(CommentPin.node(selected.get()));
        } else {
            Point centre = canvas.visibleCentre();
            add(CommentPin.spot(Math.round(centre.x()), Math.round(centre.y())));
        }
    }

    private void add(CommentPin pin) {
        asker.ask("Comment on " + CommentsViewModel.pinnedTo(editor.model(), pin), "", view.author())
                .ifPresent(words -> view.add(pin, words).ifPresentOrElse(messages, () -> {
                    showPanel.run();
                    panel.pick(editor.model().nextCommentNumber() - 1);
                }));
    }

    /** Selects what the comment is pinned to and centres the view on its marker. */
    private void frame(Comment comment) {
        CommentPin pin = comment.pin();
        if (pin.nodeId() != null) {
            editor.select(List.of(pin.nodeId()));
        } else if (pin.edge() != null) {
            editor.select(List.of(pin.edge().from(), pin.edge().to()));
        } else {
            editor.select(List.of());
        }
        Map<Integer, Point> places = CommentPlaces.of(editor.model().comments(), canvas.drawing());
        Point at = places.get(comment.number());
        if (at != null) {
            canvas.centreOn(at);
        }
    }
}
