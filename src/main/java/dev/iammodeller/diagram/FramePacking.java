package dev.iammodeller.diagram;

import java.util.List;
import java.util.TreeSet;

/**
 * Places blocks (frames, the shared area) in rows, left to right in the order given, starting a new row
 * when the next block would pass the row width: shelf packing. The row width is chosen for the shape of
 * the window the drawing is shown in ({@link AutoLayout#VIEW_ASPECT}): of the widths at which a row can
 * break, the one whose packing a viewport of that shape shows whole at the largest zoom.
 */
final class FramePacking {
    /** Past this many blocks, only this many row widths (evenly spread) are tried. */
    private static final int MOST_TRIES = 64;

    private FramePacking() {
    }

    /** The blocks in the rows that a viewport of {@code aspect} (width by height) shows largest. */
    static LayoutBlock packToShape(List<LayoutBlock> blocks, double aspect) {
        return pack(blocks, rowWidth(blocks, new LayoutBlock(), aspect));
    }

    /**
     * The row width for these blocks, placed under {@code above} (which may be empty), that makes the
     * whole need the least room in a viewport of {@code aspect}: the least {@code max(width, height × aspect)};
     * the narrower on a tie.
     */
    static double rowWidth(List<LayoutBlock> blocks, LayoutBlock above, double aspect) {
        double best = Double.POSITIVE_INFINITY;
        double bestWidth = 0;
        for (double width : candidateWidths(blocks)) {
            double[] rows = size(blocks, width);
            double w = Math.max(above.width(), rows[0]);
            double h = above.isEmpty() ? rows[1] : above.height() + AutoLayout.FRAME_GAP + rows[1];
            double need = Math.max(w, h * aspect);
            if (need < best - 0.5) {
                best = need;
                bestWidth = width;
            }
        }
        return bestWidth;
    }

    /** The widths at which a row of the first blocks ends (each a row of its own up to all in one row), narrowest first. */
    private static TreeSet<Double> candidateWidths(List<LayoutBlock> blocks) {
        TreeSet<Double> widths = new TreeSet<>();
        int step = Math.max(1, blocks.size() / MOST_TRIES);
        double x = 0;
        for (int i = 0; i < blocks.size(); i++) {
            x += blocks.get(i).width();
            if (i % step == 0 || i == blocks.size() - 1) {
                widths.add(x);
            }
            x += AutoLayout.FRAME_GAP;
        }
        return widths;
    }

    /** The width and height {@link #pack} would give, without placing anything. */
    private static double[] size(List<LayoutBlock> blocks, double rowWidth) {
        return shelves(blocks, rowWidth, null);
    }

    /** The blocks in rows no wider than {@code rowWidth} (a block wider than that has a row of its own). */
    static LayoutBlock pack(List<LayoutBlock> blocks, double rowWidth) {
        LayoutBlock out = new LayoutBlock();
        shelves(blocks, rowWidth, (block, x, y) -> out.add(block, x, y));
        return out;
    }

    private interface Placing {
        void at(LayoutBlock block, double x, double y);
    }

    /** Walks the shelves, telling {@code placing} (if any) where each block goes; the width and height of the whole. */
    private static double[] shelves(List<LayoutBlock> blocks, double rowWidth, Placing placing) {
        double x = 0;
        double y = 0;
        double width = 0;
        double rowHeight = 0;
        for (LayoutBlock block : blocks) {
            if (x > 0 && x + block.width() > rowWidth) {
                x = 0;
                y += rowHeight + AutoLayout.FRAME_GAP;
                rowHeight = 0;
            }
            if (placing != null) {
                placing.at(block, x, y);
            }
            width = Math.max(width, x + block.width());
            x += block.width() + AutoLayout.FRAME_GAP;
            rowHeight = Math.max(rowHeight, block.height());
        }
        return new double[] {width, y + rowHeight};
    }

    /** One block above the other, {@code gap} apart; either may be empty. */
    static LayoutBlock stack(LayoutBlock top, LayoutBlock bottom, double gap) {
        LayoutBlock out = new LayoutBlock();
        out.add(top, 0, 0);
        out.add(bottom, 0, top.isEmpty() || bottom.isEmpty() ? top.height() : top.height() + gap);
        return out;
    }
}
