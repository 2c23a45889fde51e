package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.diagram.picture.FrameFace;
import dev.iammodeller.diagram.picture.ReadableText;
import dev.iammodeller.model.Entity;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * A frame: an account, organizational unit or organization root drawn as a box that holds other shapes, its
 * icon and title placed by {@link FrameFace} (as the exported pictures are).
 */
public final class FrameView extends EntityView {
    private final Rectangle body = new Rectangle();
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private String name = "";
    private String kindLine = "";
    private String summary = "";
    private double titleScale = 1;

    FrameView(Entity entity) {
        super(entity, "frame");
        installKindTooltip();
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
        name = entity.name();
        kindLine = Subtitles.of(entity);
        showTexts();
    }

    /**
     * Shows the title and subtitle, or not: zoomed out past the names their place is too small to read them in, and
     * {@link ZoomedOutFrameTitles} says what they would.
     */
    void setDetailed(boolean detailed) {
        title.setVisible(detailed);
        subtitle.setVisible(detailed);
    }

    /** The frame's name and what it holds, for {@link ZoomedOutFrameTitles}. */
    dev.iammodeller.diagram.picture.CornerTitles.Title zoomedOutTitle() {
        return new dev.iammodeller.diagram.picture.CornerTitles.Title(name, summary);
    }

    /** What the frame holds, counted ({@link dev.iammodeller.diagram.FrameSummary}): its subtitle when zoomed out. */
    void showSummary(String counts) {
        summary = counts == null ? "" : counts;
        showTexts();
    }

    /**
     * Draws the title this much larger (1: as it is) so that it stays readable zoomed out ({@link ReadableText});
     * the subtitle, as large, then says what the frame holds instead of its kind.
     */
    void setTitleScale(double scale) {
        if (scale == titleScale) {
            return;
        }
        titleScale = scale;
        for (Text text : new Text[] {title, subtitle}) {
            if (scale == 1) {
                text.getTransforms().clear();
            } else {
                text.getTransforms().setAll(new Scale(scale, scale, FrameFace.TITLE_X, FrameFace.TITLE_Y));
            }
        }
        showTexts();
    }

    /** Title and subtitle, each cut to what the frame's width leaves it in the canvas's font ({@link FrameFace#header}). */
    private void showTexts() {
        boolean counts = titleScale != 1 && !summary.isEmpty();
        FrameFace.Header header = FrameFace.header(name, counts ? summary : kindLine, counts,
                body.getWidth() <= 0 ? Double.MAX_VALUE : body.getWidth(), titleScale, CanvasTextWidth.INSTANCE);
        title.setText(header.title());
        subtitle.setText(header.subtitle());
        subtitle.setX(header.subtitleX());
        // what the frame holds, as large as its title (FrameFace.COUNTS_FONT)
        if (counts != subtitle.getStyleClass().contains("frame-counts")) {
            if (counts) {
                subtitle.getStyleClass().add("frame-counts");
            } else {
                subtitle.getStyleClass().remove("frame-counts");
            }
        }
    }

    @Override
    public void place(Rect shape) {
        setLayoutX(shape.x());
        setLayoutY(shape.y());
        boolean widthChanged = body.getWidth() != shape.width();
        body.setWidth(shape.width());
        body.setHeight(shape.height());
        if (widthChanged) {
            showTexts();
        }
    }

    /** The height of the title band: pressing there grabs the frame. */
    static double headerHeight() {
        return Drawing.FRAME_HEADER;
    }
}
