package org.acogida.coalition.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts of persons over two or three dimensions (member × category, or member × category ×
 * month) with the totals that are published with them. A three-way table is published as it is
 * read: one two-way table per layer (per month), each with its row and column totals, and their
 * sum over the layers with its own totals. So its totals are all the sums of the full
 * cross-classification, the row, column, layer and grand totals among them. Immutable.
 */
public final class CountTable {

    private final List<Dimension> dimensions;
    private final Shape shape;
    /** Every entry of the published table, cells and totals, numbered as in {@link Shape}. */
    private final int[] counts;

    private CountTable(List<Dimension> dimensions, int[] cells) {
        this.dimensions = List.copyOf(dimensions);
        this.shape = new Shape(this.dimensions);
        this.counts = new int[shape.entries()];
        int next = 0;
        for (int entry = 0; entry < shape.entries(); entry++) {
            if (shape.isCell(entry)) {
                counts[entry] = cells[next++];
            }
        }
        for (int cell = 0; cell < shape.entries(); cell++) {
            if (shape.isCell(cell)) {
                for (int total : shape.totalsOver(cell)) {
                    counts[total] = Math.addExact(counts[total], counts[cell]);
                }
            }
        }
    }

    public static CountTable of(Dimension rows, Dimension columns, int[][] counts) {
        check(counts.length, rows);
        for (int[] row : counts) {
            check(row.length, columns);
        }
        return new CountTable(List.of(rows, columns), flatten(IntStream.range(0, counts.length).flatMap(r -> IntStream.of(counts[r]))));
    }

    public static CountTable of(Dimension rows, Dimension columns, Dimension layers, int[][][] counts) {
        check(counts.length, rows);
        for (int[][] row : counts) {
            check(row.length, columns);
            for (int[] column : row) {
                check(column.length, layers);
            }
        }
        return new CountTable(List.of(rows, columns, layers),
                flatten(IntStream.range(0, counts.length).flatMap(r -> IntStream.range(0, counts[r].length).flatMap(c -> IntStream.of(counts[r][c])))));
    }

    private static void check(int length, Dimension dimension) {
        if (length != dimension.size()) {
            throw new IllegalArgumentException(length + " counts for the " + dimension.size() + " values of " + dimension.name());
        }
    }

    private static int[] flatten(IntStream cells) {
        int[] flat = cells.toArray();
        for (int count : flat) {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
        }
        return flat;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The count of a cell, or the sum of the cells a total covers. */
    public int count(Position position) {
        return counts[shape.index(position)];
    }

    public int rowTotal(int row) {
        return count(along(0, row));
    }

    public int columnTotal(int column) {
        return count(along(1, column));
    }

    public int layerTotal(int layer) {
        if (dimensions.size() < 3) {
            throw new IllegalStateException("A two-way table has no layers");
        }
        return count(along(2, layer));
    }

    public int grandTotal() {
        return count(along(0, Position.TOTAL));
    }

    /** Every cell and every total, in reading order (a total after the values it sums). */
    public List<Position> positions() {
        return IntStream.range(0, shape.entries()).mapToObj(shape::position).toList();
    }

    private Position along(int dimension, int index) {
        int[] coordinates = new int[dimensions.size()];
        Arrays.fill(coordinates, Position.TOTAL);
        coordinates[dimension] = index;
        return Position.of(coordinates);
    }

    Shape shape() {
        return shape;
    }

    /** The count of an entry numbered as in {@link Shape}. */
    int countOf(int entry) {
        return counts[entry];
    }
}
