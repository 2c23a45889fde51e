package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Containment;
import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Below the zoom at which boxes say no names ({@link NodeFace#NAMED_SCALE}), each frame's name and what it holds
 * ("1,000 users · 100 groups · 2,000 roles · 4,035 policies") on a plate in the frame's top left corner, at a readable
 * size whatever the zoom: zoomed out to a whole organization, its accounts still say which they are. Outer frames are
 * placed first; a title that would cover one already placed goes below it, inside its own frame, or is left out when
 * its frame has no room for it on screen (a title may take half its frame's height, and shows at least
 * {@link #FEWEST_CHARACTERS} letters of the name). Where each goes, in screen units at that zoom: the canvas draws
 * them so, and the pictures drawn that small alike.
 */
public final class CornerTitles {
    /** Screen pixels between a frame's corner and its title. */
    public static final double INSET = 6;
    /** Screen pixels around the title's text, and between titles stacked in a corner. */
    public static final double PADDING = 4;
    private static final double GAP = 2;
    /** A name cut shorter than this says too little ("Dev…"): its frame gets no title until zoomed in further. */
    public static final int FEWEST_CHARACTERS = 8;
    /** The sizes of the name (bold) and of the counts on screen. */
    public static final double NAME_FONT = 13;
    public static final double COUNTS_FONT = Math.max(ReadableText.SMALLEST, 11.5);

    /** What one frame says: its name and what it holds. */
    public record Title(String name, String counts) {
    }

    /**
     * A frame's title placed: its name and counts as much of them as fit (counts "" when none), its plate at {@code at}
     * (screen units), the counts' line {@code countsY} below the plate's top.
     */
    public record Placed(String id, String name, String counts, Rect at, double countsY) {
    }

    private CornerTitles() {
    }

    /**
     * The titles of these frames at this zoom ({@code scale}), none at a zoom whose boxes say their names; a line of the
     * name is {@code nameHeight} high and one of the counts {@code countsHeight}, their widths as {@code widths} says.
     */
    public static List<Placed> of(Map<String, Title> titles, Map<String, Rect> frames, Containment containment,
                                  double scale, TextWidth widths, double nameHeight, double countsHeight) {
        if (scale >= NodeFace.NAMED_SCALE) {
            return List.of();
        }
        List<String> outerFirst = new ArrayList<>(titles.keySet());
        outerFirst.removeIf(id -> frames.get(id) == null);
        outerFirst.sort(Comparator.<String>comparingInt(containment::depthOf)
                .thenComparingDouble(id -> frames.get(id).y()).thenComparingDouble(id -> frames.get(id).x()));
        List<Rect> placed = new ArrayList<>();
        List<Placed> out = new ArrayList<>();
        for (String id : outerFirst) {
            Rect frame = frames.get(id);
            Rect onScreen = frame.scaled(scale);
            double textRoom = onScreen.width() - 2 * INSET - 2 * PADDING;
            Title title = titles.get(id);
            String name = FrameFace.cutToFit(title.name(), textRoom, NAME_FONT, true, FEWEST_CHARACTERS, widths);
            if (name == null) {
                continue;
            }
            double width = widths.of(name, NAME_FONT, true);
            double height = nameHeight;
            String counts = FrameFace.wholeCounts(title.counts(), textRoom, COUNTS_FONT, widths);
            if (!counts.isEmpty()) {
                width = Math.max(width, widths.of(counts, COUNTS_FONT, false));
                height += 1 + countsHeight;
            }
            Rect plate = new Rect(onScreen.x() + INSET, onScreen.y() + INSET, width + 2 * PADDING, height + 2 * PADDING);
            Rect at = free(plate, placed, onScreen.y() + onScreen.height() - INSET);
            // a title that would cover most of its frame hides what it names: that frame is too small to say it yet
            if (at == null || 2 * plate.height() > onScreen.height()) {
                continue;
            }
            placed.add(at);
            out.add(new Placed(id, name, counts, at, PADDING + nameHeight + 1));
        }
        return out;
    }

    /** Where these titles are, in world units at this zoom: what the labels drawn over the diagram keep off. */
    public static List<Rect> areas(List<Placed> placed, double scale) {
        return placed.stream().map(p -> p.at().unscaled(scale)).toList();
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
}
