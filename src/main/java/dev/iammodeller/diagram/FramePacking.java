package dev.iammodeller.diagram;

import java.util.List;

/**
 * Places blocks (frames, the shared area) in rows, left to right in the order given, starting a new row
 * when the next block would pass the row width: shelf packing, enough for a few hundred accounts.
 */
final class FramePacking {
    private FramePacking() {
    }

    /** A row width that makes the blocks' rows about as wide as they are tall, and at least the widest block. */
    static double rowWidth(List<LayoutBlock> blocks) {
        double area = 0;
        double widest = 0;
        for (LayoutBlock block : blocks) {
            area += (block.width() + AutoLayout.FRAME_GAP) * (block.height() + AutoLayout.FRAME_GAP);
            widest = Math.max(widest, block.width());
        }
        return Math.max(widest, Math.ceil(Math.sqrt(area) * 1.5));
    }

    /** The blocks in rows no wider than {@code rowWidth} (a block wider than that has a row of its own). */
    static LayoutBlock pack(List<LayoutBlock> blocks, double rowWidth) {
        LayoutBlock out = new LayoutBlock();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (LayoutBlock block : blocks) {
            if (x > 0 && x + block.width() > rowWidth) {
                x = 0;
                y += rowHeight + AutoLayout.FRAME_GAP;
                rowHeight = 0;
            }
            out.add(block, x, y);
            x += block.width() + AutoLayout.FRAME_GAP;
            rowHeight = Math.max(rowHeight, block.height());
        }
        return out;
    }

    /** One block above the other, {@code gap} apart; either may be empty. */
    static LayoutBlock stack(LayoutBlock top, LayoutBlock bottom, double gap) {
        LayoutBlock out = new LayoutBlock();
        out.add(top, 0, 0);
        out.add(bottom, 0, top.isEmpty() || bottom.isEmpty() ? top.height() : top.height() + gap);
        return out;
    }
}
