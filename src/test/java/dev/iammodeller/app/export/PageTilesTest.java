package dev.iammodeller.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Print lays the diagram on pages: fitted on one while it stays readable (40 %), else tiled at 40 %. */
class PageTilesTest {
    /** A4 portrait less margins of about half an inch, in points. */
    private static final double PAGE_WIDTH = 523;
    private static final double PAGE_HEIGHT = 770;

    @Test
    void aSmallDiagramFillsOnePageWithoutGrowingPastOneAndAHalf() {
        PageTiles small = PageTiles.of(new Rect(10, 20, 200, 100), PAGE_WIDTH, PAGE_HEIGHT);
        assertEquals(1.5, small.scale(), 1e-9, "523/200 would be 2.6: capped");
        assertEquals(List.of(new Rect(10, 20, 200, 100)), small.tiles());
    }

    @Test
    void aDiagramThatFitsReadablyIsScaledDownOntoOnePage() {
        PageTiles page = PageTiles.of(new Rect(0, 0, 1046, 400), PAGE_WIDTH, PAGE_HEIGHT);
        assertEquals(0.5, page.scale(), 1e-9, "the width decides: 523 / 1046, above 40 %");
        assertEquals(1, page.columns());
        assertEquals(1, page.rows());
    }

    @Test
    void aLargeDiagramIsTiledAt40PercentRowByRow() {
        // 2,500 x 2,000 at 0.4 is 1,000 x 800 points: two pages across (523 each), two down (770 each);
        // a page shows 523 / 0.4 = 1,307.5 x 770 / 0.4 = 1,925 of the world.
        double across = 523 / 0.4;
        double down = 770 / 0.4;
        PageTiles pages = PageTiles.of(new Rect(-100, 50, 2500, 2000), PAGE_WIDTH, PAGE_HEIGHT);
        assertEquals(0.4, pages.scale(), 1e-9);
        assertEquals(2, pages.columns());
        assertEquals(2, pages.rows());
        assertRect(-100, 50, across, down, pages.tiles().get(0));
        assertRect(-100 + across, 50, 2500 - across, down, pages.tiles().get(1));
        assertRect(-100, 50 + down, across, 2000 - down, pages.tiles().get(2));
        assertEquals(4, pages.tiles().size());
    }

    @Test
    void theFirstExampleFitsOneLandscapePageThatAPortraitOneMustTile() {
        // example 1 is 1,668 x 352 with its margin; A4 with margins of 3/4 inch holds 487 x 734 points
        Rect example = new Rect(0, 0, 1668, 352);
        assertEquals(2, PageTiles.of(example, 487, 734).tiles().size(), "487 / 1,668 is 29 %");
        assertEquals(1, PageTiles.of(example, 734, 487).tiles().size(), "734 / 1,668 is 44 %");
        assertTrue(PageTiles.turnsBetter(example, 487, 734));
    }

    private static void assertRect(double x, double y, double width, double height, Rect actual) {
        assertEquals(x, actual.x(), 1e-6, "x");
        assertEquals(y, actual.y(), 1e-6, "y");
        assertEquals(width, actual.width(), 1e-6, "width");
        assertEquals(height, actual.height(), 1e-6, "height");
    }

    @Test
    void aLandscapePageHoldsAWideDiagramThatAPortraitOneMustTile() {
        Rect wide = new Rect(0, 0, 1500, 600);
        assertEquals(2, PageTiles.of(wide, PAGE_WIDTH, PAGE_HEIGHT).tiles().size());
        assertEquals(1, PageTiles.of(wide, PAGE_HEIGHT, PAGE_WIDTH).tiles().size());
    }

    @Test
    void thePageIsTurnedWhenThatTakesFewerPagesOrPrintsLarger() {
        assertTrue(PageTiles.turnsBetter(new Rect(0, 0, 1400, 600), PAGE_WIDTH, PAGE_HEIGHT), "two pages become one");
        assertTrue(PageTiles.turnsBetter(new Rect(0, 0, 700, 300), PAGE_WIDTH, PAGE_HEIGHT),
                "one page either way, but 770/700 is larger than 523/700");
        assertFalse(PageTiles.turnsBetter(new Rect(0, 0, 300, 700), PAGE_WIDTH, PAGE_HEIGHT), "a tall diagram stays upright");
        assertFalse(PageTiles.turnsBetter(new Rect(0, 0, 100, 100), PAGE_WIDTH, PAGE_HEIGHT),
                "a small one is capped at 150 % either way");
    }

    @Test
    void aPageWithNoPrintableAreaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageTiles.of(new Rect(0, 0, 10, 10), 0, 700));
    }
}
