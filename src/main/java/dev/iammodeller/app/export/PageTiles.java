package dev.iammodeller.app.export;

import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * How File › Print lays the diagram on pages: on one page, scaled to fit (never enlarged past
 * {@link #LARGEST}), while that keeps it at {@link #READABLE} of its size or more; else at {@link #READABLE}
 * over as many pages as it needs, in rows, left to right, each page showing one tile of the world.
 *
 * @param scale   points on paper per unit of the world (1: as the canvas draws it at 100 %)
 * @param columns pages across
 * @param rows    pages down
 * @param tiles   the part of the world each page shows, row by row
 */
public record PageTiles(double scale, int columns, int rows, List<Rect> tiles) {
    /** The smallest scale at which names on the nodes stay readable: their 13 px print at about 5 points. */
    public static final double READABLE = 0.4;
    public static final double LARGEST = 1.5;

    public PageTiles {
        tiles = List.copyOf(tiles);
    }

    /** The pages of a region of the world on pages of this printable size (in points). */
    public static PageTiles of(Rect region, double pageWidth, double pageHeight) {
        if (pageWidth <= 0 || pageHeight <= 0) {
            throw new IllegalArgumentException("a page has no printable area");
        }
        double width = Math.max(1, region.width());
        double height = Math.max(1, region.height());
        double fit = Math.min(pageWidth / width, pageHeight / height);
        if (fit >= READABLE) {
            return new PageTiles(Math.min(fit, LARGEST), 1, 1, List.of(region));
        }
        double tileWidth = pageWidth / READABLE;
        double tileHeight = pageHeight / READABLE;
        int columns = (int) Math.ceil(width / tileWidth);
        int rows = (int) Math.ceil(height / tileHeight);
        List<Rect> tiles = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double x = region.x() + column * tileWidth;
                double y = region.y() + row * tileHeight;
                tiles.add(new Rect(x, y, Math.min(tileWidth, region.maxX() - x), Math.min(tileHeight, region.maxY() - y)));
            }
        }
        return new PageTiles(READABLE, columns, rows, tiles);
    }

    /** True when the page turned (width and height swapped) takes the region on fewer pages, or as many larger. */
    public static boolean turnsBetter(Rect region, double pageWidth, double pageHeight) {
        PageTiles upright = of(region, pageWidth, pageHeight);
        PageTiles turned = of(region, pageHeight, pageWidth);
        return turned.tiles().size() < upright.tiles().size()
                || turned.tiles().size() == upright.tiles().size() && turned.scale() > upright.scale();
    }
}
