package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Containment;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.FrameFace;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.ReadableText;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Below the zoom at which the canvas draws no names ({@link NodeFace#NAMED_SCALE}), each frame's name and what it
 * holds ("1,000 users · 100 groups · 2,000 roles · 4,035 policies"), at a readable size whatever the zoom, in the frame's top left corner:
 * zoomed out to a whole organization, its accounts still say which they are. Outer frames are placed first; a
 * title that would cover one already placed goes below it, inside its own frame, or is left out when its frame
 * has no room for it on screen (a title may take half its frame's height, and shows at least eight letters of
 * the name).
 */
final class ZoomedOutFrameTitles {
    /** Screen pixels between a frame's corner and its title, and around the title's text. */
    private static final double INSET = 6;
    private static final double PADDING = 4;
    private static final double GAP = 2;
    /** A name cut shorter than this says too little ("Dev…"): its frame gets no title until zoomed in further. */
    private static final int FEWEST_CHARACTERS = 8;
    private static final Font NAME_FONT = Font.font(null, FontWeight.BOLD, 13);
    private static final Font COUNTS_FONT = Font.font(null, FontWeight.NORMAL, Math.max(ReadableText.SMALLEST, 11.5));
    private final Group group = new Group();
    private double scale = 1;
    /** Where the titles drawn are, in the world: what the labels of paths keep off. */
    private List<Rect> areas = List.of();

    /** What one frame says: its name and what it holds. */
    record Title(String name, String counts) {
    }

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
    void refresh(Map<String, Title> titles, Map<String, Rect> frames, Containment containment) {
        group.getChildren().clear();
        areas = List.of();
        if (scale >= NodeFace.NAMED_SCALE) {
            return;
        }
        List<String> outerFirst = new ArrayList<>(titles.keySet());
        outerFirst.removeIf(id -> frames.get(id) == null);
        outerFirst.sort(Comparator.<String>comparingInt(containment::depthOf)
                .thenComparingDouble(id -> frames.get(id).y()).thenComparingDouble(id -> frames.get(id).x()));
        List<Rect> placed = new ArrayList<>();
        for (String id : outerFirst) {
            Rect frame = frames.get(id);
            Rect onScreen = new Rect(frame.x() * scale, frame.y() * scale, frame.width() * scale, frame.height() * scale);
            Group label = label(titles.get(id), onScreen.width() - 2 * INSET);
            if (label == null) {
                continue;
            }
            double width = label.getLayoutBounds().getWidth();
            double height = label.getLayoutBounds().getHeight();
            Rect at = free(new Rect(onScreen.x() + INSET, onScreen.y() + INSET, width, height), placed,
                    onScreen.y() + onScreen.height() - INSET);
            // a title that would cover most of its frame hides what it names: that frame is too small to say it yet
            if (at == null || 2 * height > onScreen.height()) {
                continue;
            }
            placed.add(at);
            label.getTransforms().setAll(new Translate(at.x() / scale, at.y() / scale), new Scale(1 / scale, 1 / scale));
            group.getChildren().add(label);
        }
        areas = placed.stream().map(r -> new Rect(r.x() / scale, r.y() / scale, r.width() / scale, r.height() / scale)).toList();
    }

    /** Where the titles drawn now are, in world units (none when zoomed in far enough to draw the frames' own). */
    List<Rect> areas() {
        return areas;
    }

    /** {@code wanted}, moved down below every title it would cover; null when it would then end below {@code bottom}. */
    private static Rect free(Rect wanted, List<Rect> placed, double bottom) {
        Rect at = wanted;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Rect other : placed) {
                if (other.intersects(at)) {
                    at = new Rect(at.x(), other.y() + other.height() + GAP, at.width(), at.height());
                    moved = true;
                }
            }
        }
        return at.y() + at.height() > bottom ? null : at;
    }

    /**
     * The title's plate, name and counts, its top left at 0, 0, each text as much of itself as fits {@code room} pixels
     * (the name shortened, the counts cut after a whole count); null when not even a few letters of the name fit.
     */
    private static Group label(Title title, double room) {
        double textRoom = room - 2 * PADDING;
        String shown = FrameFace.cutToFit(title.name(), textRoom, NAME_FONT.getSize(), true, FEWEST_CHARACTERS,
                CanvasTextWidth.INSTANCE);
        if (shown == null) {
            return null;
        }
        Text name = text(shown, NAME_FONT, "zoomed-out-frame-name", PADDING);
        Rectangle plate = new Rectangle();
        plate.getStyleClass().add("zoomed-out-frame-title");
        Group label = new Group(plate, name);
        double width = name.getLayoutBounds().getWidth();
        double height = name.getLayoutBounds().getHeight();
        Text line = text("", COUNTS_FONT, "zoomed-out-frame-counts", PADDING + height + 1);
        line.setText(FrameFace.wholeCounts(title.counts(), textRoom, COUNTS_FONT.getSize(), CanvasTextWidth.INSTANCE));
        if (!line.getText().isEmpty()) {
            label.getChildren().add(line);
            width = Math.max(width, line.getLayoutBounds().getWidth());
            height += 1 + line.getLayoutBounds().getHeight();
        }
        plate.setWidth(width + 2 * PADDING);
        plate.setHeight(height + 2 * PADDING);
        return label;
    }

    private static Text text(String content, Font font, String styleClass, double y) {
        Text text = new Text(PADDING, y, content);
        text.setFont(font);
        text.setTextOrigin(VPos.TOP);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
