package org.acogida.coalition.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * A place in a published table: one coordinate per dimension, each the index of a value or
 * {@link #TOTAL} for the sum over that dimension. With no {@code TOTAL} it is a cell; with one or
 * more it is a total (a row total, a column total, the grand total...).
 */
public record Position(List<Integer> coordinates) {

    public static final int TOTAL = -1;

    public Position {
        coordinates = List.copyOf(coordinates);
        for (int coordinate : coordinates) {
            if (coordinate < TOTAL) {
                throw new IllegalArgumentException("No coordinate " + coordinate + " in " + coordinates);
            }
        }
    }

    public static Position of(int... coordinates) {
        return new Position(Arrays.stream(coordinates).boxed().toList());
    }

    public int get(int dimension) {
        return coordinates.get(dimension);
    }

    public boolean isCell() {
        return !coordinates.contains(TOTAL);
    }

    public boolean isTotal() {
        return !isCell();
    }
}
