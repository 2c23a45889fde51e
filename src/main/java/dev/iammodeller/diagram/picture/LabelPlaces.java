package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps the labels drawn over the diagram readable (on the canvas and in the pictures): a label that would
 * cover a node, an escalation badge, a frame's title band or a label placed before moves to the nearest free place: the
 * places tried go out from where it is, a move along its arrow counting a fifth more than one across it, so that at the
 * same distance it goes across (above, then below a level arrow; right, then left of an upright one) rather than along,
 * and never far across while a place a little along is free (a tall label of three steps went 200 px up past a box
 * while the room beside its arrow was free).
 */
public final class LabelPlaces {
    private static final int ACROSS = 8;
    private static final int ALONG = 4;
    /**
     * The room a label moved off what it covered keeps from it: the outlines of its plate and of a badge are drawn
     * partly outside the boxes they are weighed by.
     */
    private static final double CLEARANCE = 4;
    /** How much more a move along a label's arrow counts than one across it. */
    private static final double ALONG_WEIGHT = 1.2;

    private LabelPlaces() {
    }

    /**
     * What labels keep off: every node's box, the title band of every frame, and the badge of every node in
     * {@code badged}; badges and titles as drawn {@code scale} times larger (the canvas zoomed out).
     */
    public static List<Rect> taken(Drawing drawing, Collection<String> badged, double scale) {
        List<Rect> out = new ArrayList<>(drawing.nodes().values());
        for (Rect frame : drawing.frames().values()) {
            out.add(FrameFace.titleBand(frame, scale));
        }
        out.addAll(badges(drawing, badged, scale));
        return out;
    }

    /** The escalation badge of every node in {@code badged} that is drawn, as drawn {@code scale} times larger. */
    public static List<Rect> badges(Drawing drawing, Collection<String> badged, double scale) {
        List<Rect> out = new ArrayList<>();
        for (String id : badged) {
            Rect node = drawing.nodes().get(id);
            if (node != null) {
                out.add(NodeFace.badge(node, scale));
            }
        }
        return out;
    }

    /**
     * Where a label's box goes: the nearest free place, or where it is when there is none. Only what lies within reach
     * of the places tried is looked at, once (a large model keeps thousands of boxes and badges).
     */
    public static Rect clear(Rect box, boolean level, Collection<Rect> placed, Collection<Rect> taken) {
        List<double[]> offsets = offsets(box, level);
        double reachX = 0;
        double reachY = 0;
        for (double[] offset : offsets) {
            reachX = Math.max(reachX, Math.abs(offset[0]));
            reachY = Math.max(reachY, Math.abs(offset[1]));
        }
        // the least moves that clear what the label covers where it is, as far as the steps reach, tried with them by
        // how far they go: a label a little over a box moves off it by that little, into a gap narrower than a step
        // (example 07's lambda:UpdateFunctionCode, 42 units tall in a 56-unit gap, went 237 units aside, out of view)
        List<Rect> covered = new ArrayList<>(within(placed, box));
        covered.addAll(within(taken, box));
        for (Rect hit : covered) {
            for (double[] offset : new double[][] {{0, hit.y() - CLEARANCE - box.maxY()}, {0, hit.maxY() + CLEARANCE - box.y()},
                    {hit.x() - CLEARANCE - box.maxX(), 0}, {hit.maxX() + CLEARANCE - box.x(), 0}}) {
                if (Math.abs(offset[0]) <= reachX && Math.abs(offset[1]) <= reachY) {
                    offsets.add(offset);
                }
            }
        }
        // nearest first; a stable sort keeps the order above among places as far (the steps' before the least moves)
        offsets.sort(java.util.Comparator.comparingDouble(offset -> distance(offset, level)));
        Rect reach = new Rect(box.x() - reachX, box.y() - reachY, box.width() + 2 * reachX, box.height() + 2 * reachY);
        List<Rect> nearPlaced = within(placed, reach);
        List<Rect> nearTaken = within(taken, reach);
        for (double[] offset : offsets) {
            Rect moved = box.moved(offset[0], offset[1]);
            if (free(moved, nearPlaced, nearTaken)) {
                return moved;
            }
        }
        return box;
    }

    private static List<Rect> within(Collection<Rect> rects, Rect reach) {
        List<Rect> out = new ArrayList<>();
        for (Rect rect : rects) {
            if (rect.intersects(reach)) {
                out.add(rect);
            }
        }
        return out;
    }

    private static List<double[]> offsets(Rect box, boolean level) {
        double stepX = box.width() / 4 + 2;
        double stepY = box.height() / 2 + 2;
        List<double[]> out = new ArrayList<>();
        out.add(new double[] {0, 0});
        for (int along = 0; along <= ALONG * 2; along++) {
            double a = (along % 2 == 0 ? -1 : 1) * ((along + 1) / 2);
            for (int across = 0; across <= ACROSS; across++) {
                for (int side : level ? new int[] {-1, 1} : new int[] {1, -1}) {
                    out.add(level ? new double[] {a * stepX, side * across * stepY}
                            : new double[] {side * across * stepX, a * stepY});
                }
            }
        }
        return out; // in this order: clear sorts them, with its least moves, nearest first
    }

    /** How far a move goes, one along the label's arrow counting {@link #ALONG_WEIGHT} times one across it. */
    private static double distance(double[] offset, boolean level) {
        return level ? Math.hypot(ALONG_WEIGHT * offset[0], offset[1]) : Math.hypot(offset[0], ALONG_WEIGHT * offset[1]);
    }

    /** Whether a label's box covers none of the labels placed before and nothing it keeps off. */
    public static boolean free(Rect box, Collection<Rect> placed, Collection<Rect> taken) {
        return free(box, placed) && free(box, taken);
    }

    private static boolean free(Rect box, Collection<Rect> taken) {
        return taken.stream().noneMatch(box::intersects);
    }
}
