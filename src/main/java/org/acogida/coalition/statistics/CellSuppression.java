package org.acogida.coalition.statistics;

/**
 * Statistical disclosure control of a count table by cell suppression, as the Handbook on
 * Statistical Disclosure Control (Hundepool et al., Eurostat's network of experts; §4.2 and
 * §5.3) describes it: primary suppression hides every small count, cell or total, because it
 * could point at a person; complementary suppression ({@link Complements}) hides further counts so
 * that no hidden count can be worked out from the published ones. The aim is to prevent exact
 * disclosure only, the protection a minimum-frequency rule calls for (Handbook §4.2: protection
 * level zero).
 *
 * @param threshold        a count from 1 to {@code threshold − 1} is small; 5 by default
 * @param zerosAreSmall    whether a zero is hidden too. Off by default, as in tau-ARGUS and
 *                         sdcTable: a zero identifies no one, and hiding every zero of a sparse
 *                         table would hide most of it. Turn it on where a zero itself discloses,
 *                         e.g. a member whose people are all in one category, which its zeros in
 *                         the others reveal (group attribute disclosure, Handbook §5.2).
 */
public record CellSuppression(int threshold, boolean zerosAreSmall) {

    public static final int DEFAULT_THRESHOLD = 5;

    public CellSuppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("A threshold under 1 hides nothing: " + threshold);
        }
    }

    public static CellSuppression standard() {
        return new CellSuppression(DEFAULT_THRESHOLD, false);
    }

    /** Whether a count is hidden for itself. */
    public boolean small(int count) {
        return count == 0 ? zerosAreSmall : count < threshold;
    }

    public SuppressedTable apply(CountTable table) {
        SuppressionReason[] reasons = new SuppressionReason[table.shape().entries()];
        for (int entry = 0; entry < reasons.length; entry++) {
            if (small(table.countOf(entry))) {
                reasons[entry] = SuppressionReason.PRIMARY;
            }
        }
        new Complements(table, reasons).complete();
        return SuppressedTable.of(table, reasons, threshold);
    }
}
