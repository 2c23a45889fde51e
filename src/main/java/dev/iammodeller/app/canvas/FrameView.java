package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.model.Entity;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** A frame: an account, organizational unit or organization root drawn as a box that holds other shapes. */
public final class FrameView extends EntityView {
    private final Rectangle body = new Rectangle();
    private final Text title = new Text();
    private final Text subtitle = new Text();

    FrameView(Entity entity) {
        super(entity, "frame", "frame-");
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
        show(entity);
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
