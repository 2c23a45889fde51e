package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Layout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole layout from nothing: each organization root in a row on top, then the accounts and units that
 * belong to no root, and the shared area last; a unit or root holds its policies above its inner frames,
 * packed in rows; an account holds its {@link AccountBands}. Everything is sorted, so the same model
 * always gives the same layout.
 */
final class LayoutFromScratch {
    private final LayoutContainers containers;

    LayoutFromScratch(LayoutContainers containers) {
        this.containers = containers;
    }

    Layout layout() {
        return canvas().toLayout();
    }

    private LayoutBlock canvas() {
        List<LayoutBlock> roots = new ArrayList<>();
        List<LayoutBlock> rest = new ArrayList<>();
        Map<String, Layout.Point> inFrames = new HashMap<>();
        for (String frame : containers.frames(LayoutContainers.CANVAS)) {
            boolean root = containers.entity(frame).kind() == EntityKind.ORGANIZATION_ROOT;
            LayoutBlock block = frame(frame);
            inFrames.putAll(block.nodes());
            (root ? roots : rest).add(block);
        }
        rest.add(shared(containers.nodes(LayoutContainers.CANVAS), containers.relations(), inFrames));
        rest.removeIf(LayoutBlock::isEmpty);
        LayoutBlock top = FramePacking.packToShape(roots, AutoLayout.VIEW_ASPECT);
        LayoutBlock below = FramePacking.pack(rest, FramePacking.rowWidth(rest, top, AutoLayout.VIEW_ASPECT));
        return FramePacking.stack(top, below, AutoLayout.FRAME_GAP);
    }

    /**
     * The shared area: what belongs to no account (AWS managed policies, services...). Its policies attached to something
     * come first, in the order of where their holders are in their frames ({@code placed}: left to right, then top to
     * bottom, by the mean of their places), so that their attachments run short and cross less; the rest by name.
     */
    static LayoutBlock shared(List<Entity> nodes, LayoutRelations relations, Map<String, Layout.Point> placed) {
        Map<String, double[]> holders = new HashMap<>();
        for (Entity node : nodes) {
            double x = 0;
            double y = 0;
            int count = 0;
            for (String holder : relations.principalsOf(node.id())) {
                Layout.Point p = placed.get(holder);
                if (p != null) {
                    x += p.x();
                    y += p.y();
                    count++;
                }
            }
            if (count > 0) {
                holders.put(node.id(), new double[] {x / count, y / count});
            }
        }
        Comparator<Entity> byHolders = Comparator.comparingInt((Entity e) -> holders.containsKey(e.id()) ? 0 : 1)
                .thenComparingDouble(e -> holders.getOrDefault(e.id(), NONE)[0])
                .thenComparingDouble(e -> holders.getOrDefault(e.id(), NONE)[1]);
        return AccountBands.byKind(nodes, LayoutBands.columnsFor(nodes.size()), byHolders);
    }

    private static final double[] NONE = {0, 0};

    /** A frame and everything in it, with the frame's top-left corner at 0, 0. */
    LayoutBlock frame(String id) {
        List<Entity> members = containers.nodes(id);
        LayoutBlock content;
        if (containers.entity(id).kind() == EntityKind.ACCOUNT && containers.frames(id).isEmpty()) {
            content = AccountBands.account(containers.relations(), members);
        } else {
            List<LayoutBlock> inner = new ArrayList<>();
            for (String frame : containers.frames(id)) {
                inner.add(frame(frame));
            }
            LayoutBlock packed = FramePacking.packToShape(inner, AutoLayout.VIEW_ASPECT);
            int columns = Math.max(LayoutBands.columnsFor(members.size()),
                    (int) ((packed.width() + AutoLayout.COLUMN_GAP) / AutoLayout.CELL_WIDTH));
            content = FramePacking.stack(AccountBands.byKind(members, columns), packed, AutoLayout.BAND_GAP);
        }
        return content.framed(id);
    }
}
