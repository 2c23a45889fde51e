package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.ReadableText;
import dev.iammodeller.model.Entity;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * A node box: the family's stripe, the kind's icon, the name and a subtitle, and a handle on the right edge
 * that appears on hover and starts a connection, placed by {@link NodeFace} (as the exported pictures are).
 * Zoomed out past its details ({@link NodeFace#DETAIL_SCALE}) it shows its name by itself, larger, down to
 * {@link NodeFace#NAMED_SCALE}, and below that its box and stripe alone.
 * Cheap on purpose: shapes and texts in a group, no layout. What it draws is made when it first enters a scene: a large
 * model opens with thousands of views of which the canvas attaches those in view, and making the shapes and texts of
 * the others took the window half a second (3,000 principals).
 */
public final class NodeView extends EntityView {
    public static final double HANDLE_RADIUS = 6;
    /** The two texts, and the icon, texts and handle left out zoomed out past the names: null until first shown. */
    private Text name;
    private Text subtitle;
    private Group detail;
    /** The name by itself, zoomed out past the details but not past the names: null until first shown. */
    private Text alone;
    private String fullName = "";
    /** The subtitle whole: shortened to its line when shown. */
    private String subtitleText = "";
    private double nameScale = 1;
    private boolean detailed = true;
    private boolean named = true;
    /** Whether the escalation badge stands over the box's corner: the name by itself keeps clear of it. */
    private boolean badged;
    /** True once the view has entered a scene and made its box. */
    private boolean made;

    NodeView(Entity entity) {
        super(entity, "node");
        setCache(true);
        show(entity);
        sceneProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable scene) {
                if (getScene() != null) {
                    sceneProperty().removeListener(this);
                    make();
                }
            }
        });
    }

    /** Makes what the view draws, as it is now (its name, its scale, whether zoomed out past its details). */
    private void make() {
        Rectangle body = new Rectangle(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        body.getStyleClass().add("node-body");
        Rectangle stripe = new Rectangle(NodeFace.STRIPE_WIDTH, Drawing.NODE_HEIGHT);
        stripe.getStyleClass().add("node-stripe");
        getChildren().addAll(body, stripe);
        made = true;
        // the name is measured in the canvas's font only now (a view never in view never is), once
        if (detailed) {
            getChildren().add(detail());
        } else if (named) {
            getChildren().add(alone());
        }
        showName();
        installKindTooltip();
    }

    /** The icon, texts and handle, made the first time they are shown (zoomed in past the names). */
    private Group detail() {
        if (detail == null) {
            Node icon = Icons.of(kind(), NodeFace.ICON_SIZE);
            icon.setLayoutX(NodeFace.ICON_X);
            icon.setLayoutY((Drawing.NODE_HEIGHT - NodeFace.ICON_SIZE) / 2);
            name = new Text();
            name.getStyleClass().add("node-name");
            name.setX(NodeFace.TEXT_X);
            subtitle = new Text(shownSubtitle());
            subtitle.getStyleClass().add("node-subtitle");
            subtitle.setX(NodeFace.TEXT_X);
            subtitle.setY(NodeFace.SUBTITLE_Y);
            Circle handle = new Circle(Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT / 2, HANDLE_RADIUS);
            handle.getStyleClass().add("connect-handle");
            detail = new Group(icon, name, subtitle, handle);
            scaleName();
            showName();
        }
        return detail;
    }

    /** The name by itself, made the first time it is shown (zoomed out past the details, not past the names). */
    private Text alone() {
        if (alone == null) {
            alone = new Text();
            alone.getStyleClass().add("node-name");
            alone.setId("name-alone");
            alone.setTextOrigin(javafx.geometry.VPos.CENTER);
            alone.setX(NodeFace.ALONE_X);
            alone.setY(Drawing.NODE_HEIGHT / 2);
            scaleName();
            showName();
        }
        return alone;
    }

    @Override
    public void show(Entity entity) {
        fullName = entity.name();
        subtitleText = Subtitles.of(entity);
        showName();
        if (subtitle != null) {
            subtitle.setText(shownSubtitle());
        }
    }

    @Override
    public void place(Rect shape) {
        setLayoutX(shape.x());
        setLayoutY(shape.y());
    }

    /** Shows the name, and says it whole in the tooltip when it is shortened; nothing until the view is made. */
    private void showName() {
        if (!made) {
            return;
        }
        // worked out once: the box shows it, and the tooltip says whether it is whole
        String byItself = alone != null || !detailed && named ? nameAlone() : null;
        if (alone != null) {
            alone.setText(byItself);
        }
        List<String> lines = shownName();
        if (name != null) {
            name.setText(String.join("\n", lines));
            if (nameScale == 1) { // a name of two lines stands higher, the subtitle under it
                name.setY(NodeFace.nameY(0, lines.size()));
                subtitle.setY(NodeFace.subtitleY(lines.size()));
            }
        }
        String shown = !detailed && named ? byItself : String.join("", lines);
        showFullName(shown.equals(fullName) ? "" : fullName);
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
        scaleName();
        showName();
    }

    /** Places and scales the name and shows the subtitle as {@link #nameScale} says, once they are made. */
    private void scaleName() {
        if (alone != null) {
            alone.getTransforms().setAll(new Scale(nameScale, nameScale, NodeFace.ALONE_X, Drawing.NODE_HEIGHT / 2));
        }
        if (name == null) {
            return;
        }
        if (nameScale == 1) {
            name.getTransforms().clear();
            name.setTextOrigin(javafx.geometry.VPos.BASELINE);
            name.setY(NodeFace.NAME_Y);
        } else {
            // one line or two (NodeFace.nameLines), centred in the box
            double middle = Drawing.NODE_HEIGHT / 2;
            name.setTextOrigin(javafx.geometry.VPos.CENTER);
            name.setY(middle);
            name.getTransforms().setAll(new Scale(nameScale, nameScale, NodeFace.TEXT_X, middle));
        }
        subtitle.setVisible(nameScale == 1);
    }

    /**
     * Shows or hides what cannot be read when zoomed out (icon, name, subtitle, handle): {@code named}, the name by
     * itself in their place.
     */
    void setDetailed(boolean detailed, boolean named) {
        this.detailed = detailed;
        this.named = named;
        // out of the scene rather than hidden: the first picture of a large model zoomed out styles every view it
        // holds, and the details are two thirds of a view's nodes; nor is a view cached as a bitmap there
        if (made && detailed && !getChildren().contains(detail())) {
            getChildren().add(detail);
        } else if (detail != null && !detailed) {
            getChildren().remove(detail);
        }
        boolean nameAlone = made && !detailed && named;
        if (nameAlone && !getChildren().contains(alone())) {
            getChildren().add(alone);
        } else if (alone != null && !nameAlone) {
            getChildren().remove(alone);
        }
        setCache(detailed);
    }

    /** The name as the box shows it by itself at the scale it is drawn at. */
    private String nameAlone() {
        return NodeFace.nameAlone(fullName, nameScale, badged, CanvasTextWidth.INSTANCE);
    }

    /** Whether the box, zoomed out past its details, shows its whole name by itself. */
    boolean showsWholeNameAlone() {
        // a view in the scene shows it already (showName keeps it so); one never there works it out
        return !detailed && named && (alone != null ? alone.getText() : nameAlone()).equals(fullName);
    }

    /** Says whether the escalation badge stands over the box's corner (the name by itself keeps clear of it). */
    public void setBadged(boolean badged) {
        if (badged != this.badged) {
            this.badged = badged;
            showName();
        }
    }

    /** The subtitle cut to its line in the canvas's font. */
    private String shownSubtitle() {
        return NodeFace.subtitle(subtitleText, CanvasTextWidth.INSTANCE);
    }

    /**
     * The lines shown as the name: whole when it fits its line in the canvas's font, else on two lines (over the
     * subtitle; zoomed out, where the box has room for them), shortened as they need.
     */
    List<String> shownName() {
        return NodeFace.nameLines(fullName, nameScale, kind().isIamPrincipal(), CanvasTextWidth.INSTANCE);
    }
}
