package dev.iammodeller.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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
    /** The first plane of Unicode, where names' characters are: what the font draws and how wide, by array. */
    private static final int PLANE = 0x10000;
    private static final byte DRAWN = 1;
    private static final byte NOT_DRAWN = 2;
    private final byte[][] drawableInPlane = new byte[2][PLANE];
    private final float[][] widthsInPlane = new float[2][PLANE];

    PdfFonts(PDDocument document) throws IOException {
        this(document, Faces.read());
    }

    /** The fonts embedded in the document, from faces read beforehand (on another thread, say). */
    PdfFonts(PDDocument document, Faces faces) throws IOException {
        regular = PDType0Font.load(document, faces.regular(), true);
        bold = PDType0Font.load(document, faces.bold(), true);
        Arrays.fill(widthsInPlane[0], Float.NaN);
        Arrays.fill(widthsInPlane[1], Float.NaN);
    }

    /** The two DejaVu faces read from their files: the slow part of loading the fonts, needing no document. */
    record Faces(TrueTypeFont regular, TrueTypeFont bold) {
        static Faces read() throws IOException {
            try (InputStream r = PictureFonts.stream(false); InputStream b = PictureFonts.stream(true)) {
                return new Faces(withoutSubstitutions(r), withoutSubstitutions(b));
            }
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
        int which = font == bold ? 1 : 0;
        int i = 0;
        while (i < text.length() && !Character.isSurrogate(text.charAt(i)) && canDraw(which, font, text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // most names: every character drawable, nothing to replace
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(canDraw(which, font, cp) ? cp
                : canDraw(font, 0xFFFD) ? 0xFFFD : '?'));
        return out.toString();
    }

    /** Whether the font draws a code point (a control character never), each asked of the font once. */
    private boolean canDraw(int which, PDType0Font font, int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        if (cp < PLANE) {
            byte known = drawableInPlane[which][cp];
            if (known == 0) {
                known = canDraw(font, cp) ? DRAWN : NOT_DRAWN;
                drawableInPlane[which][cp] = known;
            }
            return known == DRAWN;
        }
        return drawable.computeIfAbsent(cp * 2 + which, key -> canDraw(font, cp));
    }

    /** The width of text in points at a size (each character's width measured once). */
    double width(boolean isBold, String text, double size) throws IOException {
        PDType0Font font = font(isBold);
        int which = isBold ? 1 : 0;
        double total = 0;
        String shown = drawable(font, text);
        for (int i = 0; i < shown.length(); ) {
            int cp = shown.codePointAt(i);
            float w = cp < PLANE ? widthsInPlane[which][cp] : Float.NaN;
            if (Float.isNaN(w)) {
                Float known = widths.get(cp * 2 + which);
                if (known == null) {
                    known = font.getStringWidth(new String(Character.toChars(cp)));
                    widths.put(cp * 2 + which, known);
                }
                w = known;
                if (cp < PLANE) {
                    widthsInPlane[which][cp] = w;
                }
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
