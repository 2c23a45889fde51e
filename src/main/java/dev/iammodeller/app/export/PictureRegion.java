package dev.iammodeller.app.export;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import java.util.Collection;

/**
 * What a picture of the canvas covers and how large it is made (Copy as Image, Print): the selected shapes, or
 * the whole drawing when nothing is selected, with a margin; a scale lowered so that the picture stays within
 * what one image can hold (no side over {@link #MAX_SIDE} pixels, no more than {@link #MAX_PIXELS} in all), so a
 * huge model gives a smaller picture, never an out-of-memory.
 */
public final class PictureRegion {
    public static final double MARGIN = 24;
    public static final int MAX_SIDE = 8192;
    public static final long MAX_PIXELS = 40_000_000L;

    private PictureRegion() {
    }

    /** The part of the world holding these shapes (the whole drawing when none of them is drawn), with a margin. */
    public static Rect of(Drawing drawing, Collection<String> ids) {
        Rect region = null;
        for (String id : ids) {
            Rect shape = drawing.shape(id);
            if (shape != null) {
                region = region == null ? shape : region.union(shape);
            }
        }
        return (region == null ? drawing.extent() : region).grow(MARGIN);
    }

    /** The scale nearest to {@code wanted} at which the region's picture stays within the limits. */
    public static double scaleWithin(Rect region, double wanted) {
        double longest = Math.max(1, Math.max(region.width(), region.height()));
        double bySide = MAX_SIDE / longest;
        double byPixels = Math.sqrt(MAX_PIXELS / Math.max(1, region.width() * region.height()));
        return Math.min(wanted, Math.min(bySide, byPixels));
    }
}
