package dev.iammodeller.app.comments;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.OverlayMarker;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.diagram.CommentPlaces;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.IamModel;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.control.Label;

/**
 * The numbered markers of the comments on the canvas ({@code #comment-marker-<n>}), where {@link CommentPlaces}
 * puts them (as in the exported pictures); a node's follow it while it is dragged. The tooltip shows the text;
 * a click picks the comment in the Comments panel. Markers grow when zoomed out, as the badges do.
 */
final class CommentMarkers {
    private final Group group = new Group();
    private final CanvasEditor canvas;
    private final Consumer<Comment> clicked;
    private double scale = 1;
    private IamModel shown = IamModel.EMPTY;

    CommentMarkers(CanvasEditor canvas, Consumer<Comment> clicked) {
        this.canvas = canvas;
        this.clicked = clicked;
        group.setId("comment-markers");
        canvas.overlayLayer().getChildren().add(group);
        canvas.zoomProperty().addListener((o, before, zoom) -> setScale(readable(zoom)));
        scale = readable(canvas.zoomProperty().getValue());
    }

    /** Zoomed out, markers grow as the escalation badges do (up to 1.8 times) so their numbers stay readable. */
    private static double readable(double zoom) {
        return dev.iammodeller.diagram.picture.ReadableText.overlayScale(zoom);
    }

    /** Markers grown by the zoom are spread as far apart as they grew, so those on one node never overlap. */
    private void setScale(double now) {
        if (now != scale) {
            scale = now;
            show(shown);
        }
    }

    void show(IamModel model) {
        shown = model;
        group.getChildren().clear();
        Map<Integer, Point> places = CommentPlaces.of(model.comments(), canvas.drawing());
        for (Comment comment : model.comments()) {
            Point centre = places.get(comment.number());
            if (centre != null) {
                group.getChildren().add(marker(model, comment, centre));
            }
        }
    }

    private Label marker(IamModel model, Comment comment, Point centre) {
        Label marker = new Label(Integer.toString(comment.number()));
        marker.setId("comment-marker-" + comment.number());
        marker.getStyleClass().add("comment-marker");
        if (comment.resolved()) {
            marker.getStyleClass().add("resolved");
        }
        double size = CommentPlaces.SIZE;
        marker.setMinSize(size, size);
        marker.setPrefHeight(size);
        marker.setMaxHeight(size);
        ShapeView view = comment.pin().nodeId() == null ? null : canvas.view(comment.pin().nodeId());
        Rect shape = canvas.drawing().shape(comment.pin().nodeId() == null ? "" : comment.pin().nodeId());
        if (view != null && shape != null) {
            double dx = (centre.x() - shape.x()) * scale;
            double dy = (centre.y() - shape.y()) * scale;
            marker.layoutXProperty().bind(view.node().layoutXProperty().add(dx - size / 2));
            marker.layoutYProperty().bind(view.node().layoutYProperty().add(dy - size / 2));
        } else {
            marker.setLayoutX(centre.x() - size / 2);
            marker.setLayoutY(centre.y() - size / 2);
        }
        marker.setScaleX(scale);
        marker.setScaleY(scale);
        OverlayMarker.install(marker, "Comment " + comment.number() + (comment.resolved() ? " (resolved)" : "") + " on "
                + CommentsViewModel.pinnedTo(model, comment.pin()) + (comment.author() == null ? "" : ", by "
                + comment.author()) + "\n" + comment.text() + (comment.replies().isEmpty() ? ""
                : "\n(" + comment.replies().size() + (comment.replies().size() == 1 ? " reply)" : " replies)")),
                () -> clicked.accept(comment));
        return marker;
    }
}
