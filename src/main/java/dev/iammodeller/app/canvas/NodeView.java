package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.ReadableText;
import dev.iammodeller.model.Entity;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * A node box: the family's stripe, the kind's icon, the name and a subtitle, and a handle on the right edge
 * that appears on hover and starts a connection, placed by {@link NodeFace} (as the exported pictures are).
 * Cheap on purpose: shapes and texts in a group, no layout.
 */
public final class NodeView extends EntityView {
    public static final double HANDLE_RADIUS = 6;
    private final Text name = new Text();
    private final Text subtitle = new Text();
    /** Icon, texts and handle: hidden when the view is zoomed out too far to read them. */
    private final Group detail = new Group();
    private String fullName = "";
    private double nameScale = 1;

    NodeView(Entity entity) {
        super(entity, "node");
        Rectangle body = new Rectangle(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        body.getStyleClass().add("node-body");
        Rectangle stripe = new Rectangle(NodeFace.STRIPE_WIDTH, Drawing.NODE_HEIGHT);
        stripe.getStyleClass().add("node-stripe");
        Node icon = Icons.of(entity.kind(), NodeFace.ICON_SIZE);
        icon.setLayoutX(NodeFace.ICON_X);
        icon.setLayoutY((Drawing.NODE_HEIGHT - NodeFace.ICON_SIZE) / 2);
        name.getStyleClass().add("node-name");
        name.setX(NodeFace.TEXT_X);
        name.setY(NodeFace.NAME_Y);
        subtitle.getStyleClass().add("node-subtitle");
        subtitle.setX(NodeFace.TEXT_X);
        subtitle.setY(NodeFace.SUBTITLE_Y);
        Circle handle = new Circle(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT / 2, HANDLE_RADIUS);
        handle.getStyleClass().add("connect-handle");
        detail.getChildren().addAll(icon, name, subtitle, handle);
        getChildren().addAll(body, stripe, detail);
        setCache(true);
        show(entity);
    }

    @Override
    public void show(Entity entity) {
        fullName = entity.name();
        showName();
        subtitle.setText(Subtitles.shorten(Subtitles.of(entity), NodeFace.SUBTITLE_CHARACTERS));
    }

    @Override
    public void place(Rect shape) {
        setLayoutX(shape.x());
        setLayoutY(shape.y());
    }

    private void showName() {
        name.setText(Subtitles.shortenName(fullName, ReadableText.nameCharacters(nameScale)));
        showFullName(name.getText().equals(fullName) ? "" : fullName);
    }

    /**
     * Draws the name this much larger (1: as it is) so that it stays readable zoomed out ({@link ReadableText}):
     * centred in the box, with fewer characters, without the subtitle (too small to read there).
     */
    void setNameScale(double scale) {
        if (scale == nameScale) {
            return;
        }
        nameScale = scale;
        if (scale == 1) {
            name.getTransforms().clear();
            name.setY(NodeFace.NAME_Y);
        } else {
            double middle = Drawing.NODE_HEIGHT / 2;
            name.setY(middle + NodeFace.NAME_FONT * 0.35);
            name.getTransforms().setAll(new Scale(scale, scale, NodeFace.TEXT_X, middle));
        }
        subtitle.setVisible(scale == 1);
        showName();
    }

    /** Shows or hides what cannot be read when zoomed out (icon, name, subtitle, handle). */
    void setDetailed(boolean detailed) {
        // out of the scene rather than hidden: the first picture of a large model zoomed out styles every view it
        // holds, and the details are two thirds of a view's nodes; nor is a view cached as a bitmap there
        if (detailed && !getChildren().contains(detail)) {
            getChildren().add(detail);
        } else if (!detailed) {
            getChildren().remove(detail);
        }
        setCache(detailed);
    }

    /** The text shown as the name (cut in the middle with an ellipsis when long). */
    String shownName() {
        return name.getText();
    }
}
