package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.diagram.picture.FrameFace;
import dev.iammodeller.model.Entity;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A frame: an account, organizational unit or organization root drawn as a box that holds other shapes, its
 * icon and title placed by {@link FrameFace} (as the exported pictures are).
 */
public final class FrameView extends EntityView {
    private final Rectangle body = new Rectangle();
    private final Text title = new Text();
    private final Text subtitle = new Text();

    FrameView(Entity entity) {
        super(entity, "frame", "frame-");
        body.getStyleClass().add("frame-body");
        Node icon = Icons.of(entity.kind(), FrameFace.ICON_SIZE);
        icon.setLayoutX(FrameFace.ICON_X);
        icon.setLayoutY(FrameFace.ICON_Y);
        title.getStyleClass().add("frame-title");
        title.setX(FrameFace.TITLE_X);
        title.setY(FrameFace.TITLE_Y);
        subtitle.getStyleClass().add("frame-subtitle");
        subtitle.setY(FrameFace.TITLE_Y);
        getChildren().addAll(body, icon, title, subtitle);
        show(entity);
    }

    @Override
    public void show(Entity entity) {
        title.setText(Subtitles.shorten(entity.name(), FrameFace.TITLE_CHARACTERS));
        subtitle.setText(Subtitles.of(entity));
        subtitle.setX(FrameFace.TITLE_X + title.getLayoutBounds().getWidth() + FrameFace.SUBTITLE_GAP);
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
