package org.acogida.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.acogida.placement.engine.DirectInteger;
import org.acogida.placement.engine.FirstComeFirstServed;
import org.acogida.placement.engine.Instance;
import org.acogida.placement.engine.InstanceBuilder;
import org.acogida.placement.engine.LpRounding;
import org.acogida.placement.engine.OptimalPlacement;
import org.acogida.placement.engine.Placement;
import org.acogida.placement.engine.PlacementMethod;
import org.acogida.placement.engine.Plan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties on hundreds of small random instances, each checked against a brute-force optimum:
 * with unit cases the engine's objective is the optimum and its bound equals it; with families the
 * optimum lies between the engine's objective and its bound; and no method ever uses a forbidden
 * pair or exceeds a capacity or a quota. The seeds are fixed, so a failure names its instance and
 * reproduces.
 */
class RandomInstancesTest {

    static final int INSTANCES = 300;

    @TestFactory
    Stream<DynamicTest> unitCasesAreOptimal() {
        return seeds(1).map(seed -> DynamicTest.dynamicTest("unit instance, seed " + seed, () -> {
            Instance in = random(seed, true);
            Plan plan = new OptimalPlacement().place(in, PlacementMethod.Progress.SILENT);
            long optimum = bruteForceOptimum(in);
            assertFeasible(in, plan);
            assertThat(plan.objective()).as("objective").isEqualTo(optimum);
            assertThat(plan.upperBound()).as("bound").isEqualTo(optimum);
        }));
    }

    @TestFactory
    Stream<DynamicTest> familiesLieWithinTheProvenBound() {
        return seeds(100_000).map(seed -> DynamicTest.dynamicTest("family instance, seed " + seed, () -> {
            Instance in = random(seed, false);
            Plan plan = new OptimalPlacement().place(in, PlacementMethod.Progress.SILENT);
            long optimum = bruteForceOptimum(in);
            assertFeasible(in, plan);
            assertThat(plan.objective()).isLessThanOrEqualTo(optimum);
            assertThat(plan.upperBound()).as("the bound is an upper bound").isGreaterThanOrEqualTo(optimum);
        }));
    }

    @TestFactory
    Stream<DynamicTest> baselinesNeverBreakAConstraint() {
        List<PlacementMethod> baselines = List.of(new FirstComeFirstServed(), new LpRounding(10), new DirectInteger(10));
        return seeds(200_000).limit(40).map(seed -> DynamicTest.dynamicTest("baselines, seed " + seed, () -> {
            Instance in = random(seed, seed % 2 == 0);
            long optimum = bruteForceOptimum(in);
            for (PlacementMethod method : baselines) {
                Plan plan = method.place(in, PlacementMethod.Progress.SILENT);
                assertFeasible(in, plan);
                assertThat(plan.objective()).as(method.name()).isLessThanOrEqualTo(optimum);
            }
        }));
    }

    private static Stream<Long> seeds(long first) {
        return Stream.iterate(first, seed -> seed + 1).limit(INSTANCES);
    }

    /** Up to 6 cases, 4 localities in 2 countries, about a quarter of pairs forbidden, tight room. */
    static Instance random(long seed, boolean unit) {
        SplittableRandom random = new SplittableRandom(seed);
        InstanceBuilder builder = new InstanceBuilder();
        int countries = 1 + random.nextInt(2);
        for (int k = 0; k < countries; k++) {
            builder.country("K" + k, random.nextInt(2, 9));
        }
        int localities = 1 + random.nextInt(4);
        for (int a = 0; a < localities; a++) {
            builder.locality("L" + a, "K" + random.nextInt(countries), random.nextInt(0, 6));
        }
        int cases = 1 + random.nextInt(6);
        for (int c = 0; c < cases; c++) {
            builder.addCase("C" + c, unit ? 1 : 1 + random.nextInt(4));
        }
        for (int c = 0; c < cases; c++) {
            for (int a = 0; a < localities; a++) {
                if (random.nextDouble() < 0.75) {
                    builder.pair(c, a, random.nextInt(0, 100));
                }
            }
        }
        return builder.build();
    }

    static void assertFeasible(Instance in, Plan plan) {
        int[] used = new int[in.localities()];
        int[] quota = new int[in.countries()];
        long objective = 0;
        for (Placement placement : plan.placements()) {
            if (!placement.placed()) {
                continue;
            }
            int c = placement.caseIndex();
            int score = -1;
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                if (in.pairLocality(p) == placement.locality()) {
                    score = in.pairScore(p);
                }
            }
            assertThat(score).as("case %s placed in %s, a forbidden pair", in.caseId(c), in.localityId(placement.locality()))
                    .isNotNegative();
            assertThat(placement.score()).isEqualTo(score);
            used[placement.locality()] += in.size(c);
            quota[in.countryOf(placement.locality())] += in.size(c);
            objective += score;
        }
        for (int a = 0; a < in.localities(); a++) {
            assertThat(used[a]).as("persons in %s", in.localityId(a)).isLessThanOrEqualTo(in.capacity(a));
        }
        for (int k = 0; k < in.countries(); k++) {
            assertThat(quota[k]).as("persons in %s", in.countryCode(k)).isLessThanOrEqualTo(in.quota(k));
        }
        assertThat(plan.objective()).isEqualTo(objective);
        assertThat(plan.placements()).hasSize(in.cases());
    }

    /** Tries every assignment of every case to one of its localities or none. */
    static long bruteForceOptimum(Instance in) {
        return search(in, 0, new int[in.localities()], new int[in.countries()]);
    }

    private static long search(Instance in, int c, int[] used, int[] quota) {
        if (c == in.cases()) {
            return 0;
        }
        long best = search(in, c + 1, used, quota);
        for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
            int a = in.pairLocality(p);
            int k = in.countryOf(a);
            int size = in.size(c);
            if (used[a] + size <= in.capacity(a) && quota[k] + size <= in.quota(k)) {
                used[a] += size;
                quota[k] += size;
                best = Math.max(best, in.pairScore(p) + search(in, c + 1, used, quota));
                used[a] -= size;
                quota[k] -= size;
            }
        }
        return best;
    }
}
