package dev.iammodeller.diagram.picture;

import java.util.List;

/** One thing a picture draws: a shape (filled, stroked or both) or a line of text. */
public sealed interface Mark {
    /**
     * An outline filled with {@code fill} and stroked with {@code stroke} (either may be null), the stroke
     * {@code width} wide with {@code dashes} (empty: solid) and round ends and joins when {@code round}.
     */
    record Shape(Outline outline, Colour fill, Colour stroke, double width, List<Double> dashes, boolean round)
            implements Mark {
        public Shape {
            dashes = List.copyOf(dashes);
        }

        public static Shape filled(Outline outline, Colour fill) {
            return new Shape(outline, fill, null, 0, List.of(), false);
        }

        public static Shape stroked(Outline outline, Colour stroke, double width, List<Double> dashes) {
            return new Shape(outline, null, stroke, width, dashes, false);
        }

        @Override
        public Shape faded(double opacity) {
            return new Shape(outline, fill == null ? null : fill.faded(opacity),
                    stroke == null ? null : stroke.faded(opacity), width, dashes, round);
        }

        @Override
        public Shape grown(double scale, double x, double y) {
            return new Shape(outline.placed(x - x * scale, y - y * scale, scale), fill, stroke, width * scale,
                    dashes.stream().map(dash -> dash * scale).toList(), round);
        }
    }

    /** A line of text with its baseline starting at (x, y), in DejaVu Sans (bold or not) of {@code size}. */
    record Text(String text, double x, double y, double size, boolean bold, Colour colour) implements Mark {
        @Override
        public Text faded(double opacity) {
            return new Text(text, x, y, size, bold, colour.faded(opacity));
        }

        @Override
        public Text grown(double scale, double aboutX, double aboutY) {
            return new Text(text, aboutX + (x - aboutX) * scale, aboutY + (y - aboutY) * scale, size * scale, bold, colour);
        }
    }

    /** The same mark at a fraction of its opacity (what a selection dims). */
    Mark faded(double opacity);

    /**
     * The same mark drawn {@code scale} times larger about the point (x, y), its lines as much wider and its dashes as
     * much longer: what the canvas grows zoomed out so it stays readable (a label, a badge, a marker).
     */
    Mark grown(double scale, double x, double y);

    /** {@code marks} grown {@code scale} times about (x, y); the same list at a scale of 1. */
    static List<Mark> grown(List<Mark> marks, double scale, double x, double y) {
        return scale == 1 ? marks : marks.stream().map(mark -> mark.grown(scale, x, y)).toList();
    }
}
