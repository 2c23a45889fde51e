package dev.iammodeller.diagram;

import static dev.iammodeller.diagram.AutoLayout.FRAME_HEADER;
import static dev.iammodeller.diagram.AutoLayout.FRAME_PADDING;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link AutoLayout#arrange}: keeps what a previous layout placed ({@link KeptPositions}), makes a frame that
 * lost its bounds around what it kept, and hands what is new to {@link LayoutPlacement}, container by
 * container, inner frames first: each new node, and each new frame whose content is all new (laid out from
 * scratch as one block).
 */
final class IncrementalLayout {
    private final LayoutContainers containers;
    private final Map<String, Point> nodes = new HashMap<>();
    private final Map<String, Bounds> frames = new HashMap<>();
    private final Set<String> kept = new HashSet<>();
    private final Map<String, List<LayoutPlacement.Item>> pending = new HashMap<>();

    /** A node to place, or a new frame laid out from scratch ({@code block}). */

    IncrementalLayout(LayoutContainers containers) {
        this.containers = containers;
    }

    Layout arrange(Layout previous) {
        KeptPositions.keep(containers, previous, nodes, frames);
        if (nodes.isEmpty() && frames.isEmpty()) {
            return new LayoutFromScratch(containers).layout();
        }
        LayoutFromScratch scratch = new LayoutFromScratch(containers);
        for (String frame : containers.postOrder()) {
            if (keepsSomething(frame)) {
                kept.add(frame);
            }
        }
        for (String frame : containers.postOrder()) {
            if (kept.contains(frame)) {
                fit(frame);
            } else if (isKept(containers.parent(frame))) {
                pending(containers.parent(frame)).add(new LayoutPlacement.Item(containers.entity(frame), scratch.frame(frame)));
            }
        }
        for (Entity entity : containers.model().entities().values()) {
            String home = AutoLayout.isFrame(entity.kind()) ? null : containers.home(entity.id());
            if (home != null && !nodes.containsKey(entity.id()) && isKept(home)) {
                pending(home).add(new LayoutPlacement.Item(entity, null));
            }
        }
        LayoutPlacement placement = new LayoutPlacement(containers, nodes, frames);
        List<String> order = new ArrayList<>(containers.postOrder());
        order.add(LayoutContainers.CANVAS);
        for (String container : order) {
            List<LayoutPlacement.Item> items = pending.get(container);
            if (items != null) {
                placement.place(container, items);
            }
        }
        return new Layout(nodes, frames);
    }

    private boolean isKept(String container) {
        return container.equals(LayoutContainers.CANVAS) || kept.contains(container);
    }

    private List<LayoutPlacement.Item> pending(String container) {
        return pending.computeIfAbsent(container, k -> new ArrayList<>());
    }

    private boolean keepsSomething(String frame) {
        if (frames.containsKey(frame)) {
            return true;
        }
        for (Entity node : containers.nodes(frame)) {
            if (nodes.containsKey(node.id())) {
                return true;
            }
        }
        for (String inner : containers.frames(frame)) {
            if (kept.contains(inner)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A frame that kept no bounds of its own made around what it kept inside, with room for its title and
     * padding. (A frame that kept its bounds holds what it kept: {@link KeptPositions} saw to that.)
     */
    private void fit(String frame) {
        double[] box = frames.containsKey(frame) ? null : LayoutPlacement.contentBox(containers, nodes, frames, frame, null);
        if (box != null) {
            frames.put(frame, new Bounds(box[0] - FRAME_PADDING, box[1] - FRAME_HEADER,
                    box[2] - box[0] + 2 * FRAME_PADDING, box[3] - box[1] + FRAME_HEADER + FRAME_PADDING));
        }
    }
}
