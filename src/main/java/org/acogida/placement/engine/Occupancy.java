package org.acogida.placement.engine;

import java.util.Arrays;

/**
 * Who is placed where while a plan is built, and the room left: free places per locality and per
 * country quota. Every method that places cases works on one.
 */
final class Occupancy {

    private final Instance in;
    private final int[] pairOf;
    private final int[] freeCapacity;
    private final int[] freeQuota;

    Occupancy(Instance in) {
        this.in = in;
        this.pairOf = new int[in.cases()];
        Arrays.fill(pairOf, -1);
        this.freeCapacity = new int[in.localities()];
        for (int a = 0; a < in.localities(); a++) {
            freeCapacity[a] = in.capacity(a);
        }
        this.freeQuota = new int[in.countries()];
        for (int k = 0; k < in.countries(); k++) {
            freeQuota[k] = in.quota(k);
        }
    }

    boolean placed(int c) {
        return pairOf[c] >= 0;
    }

    int pairOf(int c) {
        return pairOf[c];
    }

    int localityOf(int c) {
        return pairOf[c] < 0 ? Placement.NONE : in.pairLocality(pairOf[c]);
    }

    int scoreOf(int c) {
        return pairOf[c] < 0 ? 0 : in.pairScore(pairOf[c]);
    }

    boolean fits(int c, int p) {
        int a = in.pairLocality(p);
        int size = in.size(c);
        int current = localityOf(c);
        int freeHere = freeCapacity[a] + (current == a ? size : 0);
        int freeCountry = freeQuota[in.countryOf(a)] + (current != Placement.NONE && in.countryOf(current) == in.countryOf(a) ? size : 0);
        return freeHere >= size && freeCountry >= size;
    }

    void place(int c, int p) {
        unplace(c);
        int a = in.pairLocality(p);
        freeCapacity[a] -= in.size(c);
        freeQuota[in.countryOf(a)] -= in.size(c);
        pairOf[c] = p;
    }

    void unplace(int c) {
        int a = localityOf(c);
        if (a != Placement.NONE) {
            freeCapacity[a] += in.size(c);
            freeQuota[in.countryOf(a)] += in.size(c);
            pairOf[c] = -1;
        }
    }

    int freeCapacity(int a) {
        return freeCapacity[a];
    }

    int freeQuota(int k) {
        return freeQuota[k];
    }

    int[] freeCapacities() {
        return freeCapacity.clone();
    }

    int[] freeQuotas() {
        return freeQuota.clone();
    }

    long objective() {
        long total = 0;
        for (int c = 0; c < in.cases(); c++) {
            total += scoreOf(c);
        }
        return total;
    }

    /** Places, in the given order, each case not yet placed in its best-scoring locality with room; returns how many. */
    int fillGreedily(int[] order) {
        int placedNow = 0;
        for (int c : order) {
            if (placed(c)) {
                continue;
            }
            int best = bestPlaceWithRoom(c);
            if (best >= 0) {
                place(c, best);
                placedNow++;
            }
        }
        return placedNow;
    }

    /**
     * Moves cases to a better-scoring locality that has room, until none can move. Each move raises
     * the objective, so this ends.
     */
    int improveByMoves() {
        int moves = 0;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int c = 0; c < in.cases(); c++) {
                int current = scoreOf(c);
                int best = -1;
                for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                    if (in.pairScore(p) > current && (best < 0 || in.pairScore(p) > in.pairScore(best)) && fits(c, p)) {
                        best = p;
                    }
                }
                if (best >= 0) {
                    place(c, best);
                    moves++;
                    moved = true;
                }
            }
        }
        return moves;
    }

    /**
     * Lets unplaced families, best first, take the place of a lower-scoring family in one of their
     * best localities when the room freed is enough; the family moved out goes to its best other
     * locality with room, if any. Each swap raises the objective.
     */
    int improveBySwaps(int[] unplacedBestFirst) {
        int[][] occupants = occupantsByLocality();
        int swaps = 0;
        for (int u : unplacedBestFirst) {
            if (placed(u)) {
                continue;
            }
            int bestVictim = -1;
            int bestPair = -1;
            int bestGain = 0;
            for (int p : bestPairs(u, SWAP_LOCALITIES)) {
                int a = in.pairLocality(p);
                int need = Math.max(in.size(u) - freeCapacity[a], in.size(u) - freeQuota[in.countryOf(a)]);
                for (int v : occupants[a]) {
                    if (localityOf(v) != a || in.size(v) < need) {
                        continue;
                    }
                    int gain = in.pairScore(p) - scoreOf(v);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestVictim = v;
                        bestPair = p;
                    }
                }
            }
            if (bestVictim >= 0) {
                int a = in.pairLocality(bestPair);
                unplace(bestVictim);
                place(u, bestPair);
                int again = bestPlaceWithRoom(bestVictim);
                if (again >= 0) {
                    place(bestVictim, again);
                }
                int[] here = occupants[a];
                for (int i = 0; i < here.length; i++) {
                    if (here[i] == bestVictim) {
                        here[i] = u;
                    }
                }
                swaps++;
            }
        }
        return swaps;
    }

    /** Swaps are tried in each unplaced family's few best localities only: the others rarely pay, and cost time. */
    static final int SWAP_LOCALITIES = 40;

    /** The case's best pairs by score, at most {@code limit}. */
    private int[] bestPairs(int c, int limit) {
        int[] best = new int[Math.min(limit, in.firstPair(c + 1) - in.firstPair(c))];
        int count = 0;
        for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
            if (count < best.length) {
                best[count++] = p;
            } else {
                int weakest = 0;
                for (int i = 1; i < count; i++) {
                    if (in.pairScore(best[i]) < in.pairScore(best[weakest])) {
                        weakest = i;
                    }
                }
                if (in.pairScore(p) > in.pairScore(best[weakest])) {
                    best[weakest] = p;
                }
            }
        }
        return best;
    }

    private int bestPlaceWithRoom(int c) {
        int best = -1;
        for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
            if (in.pairScore(p) > 0 && fits(c, p) && (best < 0 || in.pairScore(p) > in.pairScore(best))) {
                best = p;
            }
        }
        return best;
    }

    private int[][] occupantsByLocality() {
        int[] count = new int[in.localities()];
        for (int c = 0; c < in.cases(); c++) {
            if (placed(c)) {
                count[localityOf(c)]++;
            }
        }
        int[][] occupants = new int[in.localities()][];
        for (int a = 0; a < occupants.length; a++) {
            occupants[a] = new int[count[a]];
            count[a] = 0;
        }
        for (int c = 0; c < in.cases(); c++) {
            if (placed(c)) {
                int a = localityOf(c);
                occupants[a][count[a]++] = c;
            }
        }
        return occupants;
    }

    long placedCases() {
        return Arrays.stream(pairOf).filter(p -> p >= 0).count();
    }

    long placedPersons() {
        long persons = 0;
        for (int c = 0; c < in.cases(); c++) {
            if (placed(c)) {
                persons += in.size(c);
            }
        }
        return persons;
    }

    /** Cases in descending order of their best score per person: the order in which greedy repair serves them. */
    static int[] byBestValuePerPerson(Instance in, int[] cases) {
        double[] key = new double[in.cases()];
        for (int c : cases) {
            int best = 0;
            for (int p = in.firstPair(c); p < in.firstPair(c + 1); p++) {
                best = Math.max(best, in.pairScore(p));
            }
            key[c] = best / (double) in.size(c);
        }
        return Arrays.stream(cases).boxed().sorted((x, y) -> Double.compare(key[y], key[x])).mapToInt(Integer::intValue).toArray();
    }
}
