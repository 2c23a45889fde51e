package dev.iammodeller.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Lines of text on PDF pages, shown as text in the embedded fonts; long lines wrapped at spaces. */
final class PdfText {
    private PdfText() {
    }

    /** One line with its baseline {@code baseline} points below the page's top. */
    static void line(PDPageContentStream out, PdfFonts fonts, PDPage page, String text, double x, double baseline,
                     double size, boolean bold) throws IOException {
        PDType0Font font = fonts.font(bold);
        out.beginText();
        out.setNonStrokingColor(0.07f, 0.09f, 0.15f);
        out.setFont(font, (float) size);
        out.newLineAtOffset((float) x, (float) (page.getMediaBox().getHeight() - baseline));
        out.showText(fonts.drawable(font, text));
        out.endText();
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
