package org.acogida.coalition.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The complementary suppressions: the counts hidden, though not small, so that no hidden count can
 * be worked out from what is published. Two steps, repeated until the second finds nothing.
 *
 * <p><b>Every line with a hidden entry has at least two.</b> A line with one hidden entry gives it
 * away by subtraction from the others, so the line's smallest published non-zero member is hidden
 * with it: smallest, to lose the least information; the first in reading order on a tie, so the
 * same table always gives the same publication. A published zero is never taken: a reader often
 * knows a count is zero (no one of that category in that member), and tau-ARGUS's hypercube method
 * too builds only on suppressed non-zero cells (Handbook on SDC, §4.4). When no non-zero member is
 * left, the line's total is hidden instead. Every new hidden entry may leave other lines with one,
 * so the rule runs over all lines until none changes.
 *
 * <p><b>No hidden entry can be worked out.</b> Two per line is necessary but not sufficient: hidden
 * cells can satisfy it and still pin one of them down through a combination of lines. In a two-way
 * table a hidden cell is safe if and only if it lies on a cycle of hidden non-zero cells (Handbook
 * on SDC, §4.4, network flow methods); a cell bridging two such cycles has two hidden cells on each
 * of its lines and is still exactly known. sdcTable's test-simpleheuristic.R has such a table. So
 * the attacker's linear programs ({@link Derivability}) audit the pattern; for an entry they pin
 * down, the smallest published entry on one of its lines is hidden too (a non-zero cell before a
 * total, a total before a zero), and the line rule runs again. Hiding more never narrows an
 * interval, and with everything hidden nothing can be worked out, so this ends.
 */
final class Complements {

    private final CountTable table;
    private final Shape shape;
    private final SuppressionReason[] reasons;

    Complements(CountTable table, SuppressionReason[] reasons) {
        this.table = table;
        this.shape = table.shape();
        this.reasons = reasons;
    }

    void complete() {
        twoPerLine();
        for (int exact = Derivability.firstExactlyDerivable(table, reasons); exact >= 0;
                exact = Derivability.firstExactlyDerivable(table, reasons)) {
            hide(widening(exact));
            twoPerLine();
        }
    }

    private void twoPerLine() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : shape.lines()) {
                if (IntStream.of(line.entries()).filter(this::hidden).count() == 1) {
                    hide(partner(line));
                    changed = true;
                }
            }
        }
    }

    /** The entry hidden with a line's only hidden one. */
    private int partner(Line line) {
        return IntStream.of(line.members()).filter(member -> !hidden(member) && table.countOf(member) > 0)
                .boxed().min(Comparator.comparingInt(table::countOf).thenComparingInt(member -> member))
                .orElseGet(() -> hidden(line.total()) ? smallest(List.of(line)) : line.total());
    }

    /** An entry to hide so that one a reader can work out can move. */
    private int widening(int exact) {
        int onItsLines = smallest(shape.linesThrough(exact));
        return onItsLines >= 0 ? onItsLines : smallest(shape.lines());
    }

    /** The published entry of these lines to hide first: a non-zero cell, then a non-zero total, then a zero; the smallest. */
    private int smallest(List<Line> lines) {
        return lines.stream().flatMapToInt(line -> IntStream.of(line.entries())).filter(entry -> !hidden(entry)).boxed()
                .min(Comparator.<Integer, Boolean>comparing(entry -> table.countOf(entry) == 0)
                        .thenComparing(entry -> !shape.isCell(entry))
                        .thenComparingInt(table::countOf).thenComparingInt(entry -> entry))
                .orElse(-1);
    }

    private boolean hidden(int entry) {
        return reasons[entry] != null;
    }

    private void hide(int entry) {
        if (entry < 0) {
            throw new IllegalStateException("Nothing left to hide, yet a hidden count can be worked out");
        }
        reasons[entry] = SuppressionReason.COMPLEMENTARY;
    }
}
