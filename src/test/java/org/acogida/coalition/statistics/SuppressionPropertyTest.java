package org.acogida.coalition.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * 300 random tables (fixed seed), two- and three-way, most of whose lines have a small count. Each
 * property is checked on every table and every failure is listed, with the table's number.
 */
class SuppressionPropertyTest {

    private static final int TABLES = 300;
    private static final long SEED = 20_250_601L;

    private final CellSuppression suppression = CellSuppression.standard();

    @Test
    void everySuppressionHidesTheSmallCountsShowsTheTruthAndLetsNoHiddenCountBeWorkedOut() {
        List<String> failures = new ArrayList<>();
        Random random = new Random(SEED);
        int threeWay = 0;
        int hidden = 0;
        for (int n = 0; n < TABLES; n++) {
            CountTable table = CountTableFixture.random(random);
            threeWay += table.dimensions().size() == 3 ? 1 : 0;
            SuppressedTable published = suppression.apply(table);
            hidden += published.hidden().size();
            check(n, table, published, failures);
        }
        List<String> failingTables = failures.stream().map(failure -> failure.substring(0, failure.indexOf(':'))).distinct().toList();
        assertThat(failingTables).as("%d of %d tables fail, first %s", failingTables.size(), TABLES, failures.stream().limit(10).toList())
                .isEmpty();
        assertThat(threeWay).as("three-way tables among %d", TABLES).isBetween(100, 200);
        assertThat(hidden).as("hidden entries in all").isGreaterThan(TABLES);
    }

    @Test
    void theSameTableAlwaysGivesTheSamePublication() {
        Random first = new Random(SEED);
        Random second = new Random(SEED);
        for (int n = 0; n < TABLES; n++) {
            CountTable table = CountTableFixture.random(first);
            Map<Position, Published> once = suppression.apply(table).entries();
            assertThat(suppression.apply(table).entries()).as("table %d again", n).isEqualTo(once);
            assertThat(suppression.apply(CountTableFixture.random(second)).entries()).as("table %d rebuilt", n).isEqualTo(once);
        }
    }

    /**
     * Derivability's claim, checked against the integer attacker: in a two-way table the bounds of
     * the linear programs are whole numbers, the bounds over whole numbers.
     */
    @Test
    void onTwoWayTablesTheLinearBoundsAreTheWholeNumberBounds() {
        Random random = new Random(SEED);
        int compared = 0;
        for (int n = 0; n < TABLES; n++) {
            CountTable table = CountTableFixture.random(random);
            if (table.dimensions().size() == 2) {
                SuppressedTable published = suppression.apply(table);
                Map<Position, Derivability.Range> linear = Derivability.ranges(published);
                Map<Position, IntegerAttacker.Range> whole = IntegerAttacker.ranges(published, table);
                for (Map.Entry<Position, Derivability.Range> range : linear.entrySet()) {
                    IntegerAttacker.Range integer = whole.get(range.getKey());
                    assertThat(range.getValue().min()).as("table %d, %s", n, range.getKey()).isCloseTo(integer.min(), within(1e-6));
                    if (Double.isFinite(range.getValue().max())) {
                        assertThat(range.getValue().max()).as("table %d, %s", n, range.getKey()).isCloseTo(integer.max(), within(1e-6));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private void check(int n, CountTable table, SuppressedTable published, List<String> failures) {
        int before = failures.size();
        for (Position position : table.positions()) {
            int count = table.count(position);
            Published shown = published.at(position);
            boolean small = count >= 1 && count <= 4;
            if (small != (shown instanceof Published.Hidden(SuppressionReason reason) && reason == SuppressionReason.PRIMARY)) {
                failures.add("table " + n + ": " + position + " = " + count + " is " + shown);
            }
            if (shown instanceof Published.Count(int value) && value != count) {
                failures.add("table " + n + ": " + position + " = " + count + " published as " + value);
            }
        }
        if (failures.size() > before) {
            return; // the attackers take the publication at its word: no use attacking a wrong one
        }
        Shape shape = table.shape();
        for (Line line : shape.lines()) {
            long hiddenOnLine = IntStream.of(line.entries()).filter(e -> published.entry(e) instanceof Published.Hidden).count();
            if (hiddenOnLine == 1) {
                failures.add("table " + n + ": one hidden entry on the line of " + shape.position(line.total()));
            }
        }
        for (Position exact : Derivability.exactlyDerivable(published, table)) {
            failures.add("table " + n + ": " + exact + " = " + table.count(exact) + " can be worked out (linear programs)");
        }
        IntegerAttacker.ranges(published, table).forEach((position, range) -> {
            if (range.min() == range.max()) {
                failures.add("table " + n + ": " + position + " = " + table.count(position) + " can be worked out (whole numbers)");
            }
        });
    }
}
