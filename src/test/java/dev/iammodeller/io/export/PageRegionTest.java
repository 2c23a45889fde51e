package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.Colour;
import dev.iammodeller.diagram.picture.Mark;
import dev.iammodeller.diagram.picture.Outline;
import dev.iammodeller.diagram.picture.PictureGroup;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What one page of a tiled PDF draws: only the marks that can show in its region, in order. */
class PageRegionTest {
    private static final Colour INK = new Colour(10, 20, 30, 1);

    @Test
    void aStraightLineMeetsARectangleOnlyWhenItPassesThroughIt() {
        Rect corner = new Rect(80, 0, 20, 20);
        assertFalse(PageRegion.lineMeets(0, 0, 100, 100, corner), "the diagonal passes below the top-right corner");
        assertTrue(PageRegion.lineMeets(0, 0, 100, 100, new Rect(40, 40, 20, 20)), "through the middle");
        assertTrue(PageRegion.lineMeets(0, 100, 100, 0, corner), "the other diagonal crosses the corner");
        assertTrue(PageRegion.lineMeets(0, 80, 80, 80, new Rect(80, 80, 5, 5)), "touching a corner counts");
        assertFalse(PageRegion.lineMeets(0, 0, 10, 0, new Rect(20, -5, 5, 10)), "ends before it");
        assertTrue(PageRegion.lineMeets(50, 50, 50, 50, new Rect(40, 40, 20, 20)), "a point inside");
    }

    @Test
    void aLongEdgeIsLeftOffATileItsBoxCoversButItsLineMisses() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            Mark line = Mark.Shape.stroked(Outline.polyline(0, 0, 1000, 1000), INK, 1.5, List.of());
            Mark label = new Mark.Text("attached", 500, 500, 11, false, INK);
            PictureGroup edge = new PictureGroup("edge", null, "edge", new Rect(0, 0, 1000, 1000), List.of(line, label));
            Mark box = Mark.Shape.filled(Outline.roundRect(new Rect(0, 0, 1000, 1000), 8), INK);
            PictureGroup frame = new PictureGroup("frame", "a", "account", new Rect(0, 0, 1000, 1000), List.of(box));
            PictureGroup far = new PictureGroup("node", "n", "node", new Rect(2000, 2000, 10, 10), List.of(box));

            List<PictureGroup> corner = new PageRegion(new Rect(800, 0, 200, 200), fonts).shown(List.of(frame, edge, far));
            assertEquals(List.of("frame", "edge"), corner.stream().map(PictureGroup::role).toList(), "in order, the far node left out");
            assertSame(frame, corner.get(0), "the frame's fill covers the corner");
            assertEquals(List.of(), corner.get(1).marks(), "neither the line nor its label shows in the corner");

            List<PictureGroup> middle = new PageRegion(new Rect(400, 400, 200, 200), fonts).shown(List.of(edge));
            assertSame(edge, middle.get(0), "the line and its label show in the middle");

            List<PictureGroup> besideLabel = new PageRegion(new Rect(540, 480, 100, 30), fonts).shown(List.of(edge));
            assertEquals(List.of(label), besideLabel.get(0).marks(), "the end of the label's text, measured, reaches past the line");
        }
    }
}
