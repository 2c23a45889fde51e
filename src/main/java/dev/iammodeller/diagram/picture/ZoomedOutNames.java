package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Below the zoom at which names are drawn in full ({@link NodeFace#DETAIL_SCALE}), the names of what matters now (the
 * selection, the stops of an escalation path drawn, what the selection reaches) over their nodes, each on a plate at a
 * readable size whatever the zoom; at most {@link #MOST} of them. Down to {@link NodeFace#NAMED_SCALE}, where each box
 * shows its name by itself, only those its box shows shortened. Where each goes, in screen units at that zoom: the
 * canvas draws them so, and the pictures drawn that small alike.
 */
public final class ZoomedOutNames {
    public static final int MOST = 200;
    /** Between a plate's edge and its name. */
    public static final double PADDING = 3;
    /** The size of a name, bold, on screen. */
    public static final double FONT = 12;
    /** The longest name shown, in characters (shortened in the middle past it). */
    private static final int LONGEST = 28;

    /** A node's name as shown, on its plate at {@code at} (screen units), framed as the selection's when it is. */
    public record Name(String id, String text, Rect at, boolean selected) {
    }

    private ZoomedOutNames() {
    }

    /**
     * The names at this zoom ({@code scale}), none at a zoom that draws names in full. Each goes over its node, or,
     * where a name placed before (the selection's first, then the steps', then the highlighted) or {@code keptOff}
     * (in world units: the frames' titles, the escalation badges) covers that place, to the nearest free one; a name
     * with no free place near it is left out, but the selection's, which stays over its node. None over a node whose
     * box shows its whole name by itself ({@code namedWhole}). A plate is as wide as {@code widths} measures its name
     * and {@code textHeight} high, with {@link #PADDING} around.
     */
    public static List<Name> of(IamModel model, Drawing drawing, Collection<String> selected, Collection<String> stepped,
                                Collection<String> emphasised, double scale, Collection<Rect> keptOff,
                                Predicate<String> namedWhole, TextWidth widths, double textHeight) {
        if (scale >= NodeFace.DETAIL_SCALE) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>(selected);
        ids.addAll(stepped);
        ids.addAll(emphasised);
        List<Rect> placed = new ArrayList<>();
        List<Rect> taken = new ArrayList<>();
        for (Rect area : keptOff) {
            taken.add(area.scaled(scale));
        }
        List<Name> out = new ArrayList<>();
        for (String id : ids) {
            Entity entity = model.entities().get(id);
            Rect box = drawing.nodes().get(id);
            if (entity == null || box == null || out.size() >= MOST || namedWhole.test(id)) {
                continue; // a box that says its name whole needs no plate over it
            }
            boolean isSelected = selected.contains(id);
            String text = Subtitles.shortenName(entity.name(), LONGEST);
            double width = widths.of(text, FONT, true) + 2 * PADDING;
            double height = textHeight + 2 * PADDING;
            // on screen: centred over the node's top edge
            Rect wanted = new Rect((box.x() + box.width() / 2) * scale - width / 2, box.y() * scale - height, width, height);
            Rect at = LabelPlaces.clear(wanted, true, placed, taken);
            if (!isSelected && !LabelPlaces.free(at, placed, taken)) {
                continue; // no free place near its node: it would hide another name, a badge or a title
            }
            placed.add(at);
            out.add(new Name(id, text, at, isSelected));
        }
        return out;
    }
}
