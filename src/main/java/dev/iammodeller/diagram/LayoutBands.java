package dev.iammodeller.diagram;

import java.util.List;

/**
 * Bands of nodes, one under the other, each of clusters laid left to right and wrapped at a number of
 * columns. A cluster (a role with the compute that runs as it and its inline policies, say) is never cut
 * across rows, so what belongs together stays side by side. A band may instead hold stacks: each a head (a
 * group) over its body (its members), side by side and wrapped into shelves, so that the members sit under
 * what they belong to.
 */
final class LayoutBands {
    /** A stack's body wraps to about this many rows, so that its members' edges to the head stay short. */
    static final int STACK_ROWS = 3;
    /** A stack's body of up to this many cells goes in one row. */
    static final int ONE_ROW = 4;
    private final int columns;
    /** Only counting the columns and height the bands take (for {@link #size}), placing nothing. */
    private final boolean measuring;
    private int widest;
    private final LayoutBlock block = new LayoutBlock();
    private double top;
    private boolean started;

    /** A band: clusters wrapped at the columns, or (when {@code stacks} is not empty) stacks side by side. */
    record Band(List<List<String>> clusters, List<Stack> stacks) {
        static Band of(List<List<String>> clusters) {
            return new Band(clusters, List.of());
        }

        static Band stacked(List<Stack> stacks) {
            return new Band(List.of(), stacks);
        }

        boolean isEmpty() {
            return clusters.isEmpty() && stacks.isEmpty();
        }
    }

    /** A head's clusters (a group with its inline policies) centred over its body's (the group's members), wrapped below it. */
    record Stack(List<List<String>> head, List<List<String>> body) {
        /**
         * How many columns the stack takes: a body of up to {@link #ONE_ROW} cells in one row (its edges to the head cross
         * nothing), a larger one in about {@link #STACK_ROWS} rows; at least its head, at most {@code columns}.
         */
        int width(int columns) {
            int members = cells(body);
            int inStackRows = (members + STACK_ROWS - 1) / STACK_ROWS;
            int wide = Math.max(Math.max(cells(head), longest(body)), Math.max(Math.min(members, ONE_ROW), inStackRows));
            return Math.max(longest(head), Math.min(columns, wide));
        }

        /** How many cells the clusters take in a row. */
        static int cells(List<List<String>> clusters) {
            return clusters.stream().mapToInt(List::size).sum();
        }

        private static int longest(List<List<String>> clusters) {
            return clusters.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    LayoutBands(int columns) {
        this(columns, false);
    }

    private LayoutBands(int columns, boolean measuring) {
        this.columns = columns;
        this.measuring = measuring;
    }

    /** Columns for this many nodes: a content about 1.6 times as wide as tall, and at least four. */
    static int columnsFor(int nodes) {
        return Math.max(4, (int) Math.ceil(Math.sqrt(0.7 * nodes)));
    }

    /** Adds a band below the previous one; nothing when there are no clusters. */
    void band(List<List<String>> clusters) {
        band(Band.of(clusters));
    }

    /** Adds a band below the previous one; nothing when it is empty. */
    void band(Band band) {
        if (band.isEmpty()) {
            return;
        }
        if (started) {
            top += AutoLayout.BAND_GAP;
        }
        started = true;
        top += band.stacks().isEmpty() ? rows(band.clusters(), 0, columns, top) : shelves(band.stacks());
    }

    /** The width and height these bands would take at this many columns, without placing anything. */
    static double[] size(List<Band> bands, int columns) {
        LayoutBands counted = new LayoutBands(columns, true);
        bands.forEach(counted::band);
        return new double[] {counted.widest == 0 ? 0 : counted.widest * AutoLayout.CELL_WIDTH - AutoLayout.COLUMN_GAP,
            counted.top};
    }

    /**
     * Puts clusters left to right from column {@code left} on, a cluster that would pass {@code width} columns starting a
     * new row, the first row's top at {@code y}; the height taken.
     */
    private double rows(List<List<String>> clusters, int left, int width, double y) {
        int column = 0;
        int row = 0;
        for (List<String> cluster : clusters) {
            if (column > 0 && column + cluster.size() > width) {
                column = 0;
                row++;
            }
            for (String id : cluster) {
                if (measuring) {
                    widest = Math.max(widest, left + column + 1);
                } else {
                    block.node(id, (left + column) * AutoLayout.CELL_WIDTH, y + row * AutoLayout.CELL_HEIGHT);
                }
                column++;
            }
        }
        return row * AutoLayout.CELL_HEIGHT + AutoLayout.NODE_HEIGHT;
    }

    /**
     * Puts stacks left to right, a stack that would pass the last column starting a new shelf a band's gap below the
     * tallest of the shelf before; the height taken.
     */
    private double shelves(List<Stack> stacks) {
        double shelfTop = top;
        double shelfHeight = 0;
        int column = 0;
        for (Stack stack : stacks) {
            int width = stack.width(columns);
            if (column > 0 && column + width > columns) {
                shelfTop += shelfHeight + AutoLayout.BAND_GAP;
                shelfHeight = 0;
                column = 0;
            }
            int headCells = Stack.cells(stack.head());
            int indent = headCells < width ? (width - headCells) / 2 : 0;
            double height = rows(stack.head(), column + indent, width - indent, shelfTop);
            if (!stack.body().isEmpty()) {
                height += AutoLayout.ROW_GAP + rows(stack.body(), column, width, shelfTop + height + AutoLayout.ROW_GAP);
            }
            shelfHeight = Math.max(shelfHeight, height);
            column += width;
        }
        return shelfTop + shelfHeight - top;
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
