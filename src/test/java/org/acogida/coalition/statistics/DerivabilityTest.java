package org.acogida.coalition.statistics;

import static org.acogida.coalition.statistics.Position.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DerivabilityTest {

    /** Handbook on SDC, §4.2, example 3 (Geurts, 1992): X11 lies between 3 and 6. */
    @Test
    void findsTheFeasibilityIntervalOfTheHandbooksExample() {
        CountTable table = CountTableFixture.twoWay(new int[][] {{4, 3}, {2, 1}, {3, 3}});
        SuppressedTable published = hiding(table, Position.of(0, 0), Position.of(0, 1), Position.of(1, 0), Position.of(1, 1));

        Map<Position, Derivability.Range> ranges = Derivability.ranges(published);

        assertThat(ranges.get(Position.of(0, 0)).min()).isCloseTo(3, within(1e-9));
        assertThat(ranges.get(Position.of(0, 0)).max()).isCloseTo(6, within(1e-9));
        assertThat(ranges.get(Position.of(1, 1)).min()).isCloseTo(0, within(1e-9));
        assertThat(ranges.get(Position.of(1, 1)).max()).isCloseTo(3, within(1e-9));
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    @Test
    void aCountHiddenAloneInItsRowIsKnownExactly() {
        CountTable table = CountTableFixture.twoWay(new int[][] {{3, 10}, {12, 20}});
        SuppressedTable published = hiding(table, Position.of(0, 0));

        assertThat(Derivability.ranges(published).get(Position.of(0, 0))).satisfies(range -> {
            assertThat(range.exact()).isTrue();
            assertThat(range.min()).isCloseTo(3, within(1e-9));
        });
        assertThat(Derivability.exactlyDerivable(published, table)).containsExactly(Position.of(0, 0));
    }

    @Test
    void withTheGrandTotalHiddenTooACountHasNoUpperBound() {
        CountTable table = CountTableFixture.twoWay(new int[][] {{3, 10}, {12, 20}});
        SuppressedTable published = hiding(table, Position.of(0, 0), Position.of(0, TOTAL), Position.of(TOTAL, 0), Position.of(TOTAL, TOTAL));

        assertThat(Derivability.ranges(published).get(Position.of(0, 0)).max()).isInfinite();
        assertThat(Derivability.exactlyDerivable(published, table)).isEmpty();
    }

    static SuppressedTable hiding(CountTable table, Position... positions) {
        SuppressionReason[] reasons = new SuppressionReason[table.shape().entries()];
        for (Position position : positions) {
            reasons[table.shape().index(position)] = SuppressionReason.PRIMARY;
        }
        return SuppressedTable.of(table, reasons, CellSuppression.DEFAULT_THRESHOLD);
    }
}
