package dev.iammodeller.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Print lays the diagram on pages: fitted on one while it stays readable, else tiled at half size. */
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
        assertEquals(0.5, page.scale(), 1e-9, "the width decides: 523 / 1046");
        assertEquals(1, page.columns());
        assertEquals(1, page.rows());
    }

    @Test
    void aLargeDiagramIsTiledAtHalfSizeRowByRow() {
        // 2,500 x 1,800 at 0.5 is 1,250 x 900 points: three pages across (523 each), two down (770 each).
        PageTiles pages = PageTiles.of(new Rect(-100, 50, 2500, 1800), PAGE_WIDTH, PAGE_HEIGHT);
        assertEquals(0.5, pages.scale(), 1e-9);
        assertEquals(3, pages.columns());
        assertEquals(2, pages.rows());
        assertEquals(new Rect(-100, 50, 1046, 1540), pages.tiles().get(0));
        assertEquals(new Rect(946, 50, 1046, 1540), pages.tiles().get(1));
        assertEquals(new Rect(1992, 50, 408, 1540), pages.tiles().get(2), "the last column holds what is left");
        assertEquals(new Rect(-100, 1590, 1046, 260), pages.tiles().get(3), "the second row starts at the left");
        assertEquals(6, pages.tiles().size());
    }

    @Test
    void aLandscapePageHoldsAWideDiagramThatAPortraitOneMustTile() {
        Rect wide = new Rect(0, 0, 1400, 600);
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
