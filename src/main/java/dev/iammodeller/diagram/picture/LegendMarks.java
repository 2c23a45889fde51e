package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Family;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The legend as the canvas shows it: each edge style with a sample and its words, the four families, and,
 * while a selection is highlighted, the emphases it uses. Small type in a box.
 */
final class LegendMarks {
    static final double FONT = 11;
    private static final double ROW = 17;
    private static final double PADDING = 8;
    private static final double SAMPLE = 40;
    private final Palette palette;
    private final TextWidth widths;

    LegendMarks(Palette palette, TextWidth widths) {
        this.palette = palette;
        this.widths = widths;
    }

    PictureGroup legend(double x, double y, Set<Emphasis> emphases) {
        List<Mark> rows = new ArrayList<>();
        Colour ink = palette.text();
        double width = widths.of("Legend", FONT, true);
        double top = y + PADDING;
        rows.add(new Mark.Text("Legend", x + PADDING, top + FONT, FONT, true, ink));
        double row = top + ROW;
        EdgeMarks edges = new EdgeMarks(palette);
        for (EdgeStyle style : EdgeStyles.all()) {
            double middle = row + ROW / 2 - 2;
            rows.addAll(edges.line(style, new Point(x + PADDING, middle), new Point(x + PADDING + SAMPLE, middle), 9));
            width = Math.max(width, text(rows, style.label(), x, row, ink, false));
            row += ROW;
        }
        for (Family family : Family.values()) {
            swatch(rows, x, row, palette.family(family));
            String name = family.name().charAt(0) + family.name().substring(1).toLowerCase(Locale.ROOT);
            width = Math.max(width, text(rows, name, x, row, ink, false));
            row += ROW;
        }
        List<Emphasis> shown = new ArrayList<>(List.of(Emphasis.values()));
        shown.removeIf(e -> !emphases.contains(e));
        if (!shown.isEmpty()) {
            rows.add(new Mark.Text("Highlights", x + PADDING, row + FONT + 2, FONT, true, ink));
            row += ROW;
            for (Emphasis emphasis : shown) {
                swatch(rows, x, row, palette.colour(emphasis.stroke()));
                width = Math.max(width, text(rows, emphasis.name().toLowerCase(Locale.ROOT).replace('_', ' '), x, row,
                        ink, false));
                row += ROW;
            }
        }
        Rect box = new Rect(x, y, width + 2 * PADDING + SAMPLE + 8, row - y + PADDING);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Shape(Outline.roundRect(box, 12), palette.colour("-iam-overlay-fill"),
                palette.colour("-iam-overlay-border"), 1, List.of(), false));
        marks.addAll(rows);
        return new PictureGroup("legend", null, "Legend", box, marks);
    }

    private void swatch(List<Mark> rows, double x, double row, Colour colour) {
        double middle = row + ROW / 2 - 2;
        rows.add(Mark.Shape.filled(Outline.roundRect(new Rect(x + PADDING + SAMPLE / 2 - 6, middle - 6, 12, 12), 3), colour));
    }

    /** Writes a row's words after the sample; returns the width they need beside it. */
    private double text(List<Mark> rows, String words, double x, double row, Colour ink, boolean bold) {
        rows.add(new Mark.Text(words, x + PADDING + SAMPLE + 8, row + ROW / 2 + FONT / 2 - 2, FONT, bold, ink));
        return widths.of(words, FONT, bold);
    }
}
