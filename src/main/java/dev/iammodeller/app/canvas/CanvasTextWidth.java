package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.picture.TextWidth;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide the canvas draws a line of text: in the font its stylesheet gives node names and subtitles (the platform's
 * own, bold or not, at the size asked). Each character is measured once, on a text of its own, and a line is the sum
 * of its characters' advances: a large model fits thousands of names as their views come into view, and laying each
 * out whole took the window's thread as long as the rest of the view. The side panels' table titles, in the same
 * platform font, are measured here too. For the window's thread only.
 */
public final class CanvasTextWidth implements TextWidth {
    public static final CanvasTextWidth INSTANCE = new CanvasTextWidth();
    /** Characters below this have their advance kept; others (rare in names) are measured each time. */
    private static final int KEPT = 0x3000;

    private final Text probe = new Text();
    /** The advance of each character measured, by font (size and weight); NaN until measured. */
    private final Map<String, double[]> advances = new HashMap<>();

    private CanvasTextWidth() {
    }

    @Override
    public double of(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        double[] kept = advances.computeIfAbsent(size + (bold ? " bold" : ""), key -> {
            double[] made = new double[KEPT];
            java.util.Arrays.fill(made, Double.NaN);
            return made;
        });
        Font font = null;
        double width = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c < KEPT && !Double.isNaN(kept[c])) {
                width += kept[c];
                continue;
            }
            if (font == null) {
                font = Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
            }
            double advance = measured(String.valueOf(c), font);
            if (c < KEPT) {
                kept[c] = advance;
            }
            width += advance;
        }
        return width;
    }

    private double measured(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
