package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Rect;
import java.util.List;

/** Where to put a box beside another without covering what is drawn: what an escalation path creates. */
public final class FreeSpace {
    private static final double GAP = 120;

    private FreeSpace() {
    }

    /** A place of {@code from}'s size near it that covers none of {@code taken}: right, below, left, above, then further out. */
    public static Rect beside(Rect from, List<Rect> taken) {
        for (int ring = 1; ring <= 6; ring++) {
            double dx = ring * (from.width() + GAP);
            double dy = ring * (from.height() + GAP);
            for (Rect candidate : List.of(from.moved(dx, 0), from.moved(0, dy), from.moved(dx, dy),
                    from.moved(-dx, 0), from.moved(0, -dy))) {
                if (taken.stream().noneMatch(r -> r.intersects(candidate.grow(12)))) {
                    return candidate;
                }
            }
        }
        return from.moved(from.width() + GAP, 0);
    }
}
