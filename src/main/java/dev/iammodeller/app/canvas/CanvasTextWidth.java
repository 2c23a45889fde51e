package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.picture.TextWidth;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide the canvas draws a line of text: in the font its stylesheet gives node names and subtitles (the platform's
 * own, bold or not, at the size asked), measured on a text of its own. For the window's thread only.
 */
final class CanvasTextWidth implements TextWidth {
    static final CanvasTextWidth INSTANCE = new CanvasTextWidth();

    private final Text probe = new Text();
    private Font font = Font.getDefault();

    private CanvasTextWidth() {
    }

    @Override
    public double of(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        if (font.getSize() != size || bold != font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")) {
            font = Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        }
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
