package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import java.util.List;

/**
 * Where a node box shows what, from its top-left corner: the family's stripe down its left side, the kind's
 * icon, the name (bold) and the subtitle below it. The canvas's node view and the exported pictures place
 * them from these numbers; the fonts' sizes are the stylesheet's ({@code .node-name}, {@code .node-subtitle}).
 */
public final class NodeFace {
    public static final double CORNER = 10;
    public static final double STRIPE_WIDTH = 6;
    public static final double STRIPE_CORNER = 6;
    public static final double ICON_X = 12;
    public static final double ICON_SIZE = 26;
    public static final double TEXT_X = 46;
    public static final double NAME_Y = 24;
    public static final double SUBTITLE_Y = 42;
    public static final double NAME_FONT = 13;
    public static final double SUBTITLE_FONT = 11;
    /**
     * A name too long for its line takes two at scale 1, the subtitle moving down under them: the first line's baseline
     * here, the second's {@link #NAME_LINE} below it.
     */
    public static final double NAME_Y_OF_TWO = 17;
    /** The subtitle's baseline under a name of two lines. */
    public static final double SUBTITLE_Y_UNDER_TWO = 48;
    /**
     * How wide the name and the subtitle may be drawn: from {@link #TEXT_X} to a margin short of the box's right edge
     * (where the connection handle and the escalation badge stand). A longer name is cut in the middle, a longer
     * subtitle at its end, to what fits in the font it is drawn in.
     */
    public static final double TEXT_ROOM = Drawing.NODE_WIDTH - TEXT_X - 8;
    /** The height of a line of a name: a name drawn on two lines zoomed out takes twice this, times its scale. */
    public static final double NAME_LINE = 1.2 * NAME_FONT;
    /** Up to this scale a name drawn larger zoomed out (no subtitle then) has room for two lines in its box. */
    public static final double TWO_LINES_UP_TO = (Drawing.NODE_HEIGHT - 6) / (2 * NAME_LINE);
    public static final double STROKE_WIDTH = 1;
    /** The icons' path data is drawn on a 24 by 24 box, stroked this wide. */
    public static final double ICON_BOX = 24;
    public static final double ICON_STROKE = 1.6;
    /**
     * Below this scale names cannot be read: the canvas, and a picture drawn this small, leave out icons, names
     * and subtitles and draw edges plain (no dashes, no heads).
     */
    public static final double DETAIL_SCALE = 0.45;
    /**
     * Down to this scale a box zoomed out past its details still shows its name, by itself ({@link #nameAlone}), drawn
     * larger so that it keeps {@link ReadableText#SMALLEST} screen pixels; below it, the box and its stripe alone.
     */
    public static final double NAMED_SCALE = 0.25;
    /** Where a name shown by itself starts: just after the stripe, where the icon was. */
    public static final double ALONE_X = STRIPE_WIDTH + 6;
    /** The red "!" of a principal with an escalation path: a circle this wide over the box's top-right corner. */
    public static final double BADGE_SIZE = 20;
    /**
     * How much larger the escalation badge (and the labels drawn over the canvas) grow zoomed out, at most: past the
     * details it is drawn so.
     */
    public static final double GROWN_BADGE = 1.8;

    /** Where the escalation badge of a node with this box is drawn, grown {@code scale} times about its centre. */
    public static Rect badge(Rect node, double scale) {
        double x = node.x() + Drawing.NODE_WIDTH - BADGE_SIZE / 2 - 2;
        double y = node.y() - (BADGE_SIZE / 2 - 2);
        double grown = BADGE_SIZE * (scale - 1) / 2;
        return new Rect(x - grown, y - grown, BADGE_SIZE * scale, BADGE_SIZE * scale);
    }

    /**
     * The name as a box shows it, drawn {@code scale} times larger than {@link #NAME_FONT} ({@link ReadableText}): whole
     * when it fits {@link #TEXT_ROOM}, else {@link Subtitles#shortenName shortened} to the most characters that fit.
     */
    public static String name(String name, double scale, TextWidth widths) {
        return fitted(name, TEXT_ROOM / scale, NAME_FONT, true, widths, Subtitles::shortenName);
    }

