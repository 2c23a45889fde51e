package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** What the PDF's fonts draw of a name, and how wide it is: asked of the font once per character. */
class PdfFontsTest {
    @Test
    void charactersTheFontCannotDrawAreReplacedAndTheRestKept() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            for (boolean bold : new boolean[] {false, true}) {
                PDType0Font font = fonts.font(bold);
                assertEquals("Zoë's role-ä/Ω", fonts.drawable(font, "Zoë's role-ä/Ω"));
                assertEquals("a\uFFFDb", fonts.drawable(font, "a\u0007b"), "a control character");
                assertEquals("x\uFFFDy\uFFFD", fonts.drawable(font, "x中y\uD800"), "a character DejaVu lacks, a lone surrogate");
                assertEquals("x\uFFFDy\uFFFD", fonts.drawable(font, "x中y\uD800"), "asked again, the same");
            }
        }
    }

    @Test
    void aTextIsAsWideAsItsCharactersAndAReplacedOneAsWhatReplacesIt() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            double a = fonts.width(false, "a", 10);
            double w = fonts.width(false, "W", 10);
            assertTrue(a > 0 && w > a, a + " " + w);
            assertEquals(2 * a + w, fonts.width(false, "aWa", 10), 1e-9);
            assertEquals(2 * fonts.width(false, "aWa", 10), fonts.width(false, "aWa", 20), 1e-9);
            assertEquals(fonts.width(false, "\uFFFD", 10), fonts.width(false, "中", 10), 1e-9);
            assertTrue(fonts.width(true, "W", 10) >= w, "bold is at least as wide");
        }
    }
}
