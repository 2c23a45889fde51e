package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Layout;
import java.util.ArrayList;
import java.util.List;

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
        for (String frame : containers.frames(LayoutContainers.CANVAS)) {
            boolean root = containers.entity(frame).kind() == EntityKind.ORGANIZATION_ROOT;
            (root ? roots : rest).add(frame(frame));
        }
        rest.add(shared(containers.nodes(LayoutContainers.CANVAS)));
        rest.removeIf(LayoutBlock::isEmpty);
        LayoutBlock top = FramePacking.packToShape(roots, AutoLayout.VIEW_ASPECT);
        LayoutBlock below = FramePacking.pack(rest, FramePacking.rowWidth(rest, top, AutoLayout.VIEW_ASPECT));
        return FramePacking.stack(top, below, AutoLayout.FRAME_GAP);
    }

    /** The shared area: what belongs to no account (AWS managed policies, services...). */
    static LayoutBlock shared(List<Entity> nodes) {
        return AccountBands.byKind(nodes, LayoutBands.columnsFor(nodes.size()));
    }

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
