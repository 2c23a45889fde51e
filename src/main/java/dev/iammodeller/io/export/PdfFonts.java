package dev.iammodeller.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu fonts embedded in one PDF (only the glyphs used: a subset), so that names in any script
 * DejaVu covers (Latin, Greek, Cyrillic and many more) come out whole, which PDF's 14 standard fonts, limited to
 * WinAnsi, cannot do. A character DejaVu has no glyph for is drawn as U+FFFD.
 */
final class PdfFonts {
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final Map<Integer, Float> widths = new HashMap<>();

    PdfFonts(PDDocument document) throws IOException {
        try (InputStream r = PictureFonts.stream(false); InputStream b = PictureFonts.stream(true)) {
            regular = PDType0Font.load(document, withoutSubstitutions(r), true);
            bold = PDType0Font.load(document, withoutSubstitutions(b), true);
        }
    }

    /**
     * The font with its glyph substitutions (GSUB: ligatures and the like) switched off: names are shown
     * character for character, which also keeps "fi" searchable as two letters, and PDFBox no longer runs its
     * substitution for every line shown (a fifth of a large model's PDF).
     */
    private static TrueTypeFont withoutSubstitutions(InputStream font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        return parsed;
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The text with each character the font cannot draw (and each control character) replaced. */
    String drawable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = !Character.isISOControl(cp) && drawable.computeIfAbsent(cp * 2 + (font == bold ? 1 : 0),
                    key -> canDraw(font, cp));
            out.appendCodePoint(ok ? cp : canDraw(font, 0xFFFD) ? 0xFFFD : '?');
        });
        return out.toString();
    }

    /** The width of text in points at a size (each character's width measured once). */
    double width(boolean isBold, String text, double size) throws IOException {
        PDType0Font font = font(isBold);
        double total = 0;
        String shown = drawable(font, text);
        for (int i = 0; i < shown.length(); ) {
            int cp = shown.codePointAt(i);
            Float w = widths.get(cp * 2 + (isBold ? 1 : 0));
            if (w == null) {
                w = font.getStringWidth(new String(Character.toChars(cp)));
                widths.put(cp * 2 + (isBold ? 1 : 0), w);
            }
            total += w;
            i += Character.charCount(cp);
        }
        return total / 1000 * size;
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
