package dev.iammodeller.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/** Lines of text on PDF pages, shown as text in the embedded fonts; long lines wrapped at spaces. */
final class PdfText {
    private PdfText() {
    }

    private static final float[] INK = {0.07f, 0.09f, 0.15f};

    /** One line with its baseline {@code baseline} points below the page's top. */
    static void line(PDPageContentStream out, PdfFonts fonts, PDPage page, String text, double x, double baseline,
                     double size, boolean bold) throws IOException {
        PDType0Font font = fonts.font(bold);
        out.beginText();
        out.setNonStrokingColor(INK[0], INK[1], INK[2]);
        out.setFont(font, (float) size);
        out.newLineAtOffset((float) x, (float) (page.getMediaBox().getHeight() - baseline));
        out.showText(fonts.drawable(font, text));
        out.endText();
    }

    /**
     * Lines of text on one page in one text object: the colour set once, the font when it changes, each line
     * placed by its own text matrix (a page of the appendix holds some eighty lines).
     */
    static final class PageOfLines implements java.io.Closeable {
        private final PDPageContentStream out;
        private final PdfFonts fonts;
        private final float height;
        private PDType0Font font;
        private double size;

        PageOfLines(PDPageContentStream out, PdfFonts fonts, PDPage page) throws IOException {
            this.out = out;
            this.fonts = fonts;
            this.height = page.getMediaBox().getHeight();
            out.beginText();
            out.setNonStrokingColor(INK[0], INK[1], INK[2]);
        }

        /** As {@link PdfText#line}: a line with its baseline {@code baseline} points below the page's top. */
        void line(String text, double x, double baseline, double lineSize, boolean bold) throws IOException {
            PDType0Font wanted = fonts.font(bold);
            if (wanted != font || lineSize != size) {
                out.setFont(wanted, (float) lineSize);
                font = wanted;
                size = lineSize;
            }
            out.setTextMatrix(Matrix.getTranslateInstance((float) x, (float) (height - baseline)));
            out.showText(fonts.drawable(wanted, text));
        }

        /** Ends the text object and the page's content. */
        @Override
        public void close() throws IOException {
            try {
                out.endText();
            } finally {
                out.close();
            }
        }
    }

    /** The text cut into lines no wider than {@code width} points (a word longer than that is cut). */
    static List<String> wrap(PdfFonts fonts, String text, double size, boolean bold, double width) throws IOException {
        if (fonts.width(bold, text, size) <= width) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(bold, tried, size) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fonts.width(bold, rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && fonts.width(bold, rest.substring(0, cut), size) > width) {
                    cut = Math.max(1, cut * 3 / 4);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
