package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import java.util.List;

/**
 * Where a frame (account, unit, root) shows what, from its top-left corner: the kind's icon, the title (bold)
 * and the subtitle after it, a gap to the right. The root's border is dotted and unfilled, a unit's dashed.
 */
public final class FrameFace {
    public static final double CORNER = 14;
    public static final double ICON_X = 10;
    public static final double ICON_Y = 9;
    public static final double ICON_SIZE = 18;
    public static final double TITLE_X = 34;
    public static final double TITLE_Y = 23;
    public static final double SUBTITLE_GAP = 12;
    public static final double TITLE_FONT = 14;
    public static final double SUBTITLE_FONT = 11;
    /**
     * The size of what a frame holds ("2 units · 3 accounts"), its subtitle when drawn larger zoomed out: the title's, so
     * that the counts stay as readable as the name (at the subtitle's size they came out at 8.6 px).
     */
    public static final double COUNTS_FONT = TITLE_FONT;
    public static final double STROKE_WIDTH = 1.2;
    public static final List<Double> UNIT_DASHES = List.of(8.0, 4.0);
    public static final List<Double> ROOT_DASHES = List.of(2.0, 4.0);
    /** The fewest characters of a title shown, however narrow its frame; a subtitle that keeps fewer is left out. */
    private static final int FEWEST = 4;

    /**
     * The band along a frame's top that holds its title and subtitle (labels keep off it): the frame's header,
     * grown upwards as a title drawn {@code scale} times larger about its baseline grows.
     */
    public static Rect titleBand(Rect frame, double scale) {
        double above = TITLE_Y * (Math.max(1, scale) - 1);
        return new Rect(frame.x(), frame.y() - above, frame.width(), Drawing.FRAME_HEADER + above);
    }

    /** What a frame's header shows: its title, and its subtitle starting {@code subtitleX} from the frame's left. */
    public record Header(String title, String subtitle, double subtitleX) {
    }

    /**
     * The header of a frame {@code width} wide, its texts drawn {@code scale} times larger ({@link ReadableText}), in
     * the font {@code widths} measures: the title cut at its end to what the width leaves it, the subtitle after it cut
     * to what the title leaves, {@code counts} (a frame's summary, "2 units · 3 accounts") after a whole count.
     */
    public static Header header(String title, String subtitle, boolean counts, double width, double scale, TextWidth widths) {
        double room = (width - TITLE_X - 8) / scale;
        String shownTitle = NodeFace.fitted(title, room, TITLE_FONT, true, widths, Subtitles::shorten);
        if (shownTitle.length() < FEWEST && title.length() > FEWEST) {
            shownTitle = Subtitles.shorten(title, FEWEST);
        }
        double titleWidth = widths.of(shownTitle, TITLE_FONT, true);
        double left = room - titleWidth - SUBTITLE_GAP;
        String shownSubtitle = counts ? wholeCounts(subtitle, left, COUNTS_FONT, widths) : fittedOrNothing(subtitle, left, widths);
        return new Header(shownTitle, shownSubtitle, TITLE_X + titleWidth + SUBTITLE_GAP);
    }

    private static String fittedOrNothing(String text, double room, TextWidth widths) {
        String shown = cutToFit(text, room, SUBTITLE_FONT, false, FEWEST, widths);
        return shown == null ? "" : shown;
    }

    /**
     * {@code text} whole, or cut at its end to what fits {@code room} at {@code size}; null when fewer than {@code fewest}
     * of its characters would (a frame's name drawn zoomed out in its corner).
     */
    public static String cutToFit(String text, double room, double size, boolean bold, int fewest, TextWidth widths) {
        String shown = NodeFace.fitted(text, room, size, bold, widths, Subtitles::shorten);
        return shown.length() < Math.min(fewest, text.length()) || widths.of(shown, size, bold) > room ? null : shown;
    }

    /** The first counts of a summary that fit {@code room} at {@code size}, "…" standing for the rest; empty when none fits. */
    public static String wholeCounts(String summary, double room, double size, TextWidth widths) {
        if (widths.of(summary, size, false) <= room) {
            return summary;
        }
        String shown = "";
        for (String part : summary.split(" · ")) {
            String next = shown.isEmpty() ? part : shown + " · " + part;
            if (widths.of(next + " · …", size, false) > room) {
                break;
            }
            shown = next;
        }
        return shown.isEmpty() ? "" : shown + " · …";
    }

    private FrameFace() {
    }
}
