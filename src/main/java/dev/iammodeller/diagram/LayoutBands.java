package dev.iammodeller.diagram;

import java.util.List;

/**
 * Bands of nodes, one under the other, each of clusters laid left to right and wrapped at a number of
 * columns. A cluster (a role with the compute that runs as it and its inline policies, say) is never cut
 * across rows, so what belongs together stays side by side.
 */
final class LayoutBands {
    private final int columns;
    private final LayoutBlock block = new LayoutBlock();
    private double top;
    private boolean started;

    LayoutBands(int columns) {
        this.columns = columns;
    }

    /** Columns for this many nodes: a content about 1.6 times as wide as tall, and at least four. */
    static int columnsFor(int nodes) {
        return Math.max(4, (int) Math.ceil(Math.sqrt(0.7 * nodes)));
    }

    /** Adds a band below the previous one; nothing when there are no clusters. */
    void band(List<List<String>> clusters) {
        if (clusters.isEmpty()) {
            return;
        }
        if (started) {
            top += AutoLayout.BAND_GAP;
        }
        started = true;
        double bandTop = top;
        int rows = wrap(clusters, columns, (id, column, row) ->
                block.node(id, column * AutoLayout.CELL_WIDTH, bandTop + row * AutoLayout.CELL_HEIGHT));
        top += (rows - 1) * AutoLayout.CELL_HEIGHT + AutoLayout.NODE_HEIGHT;
    }

    /** The width and height these bands would take at this many columns, without placing anything. */
    static double[] size(List<List<List<String>>> bands, int columns) {
        int[] widest = {0};
        double height = 0;
        for (List<List<String>> clusters : bands) {
            if (clusters.isEmpty()) {
                continue;
            }
            int rows = wrap(clusters, columns, (id, column, row) -> widest[0] = Math.max(widest[0], column + 1));
            height += (height > 0 ? AutoLayout.BAND_GAP : 0) + (rows - 1) * AutoLayout.CELL_HEIGHT + AutoLayout.NODE_HEIGHT;
        }
        return new double[] {widest[0] == 0 ? 0 : widest[0] * AutoLayout.CELL_WIDTH - AutoLayout.COLUMN_GAP, height};
    }

    private interface Cell {
        void at(String id, int column, int row);
    }

    /** Puts clusters left to right, a cluster that would pass the last column starting a new row; the rows used. */
    private static int wrap(List<List<String>> clusters, int columns, Cell cell) {
        int column = 0;
        int row = 0;
        for (List<String> cluster : clusters) {
            if (column > 0 && column + cluster.size() > columns) {
                column = 0;
                row++;
            }
            for (String id : cluster) {
                cell.at(id, column, row);
                column++;
            }
        }
        return row + 1;
    }

    /** The x of a node already placed, or NaN. */
    double x(String id) {
        var point = block.nodes().get(id);
        return point == null ? Double.NaN : point.x();
    }

    LayoutBlock block() {
        return block;
    }
}
