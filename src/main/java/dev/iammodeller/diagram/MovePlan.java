package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a drag moves and the one command it ends with: the selected shapes and, for a selected frame,
 * everything it holds. {@code lead} is the shape under the pointer: snapping aligns its corner to the grid
 * and the rest follow by the same offset.
 */
public record MovePlan(Set<String> ids, String lead, Map<String, Rect> start) {

    public static MovePlan of(Drawing drawing, Set<String> selection, String lead) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : selection) {
            if (drawing.shape(id) != null) {
                ids.add(id);
                ids.addAll(drawing.containment().contentsOf(id));
            }
        }
        Map<String, Rect> start = new LinkedHashMap<>();
        for (String id : ids) {
            Rect r = drawing.shape(id);
            if (r != null) {
                start.put(id, r);
            }
        }
        return new MovePlan(Set.copyOf(start.keySet()), lead, start);
    }

    /** The offset to apply for a pointer moved by (dx, dy): snapped so the lead's corner lands on the grid. */
    public Point offset(double dx, double dy, Grid grid) {
        Rect leadStart = start.get(lead);
        if (grid == null || leadStart == null) {
            return new Point(dx, dy);
        }
        return new Point(grid.snap(leadStart.x() + dx) - leadStart.x(), grid.snap(leadStart.y() + dy) - leadStart.y());
    }

    /** The command that puts every moved shape at its start plus the offset, or null for no move at all. */
    public MoveShapes command(Point offset, IamModel model) {
        if (offset.x() == 0 && offset.y() == 0) {
            return null;
        }
        Map<String, Layout.Point> nodes = new LinkedHashMap<>();
        Map<String, Layout.Bounds> frames = new LinkedHashMap<>();
        start.forEach((id, r) -> {
            Rect moved = r.moved(offset.x(), offset.y());
            boolean frame = model.entity(id).map(e -> KindLooks.isFrame(e.kind())).orElse(false);
            if (frame) {
                frames.put(id, moved.bounds());
            } else {
                nodes.put(id, moved.topLeft());
            }
        });
        String label = start.size() == 1
                ? "Move " + model.entity(lead).map(e -> e.name()).orElse(lead)
                : "Move " + start.size() + " shapes";
        return new MoveShapes(nodes, frames, label);
    }
}
