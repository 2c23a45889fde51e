package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.KindLook;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.model.Entity;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** A frame: an account, organizational unit or organization root drawn as a box that holds other shapes. */
public final class FrameView extends Group implements ShapeView {
    private final String id;
    private final dev.iammodeller.model.EntityKind kind;
    private final Rectangle body = new Rectangle();
    private final Text title = new Text();
    private final Text subtitle = new Text();

    FrameView(Entity entity) {
        this.id = entity.id();
        this.kind = entity.kind();
        KindLook look = KindLooks.of(entity.kind());
        getStyleClass().addAll("frame", "family-" + look.family().cssName(), look.cssName());
        setId("frame-" + entity.id());
        body.getStyleClass().add("frame-body");
        Node icon = Icons.of(entity.kind(), 18);
        icon.setLayoutX(10);
        icon.setLayoutY(9);
        title.getStyleClass().add("frame-title");
        title.setX(34);
        title.setY(23);
        subtitle.getStyleClass().add("frame-subtitle");
        subtitle.setY(23);
        getChildren().addAll(body, icon, title, subtitle);
        KindTooltips.install(this, entity.kind());
        show(entity);
    }

    @Override
    public void explain(String explanation) {
        KindTooltips.explain(this, kind, explanation);
    }

    @Override
    public String entityId() {
        return id;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void show(Entity entity) {
        title.setText(Subtitles.shorten(entity.name(), 40));
        subtitle.setText(Subtitles.of(entity));
        subtitle.setX(34 + title.getLayoutBounds().getWidth() + 12);
    }

    @Override
    public void place(Rect shape) {
        setLayoutX(shape.x());
        setLayoutY(shape.y());
        body.setWidth(shape.width());
        body.setHeight(shape.height());
    }

    /** The height of the title band: pressing there grabs the frame. */
    static double headerHeight() {
        return Drawing.FRAME_HEADER;
    }
}
