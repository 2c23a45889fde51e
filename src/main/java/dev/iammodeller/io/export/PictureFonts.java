package dev.iammodeller.io.export;

import dev.iammodeller.diagram.picture.TextWidth;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The pictures' fonts, DejaVu Sans and DejaVu Sans Bold, bundled (fonts/, with their licence) so that a PNG
 * or PDF looks the same on every machine and names in any script come out whole. Loaded once.
 */
final class PictureFonts {
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    /** SVG names the family and lets the viewer fall back to its sans-serif. */
    static final String SVG_FAMILY = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static volatile Font regular;
    private static volatile Font bold;

    private PictureFonts() {
    }

    /** The width of text in the pictures' font: where a frame's subtitle follows its title, how wide a label is. */
    static final TextWidth WIDTHS = (text, size, isBold) -> text.isEmpty() ? 0
            : font(isBold).deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();

    static Font font(boolean isBold) {
        if (isBold) {
            if (bold == null) {
                bold = load(BOLD);
            }
            return bold;
        }
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    /** The bytes of a bundled font file (PDF embeds a subset of them). */
    static InputStream stream(boolean isBold) {
        InputStream in = PictureFonts.class.getResourceAsStream(isBold ? BOLD : REGULAR);
        if (in == null) {
            throw new IllegalStateException("the font " + (isBold ? BOLD : REGULAR) + " is missing from the application");
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = stream(resource.equals(BOLD))) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + resource + " cannot be read", e);
        }
    }
}
