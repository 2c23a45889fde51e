package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Rect;
import java.util.List;

/**
 * What an exported picture draws, in the canvas's coordinates: the groups in drawing order (frames, edges,
 * nodes, the highlights' arrows, what an escalation path creates and gains, the legend) on a background,
 * within {@code bounds}. Every renderer (SVG, PNG, PDF) draws exactly these marks.
 */
public record Picture(Rect bounds, Colour background, List<PictureGroup> groups) {
    public Picture {
        groups = List.copyOf(groups);
    }

    /** The groups whose box meets a region (a page of a tiled PDF), in drawing order. */
    public List<PictureGroup> within(Rect region) {
        return groups.stream().filter(g -> g.box().intersects(region)).toList();
    }

    /** The group of a role ({@code legend}), or null. */
    public PictureGroup group(String role) {
        return groups.stream().filter(g -> g.role().equals(role)).findFirst().orElse(null);
    }
}
