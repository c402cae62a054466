package org.acogida.coalition.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The geometry of a table as it is published: every cell and every total, numbered in reading
 * order (the last coordinate fastest, a total after the values it sums), and the lines they form.
 * Along each dimension, each combination of the other coordinates (totals included) makes one
 * line: in a two-way table the rows and the row of column totals, the columns and the column of
 * row totals. Treating totals as entries like any other lets one rule protect cells and totals
 * alike, as tau-ARGUS and sdcTable do.
 */
final class Shape {

    private final int[] sizes;
    private final int[] strides;
    private final int entries;
    private final List<Line> lines = new ArrayList<>();
    /** {@code lineAlong[d][e]}: the line along dimension d through entry e. */
    private final Line[][] lineAlong;

    Shape(List<Dimension> dimensions) {
        sizes = dimensions.stream().mapToInt(Dimension::size).toArray();
        strides = new int[sizes.length];
        int stride = 1;
        for (int d = sizes.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride = Math.multiplyExact(stride, sizes[d] + 1);
        }
        entries = stride;
        lineAlong = new Line[sizes.length][entries];
        for (int d = 0; d < sizes.length; d++) {
            for (int total = 0; total < entries; total++) {
                if (coordinate(total, d) == sizes[d]) {
                    int[] members = new int[sizes[d]];
                    for (int k = 0; k < sizes[d]; k++) {
                        members[k] = total - (sizes[d] - k) * strides[d];
                    }
                    Line line = new Line(members, total);
                    lines.add(line);
                    for (int entry : line.entries()) {
                        lineAlong[d][entry] = line;
                    }
                }
            }
        }
    }

    int dimensions() {
        return sizes.length;
    }

    int entries() {
        return entries;
    }

    List<Line> lines() {
        return lines;
    }

    /** The lines an entry is on, one per dimension. */
    List<Line> linesThrough(int entry) {
        List<Line> through = new ArrayList<>(sizes.length);
        for (Line[] along : lineAlong) {
            through.add(along[entry]);
        }
        return through;
    }

    /** The totals a cell counts in: its coordinates with one or more of them replaced by the total. */
    int[] totalsOver(int cell) {
        int[] totals = new int[(1 << sizes.length) - 1];
        for (int subset = 1; subset < 1 << sizes.length; subset++) {
            int total = cell;
            for (int d = 0; d < sizes.length; d++) {
                if ((subset & 1 << d) != 0) {
                    total += (sizes[d] - coordinate(cell, d)) * strides[d];
                }
            }
            totals[subset - 1] = total;
        }
        return totals;
    }

    /** The entry's coordinate along a dimension, {@code size} standing for the total. */
    int coordinate(int entry, int dimension) {
        return entry / strides[dimension] % (sizes[dimension] + 1);
    }

    boolean isCell(int entry) {
        for (int d = 0; d < sizes.length; d++) {
            if (coordinate(entry, d) == sizes[d]) {
                return false;
            }
        }
        return true;
    }

    int index(Position position) {
        if (position.coordinates().size() != sizes.length) {
            throw new IllegalArgumentException("A position in this table has " + sizes.length + " coordinates, not " + position);
        }
        int index = 0;
        for (int d = 0; d < sizes.length; d++) {
            int c = position.get(d);
            if (c >= sizes[d]) {
                throw new IndexOutOfBoundsException("No value " + c + " in dimension " + d + " of size " + sizes[d]);
            }
            index += (c == Position.TOTAL ? sizes[d] : c) * strides[d];
        }
        return index;
    }

    Position position(int entry) {
        int[] coordinates = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            int c = coordinate(entry, d);
            coordinates[d] = c == sizes[d] ? Position.TOTAL : c;
        }
        return Position.of(coordinates);
    }

    @Override
    public String toString() {
        return "Shape" + Arrays.toString(sizes);
    }
}