    /**
     * The name as a box shows it zoomed out past its details ({@link #DETAIL_SCALE} to {@link #NAMED_SCALE}), by itself
     * on one line from {@link #ALONE_X}, drawn {@code scale} times larger: whole when it fits, else
     * {@link Subtitles#shortenName shortened} to the most characters that fit short of the box's right edge, or of the
     * escalation badge over its corner for a box that carries one.
     */
    public static String nameAlone(String name, double scale, boolean badged, TextWidth widths) {
        Rect box = new Rect(0, 0, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        double room = (badged ? badge(box, GROWN_BADGE).x() - 4 : Drawing.NODE_WIDTH - 6) - ALONE_X;
        return fitted(name, room / scale, NAME_FONT, true, widths, Subtitles::shortenName);
    }

    /**
     * The name as a box shows it zoomed out, drawn {@code scale} times larger and without its subtitle: on one line when
     * it fits, else on two while the box has the height for them, broken before a word where both lines fit best (the
     * first ends with the separators before the break), else so broken with the words most AWS names share given way
     * ({@link #withoutSharedWords}), else as much of its start on the first line as fits (a word broken there ending
     * with a {@link #HYPHEN}) and the rest {@link Subtitles#shortenMiddle cut in its middle} on the second, so that both
     * ends stay. Drawn larger, the first line of a box that may carry an escalation badge (a user's or a role's) keeps
     * clear of it, for it grows over the box's corner. At scale 1 the subtitle stays, under a name of two lines
     * ({@link #nameY}, {@link #subtitleY}); a name that fits its line is {@link #name}.
     */
    public static List<String> nameLines(String name, double scale, boolean mayBeBadged, TextWidth widths) {
        if (scale <= 1) {
            if (widths.of(name, NAME_FONT, true) <= TEXT_ROOM) {
                return List.of(name(name, 1, widths));
            }
            scale = 1; // two lines over the subtitle (nameY, subtitleY), broken as zoomed out
        }
        double second = TEXT_ROOM / scale;
        double first = mayBeBadged
                ? (badge(new Rect(0, 0, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT), scale).x() - 4 - TEXT_X) / scale : second;
        if (widths.of(name, NAME_FONT, true) <= first) {
            return List.of(name);
        }
        if (scale > TWO_LINES_UP_TO) {
            return List.of(fitted(name, first, NAME_FONT, true, widths, Subtitles::shortenName));
        }
        int best = balancedBreak(name, first, second, widths);
        if (best < 0) {
            List<String> withoutSharedWords = withoutSharedWords(name, first, second, widths);
            if (withoutSharedWords != null) {
                return withoutSharedWords;
            }
            best = longestStart(name, first, widths);
        }
        String rest = name.substring(best);
        return List.of(name.substring(0, best) + (insideWord(name, best, Subtitles.wordBreaks(name)) ? HYPHEN : ""),
                fitted(rest, second, NAME_FONT, true, widths, Subtitles::shortenMiddle));
    }

    /**
     * A name too long for two whole lines with the words most AWS names share given way ({@link Subtitles#shortenName}:
     * {@code AmazonRDSFullAccess} as {@code …RDSFull} over {@code Access} at 61 %), on one line or broken before a word so that
     * both fit (the lines as even as they can be): the fewest such words dropped that lets it. Null when none does, or the
     * name has no such word (then its start and its end are kept instead): a name broken inside its words
     * ({@code AWSLamb} over {@code daFu…cess}) tells less than one whose shared words went.
     */
    private static List<String> withoutSharedWords(String name, double first, double second, TextWidth widths) {
        List<String> shortenings = Subtitles.withoutSharedWords(name);
        for (String shortened : shortenings) {
            if (widths.of(shortened, NAME_FONT, true) <= first) {
                return List.of(shortened);
            }
            int best = balancedBreak(shortened, first, second, widths);
            if (best >= 0) {
                return List.of(shortened.substring(0, best), shortened.substring(best));
            }
        }
        if (shortenings.isEmpty() || !Subtitles.endsInSharedWords(name)) {
            return null;
        }
        // what tells it apart starts its middle (its end was words every AWS name has): the first line as many whole
        // words of what is left as fit, the second the rest cut at its end
        String shortest = shortenings.get(shortenings.size() - 1);
        int at = -1;
        for (int candidate : Subtitles.wordBreaks(shortest)) {
            String one = shortest.substring(0, candidate);
            if (hasLetter(one) && widths.of(one, NAME_FONT, true) <= first) {
                at = candidate;
            }
        }
        return at < 0 ? null
                : List.of(shortest.substring(0, at), fitted(shortest.substring(at), second, NAME_FONT, true, widths, Subtitles::shorten));
    }

    /**
     * Where to break {@code text} before a word so that both lines fit, as evenly as they can; -1 when no break lets them
     * (nor one that leaves a line without a letter or digit: an ellipsis alone).
     */
    private static int balancedBreak(String text, double first, double second, TextWidth widths) {
        int best = -1;
        double balance = Double.MAX_VALUE;
        for (int at : Subtitles.wordBreaks(text)) {
            String one = text.substring(0, at);
            String two = text.substring(at);
            double widthOne = widths.of(one, NAME_FONT, true) / first;
            double widthTwo = widths.of(two, NAME_FONT, true) / second;
            if (widthOne <= 1 && widthTwo <= 1 && Math.max(widthOne, widthTwo) < balance && hasLetter(one) && hasLetter(two)) {
                best = at;
                balance = Math.max(widthOne, widthTwo);
            }
        }
        return best;
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** The baseline of line {@code line} (from 0) of a name of {@code lines} lines at scale 1, from the box's top. */
    public static double nameY(int line, int lines) {
        return lines <= 1 ? NAME_Y : NAME_Y_OF_TWO + line * NAME_LINE;
    }

    /** The subtitle's baseline at scale 1 under a name of {@code lines} lines, from the box's top. */
    public static double subtitleY(int lines) {
        return lines <= 1 ? SUBTITLE_Y : SUBTITLE_Y_UNDER_TWO;
    }

    /** Ends the first line of a word broken for lack of room ("Administra-" over "torAccess"), as print does. */
    static final String HYPHEN = "-";

    /**
     * Whether breaking {@code name} at {@code at} splits a word: a letter or digit on both sides, and no word starts there
     * (none of {@code breaks}, its {@link Subtitles#wordBreaks}).
     */
    private static boolean insideWord(String name, int at, List<Integer> breaks) {
        return at > 0 && at < name.length() && Character.isLetterOrDigit(name.charAt(at - 1))
                && Character.isLetterOrDigit(name.charAt(at)) && !breaks.contains(at);
    }

    /** The fewest letters a word broken for lack of room leaves for the second line ("contractor" over "s" reads as two words). */
    private static final int LEAST_CARRIED = 3;

    /**
     * Where the first line of a name too long for two whole lines ends: as much of its start as fits (leaving at least
     * {@value #LEAST_CARRIED} characters for the second line, and room for the {@link #HYPHEN} of a word broken there),
     * or the last break before a word in the last half of that (a word whole on the second line tells more than a word
     * broken).
     */
    private static int longestStart(String name, double room, TextWidth widths) {
        List<Integer> breaks = Subtitles.wordBreaks(name);
        int fits = 1;
        while (fits < name.length() && widths.of(name.substring(0, fits + 1)
                + (insideWord(name, fits + 1, breaks) ? HYPHEN : ""), NAME_FONT, true) <= room) {
            fits++;
        }
        fits = Math.max(1, Math.min(fits, name.length() - LEAST_CARRIED));
        int at = fits;
        for (int candidate : breaks) {
            if (candidate <= fits && candidate * 2 >= fits) {
                at = candidate;
            }
        }
        return at;
    }

    /** The subtitle as a box shows it: whole when it fits {@link #TEXT_ROOM}, else cut at its end to fit. */
    public static String subtitle(String subtitle, TextWidth widths) {
        return fitted(subtitle, TEXT_ROOM, SUBTITLE_FONT, false, widths, Subtitles::shorten);
    }

    /**
     * {@code text} whole when it is no wider than {@code room}, else shortened to the most characters whose shortening
     * fits. Tried from the most down: a shortening of fewer characters can be wider (the words AWS names share give way
     * as wholes, so {@code AWSConfigUser} in 10 characters is {@code AWSCo…User} and in 11 {@code …ConfigUser}).
     */
    static String fitted(String text, double room, double size, boolean bold, TextWidth widths,
                         java.util.function.BiFunction<String, Integer, String> shorten) {
        if (widths.of(text, size, bold) <= room) {
            return text;
        }
        String tried = text;
        for (int characters = text.length() - 1; characters > 1; characters--) {
            String shortened = shorten.apply(text, characters);
            if (!shortened.equals(tried) && widths.of(shortened, size, bold) <= room) {
                return shortened;
            }
            tried = shortened;
        }
        return shorten.apply(text, 1);
    }

    private NodeFace() {
    }
}
