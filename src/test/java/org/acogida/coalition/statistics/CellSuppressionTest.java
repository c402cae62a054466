package org.acogida.coalition.statistics;

import static org.acogida.coalition.statistics.Position.TOTAL;
import static org.acogida.coalition.statistics.SuppressionReason.COMPLEMENTARY;
import static org.acogida.coalition.statistics.SuppressionReason.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    private final CellSuppression suppression = CellSuppression.standard();

    @Test
    void aSmallCellIsHiddenWithTheSmallestCountOfItsRowAndOfItsColumn() {
        CountTable table = CountTableFixture.twoWay(new int[][] {
                {20, 3, 30},
                {40, 50, 60},
                {25, 35, 45}});

        SuppressedTable published = suppression.apply(table);

        // 3's partners: 20 in its row, 35 in its column; then 25 partners 20 in column 0 and 35 in row 2.
        assertThat(published.hidden()).containsExactly(
                entry(Position.of(0, 0), COMPLEMENTARY), entry(Position.of(0, 1), PRIMARY),
                entry(Position.of(2, 0), COMPLEMENTARY), entry(Position.of(2, 1), COMPLEMENTARY));
        assertThat(published.at(Position.of(0, TOTAL))).isEqualTo(new Published.Count(53));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    @Test
    void aTwoByTwoTableWithOneSmallCellHidesAllFourCellsAndNoTotal() {
        CountTable table = CountTableFixture.twoWay(new int[][] {{3, 10}, {12, 20}});

        SuppressedTable published = suppression.apply(table);

        assertThat(published.hidden()).containsExactly(
                entry(Position.of(0, 0), PRIMARY), entry(Position.of(0, 1), COMPLEMENTARY),
                entry(Position.of(1, 0), COMPLEMENTARY), entry(Position.of(1, 1), COMPLEMENTARY));
        Derivability.Range range = Derivability.ranges(published).get(Position.of(0, 0));
        assertThat(range.min()).isCloseTo(0, within(1e-9));
        assertThat(range.max()).isCloseTo(13, within(1e-9));
    }

    @Test
    void zerosArePublishedAndNeverHiddenToProtectAnotherCell() {
        CountTable table = CountTableFixture.twoWay(new int[][] {
                {0, 2, 10},
                {6, 0, 7},
                {8, 9, 0}});

        SuppressedTable published = suppression.apply(table);

        // The zeros are skipped: the pattern goes round them, a cycle through all six non-zero cells.
        assertThat(published.hidden()).containsOnlyKeys(Position.of(0, 1), Position.of(0, 2), Position.of(1, 0),
                Position.of(1, 2), Position.of(2, 0), Position.of(2, 1));
        assertThat(published.at(Position.of(1, 1))).isEqualTo(new Published.Count(0));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    @Test
    void zerosCanBeDeclaredSmall() {
        CountTable table = CountTableFixture.twoWay(new int[][] {
                {0, 2, 10},
                {6, 0, 7},
                {8, 9, 0}});

        SuppressedTable published = new CellSuppression(CellSuppression.DEFAULT_THRESHOLD, true).apply(table);

        assertThat(published.hidden()).contains(entry(Position.of(0, 0), PRIMARY), entry(Position.of(1, 1), PRIMARY),
                entry(Position.of(2, 2), PRIMARY), entry(Position.of(0, 1), PRIMARY));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    /** With a zero beside it, 5 has no non-zero partner in its row; 12 none in its column: their totals go. */
    @Test
    void aCellWithOnlyZerosBesideItTakesItsTotalWithIt() {
        CountTable table = CountTableFixture.twoWay(new int[][] {{2, 12}, {5, 0}});

        SuppressedTable published = suppression.apply(table);

        assertThat(published.hidden()).contains(entry(Position.of(1, TOTAL), COMPLEMENTARY), entry(Position.of(TOTAL, 1), COMPLEMENTARY));
        assertThat(published.at(Position.of(1, 1))).isEqualTo(new Published.Count(0));
        assertThat(published.at(Position.of(TOTAL, TOTAL))).isEqualTo(new Published.Count(19));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    @Test
    void aSmallTotalIsHiddenAndProtectedAmongTheTotals() {
        CountTable table = CountTableFixture.twoWay(new int[][] {
                {1, 2, 0},
                {10, 20, 30},
                {15, 25, 35}});

        SuppressedTable published = suppression.apply(table);

        // Row 0's total, 3, is small; the row totals' line gives it a partner, the smallest other row total, 60.
        assertThat(published.hidden()).containsExactly(
                entry(Position.of(0, 0), PRIMARY), entry(Position.of(0, 1), PRIMARY), entry(Position.of(0, TOTAL), PRIMARY),
                entry(Position.of(1, 0), COMPLEMENTARY), entry(Position.of(1, 1), COMPLEMENTARY),
                entry(Position.of(1, TOTAL), COMPLEMENTARY));
        assertThat(published.at(Position.of(TOTAL, 0))).isEqualTo(new Published.Count(26));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    /** In a 2 × 2 × 2 table every line has two cells, so the one small cell takes the whole cube with it. */
    @Test
    void aThreeWayTableIsProtectedAlongEachOfItsThreeDimensions() {
        CountTable table = CountTableFixture.threeWay(new int[][][] {
                {{3, 20}, {30, 40}},
                {{25, 35}, {45, 50}}});

        SuppressedTable published = suppression.apply(table);

        assertThat(published.hidden()).hasSize(8).containsEntry(Position.of(0, 0, 0), PRIMARY)
                .allSatisfy((position, reason) -> assertThat(position.isCell()).isTrue());
        assertThat(published.at(Position.of(0, 0, TOTAL))).isEqualTo(new Published.Count(23));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    /**
     * sdcTable's test-simpleheuristic.R, with counts made small where it marks cells sensitive:
     * every line has two or three hidden cells, yet w|b (row 0, column 1) is rows w + x minus
     * columns a + c. The audit finds it; the smallest count on its lines, 20, is hidden with it.
     */
    @Test
    void theAuditHidesMoreWhereTwoPerLineIsNotEnough() {
        CountTable table = CountTableFixture.twoWay(new int[][] {
                {1, 2, 3, 20},
                {4, 30, 1, 40},
                {50, 2, 60, 3},
                {70, 1, 80, 4}});
        SuppressedTable primaryOnly = DerivabilityTest.hiding(table, Position.of(0, 0), Position.of(0, 1), Position.of(0, 2),
                Position.of(1, 0), Position.of(1, 2), Position.of(2, 1), Position.of(2, 3), Position.of(3, 1), Position.of(3, 3));
        assertThat(Derivability.exactlyDerivable(primaryOnly, table)).containsExactly(Position.of(0, 1));

        SuppressedTable published = suppression.apply(table);

        assertThat(published.hidden()).hasSize(10).containsEntry(Position.of(0, 3), COMPLEMENTARY);
        assertThat(published.hidden().values()).filteredOn(COMPLEMENTARY::equals).hasSize(1);
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    @Test
    void theThresholdSaysWhatIsSmall() {
        assertThat(suppression.small(4)).isTrue();
        assertThat(suppression.small(5)).isFalse();
        assertThat(suppression.small(0)).isFalse();
        assertThat(new CellSuppression(3, false).small(3)).isFalse();
        assertThat(new CellSuppression(3, true).small(0)).isTrue();
    }
}
