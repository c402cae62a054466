package org.acogida.coalition.statistics;

import java.util.Random;
import java.util.stream.IntStream;

/** Count tables for the tests: hand-made ones with plain labels, and random ones where many counts are small. */
final class CountTableFixture {

    private CountTableFixture() {
    }

    static CountTable twoWay(int[][] counts) {
        return CountTable.of(dimension("member", "m", counts.length), dimension("category", "c", counts[0].length), counts);
    }

    static CountTable threeWay(int[][][] counts) {
        return CountTable.of(dimension("member", "m", counts.length), dimension("category", "c", counts[0].length),
                dimension("month", "2025-0", counts[0][0].length), counts);
    }

    /**
     * 2 to 6 members × 2 to 6 categories, and half the time 1 to 3 months. A count is zero one time
     * in five, small (1 to 4) two times in five, otherwise 5 to 60: most lines have a small count.
     */
    static CountTable random(Random random) {
        int members = 2 + random.nextInt(5);
        int categories = 2 + random.nextInt(5);
        if (random.nextBoolean()) {
            return twoWay(IntStream.range(0, members).mapToObj(m -> counts(random, categories)).toArray(int[][]::new));
        }
        int months = 1 + random.nextInt(3);
        return threeWay(IntStream.range(0, members)
                .mapToObj(m -> IntStream.range(0, categories).mapToObj(c -> counts(random, months)).toArray(int[][]::new))
                .toArray(int[][][]::new));
    }

    private static int[] counts(Random random, int n) {
        return IntStream.range(0, n).map(i -> {
            int draw = random.nextInt(5);
            return draw == 0 ? 0 : draw <= 2 ? 1 + random.nextInt(4) : 5 + random.nextInt(56);
        }).toArray();
    }

    private static Dimension dimension(String name, String prefix, int size) {
        return new Dimension(name, IntStream.range(0, size).mapToObj(i -> prefix + i).toList());
    }
}
