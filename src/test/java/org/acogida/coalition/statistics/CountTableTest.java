package org.acogida.coalition.statistics;

import static org.acogida.coalition.statistics.Position.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountTableTest {

    @Test
    void aTwoWayTableHasItsRowColumnAndGrandTotals() {
        CountTable table = CountTable.of(Dimension.of("member", "GTM", "HND"), Dimension.of("category", "adult", "child", "elder"),
                new int[][] {{10, 3, 0}, {7, 8, 9}});

        assertThat(table.rowTotal(0)).isEqualTo(13);
        assertThat(table.rowTotal(1)).isEqualTo(24);
        assertThat(table.columnTotal(0)).isEqualTo(17);
        assertThat(table.columnTotal(2)).isEqualTo(9);
        assertThat(table.grandTotal()).isEqualTo(37);
        assertThat(table.count(Position.of(1, 2))).isEqualTo(9);
        assertThat(table.count(Position.of(TOTAL, 1))).isEqualTo(11);
    }

    /** Published month by month with each month's totals, and over all months with theirs. */
    @Test
    void aThreeWayTableHasEveryTotalOfTheCrossClassification() {
        CountTable table = CountTableFixture.threeWay(new int[][][] {
                {{1, 2}, {3, 4}},
                {{5, 6}, {7, 8}}});

        assertThat(table.count(Position.of(0, 1, TOTAL))).isEqualTo(7);
        assertThat(table.count(Position.of(1, TOTAL, 0))).isEqualTo(12);
        assertThat(table.count(Position.of(TOTAL, 0, 1))).isEqualTo(8);
        assertThat(table.rowTotal(1)).isEqualTo(26);
        assertThat(table.columnTotal(0)).isEqualTo(14);
        assertThat(table.layerTotal(1)).isEqualTo(20);
        assertThat(table.grandTotal()).isEqualTo(36);
        assertThat(table.positions()).hasSize(27).startsWith(Position.of(0, 0, 0), Position.of(0, 0, 1), Position.of(0, 0, TOTAL))
                .endsWith(Position.of(TOTAL, TOTAL, TOTAL));
    }

    @Test
    void refusesNegativeCountsAndCountsThatDoNotFitTheLabels() {
        Dimension two = Dimension.of("member", "GTM", "HND");
        assertThatThrownBy(() -> CountTable.of(two, two, new int[][] {{1, -1}, {0, 0}})).hasMessageContaining("negative");
        assertThatThrownBy(() -> CountTable.of(two, two, new int[][] {{1, 1}, {0}})).hasMessageContaining("values of member");
        assertThatThrownBy(() -> Dimension.of("member", "GTM", "GTM")).hasMessageContaining("twice");
        assertThatThrownBy(() -> CountTableFixture.twoWay(new int[][] {{1, 2}}).layerTotal(0)).isInstanceOf(IllegalStateException.class);
    }
}
