package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Containment;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.CornerTitles;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Below the zoom at which the canvas draws no names ({@link dev.iammodeller.diagram.picture.NodeFace#NAMED_SCALE}), each
 * frame's name and what it holds on a plate in its top left corner at a readable size whatever the zoom, where
 * {@link CornerTitles} places them (as the pictures drawn that small do).
 */
final class ZoomedOutFrameTitles {
    private static final Font NAME_FONT = Font.font(null, FontWeight.BOLD, CornerTitles.NAME_FONT);
    private static final Font COUNTS_FONT = Font.font(null, FontWeight.NORMAL, CornerTitles.COUNTS_FONT);
    /** The heights of a line of the name and of the counts, from its top. */
    private static final double NAME_HEIGHT = height(NAME_FONT);
    private static final double COUNTS_HEIGHT = height(COUNTS_FONT);
    private final Group group = new Group();
    private double scale = 1;
    /** Where the titles drawn are, in the world: what the labels of paths keep off. */
    private List<Rect> areas = List.of();

    ZoomedOutFrameTitles() {
        group.setId("zoomed-out-frame-titles");
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    void setScale(double scale) {
        this.scale = scale;
    }

    double scale() {
        return scale;
    }

    /** Draws the titles again for these frames, where the drawing puts them (call after a change of either or of the zoom). */
    void refresh(Map<String, CornerTitles.Title> titles, Map<String, Rect> frames, Containment containment) {
        group.getChildren().clear();
        List<CornerTitles.Placed> placed = CornerTitles.of(titles, frames, containment, scale, CanvasTextWidth.INSTANCE,
                NAME_HEIGHT, COUNTS_HEIGHT);
        for (CornerTitles.Placed title : placed) {
            Group label = label(title);
            label.getTransforms().setAll(new Translate(title.at().x() / scale, title.at().y() / scale),
                    new Scale(1 / scale, 1 / scale));
            group.getChildren().add(label);
        }
        areas = CornerTitles.areas(placed, scale);
    }

    /** Where the titles drawn now are, in world units (none when zoomed in far enough to draw the frames' own). */
    List<Rect> areas() {
        return areas;
    }

    /** The title's plate, name and counts, its top left at 0, 0, as large as placed. */
    private static Group label(CornerTitles.Placed title) {
        Rectangle plate = new Rectangle(title.at().width(), title.at().height());
        plate.getStyleClass().add("zoomed-out-frame-title");
        Group label = new Group(plate, text(title.name(), NAME_FONT, "zoomed-out-frame-name", CornerTitles.PADDING));
        if (!title.counts().isEmpty()) {
            label.getChildren().add(text(title.counts(), COUNTS_FONT, "zoomed-out-frame-counts", title.countsY()));
        }
        return label;
    }

    private static Text text(String content, Font font, String styleClass, double y) {
        Text text = new Text(CornerTitles.PADDING, y, content);
        text.setFont(font);
        text.setTextOrigin(VPos.TOP);
        text.getStyleClass().add(styleClass);
        return text;
    }

    private static double height(Font font) {
        Text probe = new Text("Ag");
        probe.setFont(font);
        probe.setTextOrigin(VPos.TOP);
        return probe.getLayoutBounds().getHeight();
    }
}
