package org.acogida.coalition.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimplexTest {

    @Test
    void findsTheOptimumOfASmallProblem() {
        // max x + y with x + 2y ≤ 4 and 3x + y ≤ 6 (slacks s, t): the corner x = 8/5, y = 6/5.
        Simplex simplex = Simplex.feasible(new double[][] {{1, 2, 1, 0}, {3, 1, 0, 1}}, new double[] {4, 6}, 4).orElseThrow();

        Simplex.Optimum optimum = simplex.maximise(new double[] {1, 1, 0, 0});

        assertThat(optimum.value()).isCloseTo(2.8, within(1e-9));
        assertThat(optimum.point()[0]).isCloseTo(1.6, within(1e-9));
        assertThat(optimum.point()[1]).isCloseTo(1.2, within(1e-9));
    }

    /** Beale's example cycles forever under the textbook largest-coefficient rule; Bland's rule ends at 5/4. */
    @Test
    void doesNotCycleOnBealesDegenerateExample() {
        double[][] a = {
                {0.25, -8, -1, 9, 1, 0, 0},
                {0.5, -12, -0.5, 3, 0, 1, 0},
                {0, 0, 1, 0, 0, 0, 1}};
        Simplex simplex = Simplex.feasible(a, new double[] {0, 0, 1}, 7).orElseThrow();

        assertThat(simplex.maximise(new double[] {0.75, -20, 0.5, -6, 0, 0, 0}).value()).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void reportsAnUnboundedObjective() {
        Simplex simplex = Simplex.feasible(new double[][] {{1, -1}}, new double[] {1}, 2).orElseThrow();

        assertThat(simplex.maximise(new double[] {1, 0}).unbounded()).isTrue();
        assertThat(simplex.maximise(new double[] {-1, 0}).value()).isCloseTo(-1, within(1e-9));
    }

    @Test
    void findsNoFeasiblePointWhereThereIsNone() {
        assertThat(Simplex.feasible(new double[][] {{1, 1}}, new double[] {-1}, 2)).isEmpty();
        assertThat(Simplex.feasible(new double[][] {{1, 1}, {1, 1}}, new double[] {1, 2}, 2)).isEmpty();
    }

    /** The lines of a table repeat one another (the row sums add up to the column sums): a row can be redundant. */
    @Test
    void toleratesRedundantEquations() {
        Simplex simplex = Simplex.feasible(new double[][] {{1, 1}, {2, 2}, {1, 1}}, new double[] {2, 4, 2}, 2).orElseThrow();

        assertThat(simplex.maximise(new double[] {1, 0}).value()).isCloseTo(2, within(1e-9));
        assertThat(simplex.maximise(new double[] {0, -1}).value()).isCloseTo(-0.0, within(1e-9));
    }

    /** Each objective starts from the same feasible basis: asking one question does not change the next answer. */
    @Test
    void answersEachObjectiveFromTheSameStart() {
        Simplex simplex = Simplex.feasible(new double[][] {{1, 1, 1}}, new double[] {3}, 3).orElseThrow();

        assertThat(simplex.maximise(new double[] {1, 0, 0}).value()).isCloseTo(3, within(1e-9));
        assertThat(simplex.maximise(new double[] {-1, 0, 0}).value()).isCloseTo(0, within(1e-9));
        assertThat(simplex.maximise(new double[] {1, 0, 0}).value()).isCloseTo(3, within(1e-9));
    }
}
