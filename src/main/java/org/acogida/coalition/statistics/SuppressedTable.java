package org.acogida.coalition.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A count table as it may be published: each cell and each total either its count or hidden,
 * with the reason. It holds no hidden count, so it can be handed to a screen or an export as it is.
 */
public final class SuppressedTable {

    private final List<Dimension> dimensions;
    private final Shape shape;
    private final Published[] entries;
    private final int threshold;

    private SuppressedTable(List<Dimension> dimensions, Shape shape, Published[] entries, int threshold) {
        this.dimensions = dimensions;
        this.shape = shape;
        this.entries = entries;
        this.threshold = threshold;
    }

    /** The table with the entries that have a reason hidden, and the others showing their count. */
    static SuppressedTable of(CountTable table, SuppressionReason[] reasons, int threshold) {
        Published[] entries = new Published[reasons.length];
        for (int entry = 0; entry < reasons.length; entry++) {
            entries[entry] = reasons[entry] == null ? new Published.Count(table.countOf(entry)) : new Published.Hidden(reasons[entry]);
        }
        return new SuppressedTable(table.dimensions(), table.shape(), entries, threshold);
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** A count under this is small: hidden for itself ({@link SuppressionReason#PRIMARY}). */
    public int threshold() {
        return threshold;
    }

    public Published at(Position position) {
        return entries[shape.index(position)];
    }

    public boolean isHidden(Position position) {
        return at(position) instanceof Published.Hidden;
    }

    /** Every hidden cell and total with its reason, in reading order. */
    public Map<Position, SuppressionReason> hidden() {
        Map<Position, SuppressionReason> hidden = new LinkedHashMap<>();
        for (int entry = 0; entry < entries.length; entry++) {
            if (entries[entry] instanceof Published.Hidden(SuppressionReason reason)) {
                hidden.put(shape.position(entry), reason);
            }
        }
        return hidden;
    }

    /** Every cell and total as published, in reading order. */
    public Map<Position, Published> entries() {
        Map<Position, Published> all = new LinkedHashMap<>();
        IntStream.range(0, entries.length).forEach(entry -> all.put(shape.position(entry), entries[entry]));
        return all;
    }

    Shape shape() {
        return shape;
    }

    Published entry(int entry) {
        return entries[entry];
    }
}
