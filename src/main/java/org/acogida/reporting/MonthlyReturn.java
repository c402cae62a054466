package org.acogida.reporting;

import java.time.Instant;
import java.util.List;

import org.acogida.coalition.statistics.SuppressionReason;

/**
 * One member's return for one month (UTC), as it may be published: for each category, the count of
 * cases by the person's sex (F, M, X) and in all, with the totals by sex and the grand total; a
 * count under {@code threshold} is hidden, and so is any count from which a hidden one could be
 * worked out. It holds no hidden count.
 */
public record MonthlyReturn(String member, String period, Instant computedAt, int threshold, List<String> sexes, List<Row> rows,
                            List<Cell> bySex, Cell total) {

    public static final List<String> SEXES = List.of("F", "M", "X");

    public record Row(ReturnCategory category, List<Cell> bySex, Cell total) {}

    /** A published count, or null with the reason it is hidden. */
    public record Cell(Integer count, SuppressionReason hidden) {

        public boolean withheld() {
            return count == null;
        }
    }

    /** The same return apart from when it was computed: what decides whether it changed. */
    public MonthlyReturn withoutTime() {
        return new MonthlyReturn(member, period, Instant.EPOCH, threshold, sexes, rows, bySex, total);
    }

    /** Every published count (cells and totals): what the secretariat checks before it keeps a return. */
    public List<Integer> publishedCounts() {
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(rows.stream().flatMap(r -> java.util.stream.Stream.concat(r.bySex().stream(), java.util.stream.Stream.of(r.total()))),
                        java.util.stream.Stream.concat(bySex.stream(), java.util.stream.Stream.of(total)))
                .filter(c -> !c.withheld()).forEach(c -> counts.add(c.count()));
        return counts;
    }
}
